/* The customer-layering functions as Excel calls them: known values, both languages, and every kind of bad input. */
import { LIFECYCLESTAGE, RFMACTION, RFMMAP, RFMSCORE, RFMSEGMENT, RFMTABLE, TAGNORMALIZE } from "../../src/functions/functions";
import { SimulatedCustomFunctionError } from "../support/customFunctionsRuntime";
import { column, shown } from "../support/excel";
import { readRfmOrders } from "../support/fixtures";

const VALUE = "#VALUE!";
const NUM = "#NUM!";
const NA = "#N/A";
const cell = (v: unknown) => v as never;

describe("RFMTABLE", () => {
  const customer = column("a", "b", "a", "c", "a");
  const date = column(39000, "2006-10-20", 39010, "2006/10/31", 39010.5);
  const amount = column(10, 5, 20, 7.25, 1);

  test("one row per customer in order of first appearance; serial and text dates; time of day ignored", () => {
    // 2006-10-20 = 39010, 2006/10/31 = 39021; as_of = 39022
    expect(shown(RFMTABLE(customer, date, amount))).toEqual([
      ["a", 12, 3, 31],
      ["b", 12, 1, 5],
      ["c", 1, 1, 7.25],
    ]);
  });

  test('as_of, frequency "days", headers in either language', () => {
    expect(shown(RFMTABLE(customer, date, amount, cell("2006-12-31"), cell("days"), cell(true)))).toEqual([
      ["Customer", "Recency", "Frequency", "Monetary"],
      ["a", 72, 2, 31],
      ["b", 72, 1, 5],
      ["c", 61, 1, 7.25],
    ]);
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "zh-CN" } };
    try {
      expect((shown(RFMTABLE(customer, date, amount, cell(39082), cell("rows"), cell(true))) as unknown[][])[0]).toEqual([
        "客户",
        "最近消费天数",
        "消费频次",
        "消费金额",
      ]);
    } finally {
      delete g.Office;
    }
  });

  test("numbers as customer ids stay numbers; fully blank rows are skipped", () => {
    expect(shown(RFMTABLE(column(101, null, 101), column(39000, null, 39001), column(1, null, 2)))).toEqual([[101, 1, 2, 3]]);
  });

  test("bad rows fail the call with the row number", () => {
    expect(shown(RFMTABLE(column("a", "b"), column(39000, "31/12/2006"), column(1, 2)))).toEqual({
      error: VALUE,
      message: 'Row 2: "31/12/2006" is not a date (use an Excel date, YYYY-MM-DD or YYYY/MM/DD).',
    });
    expect(shown(RFMTABLE(column("a", "b"), column(39000, 39001), column(1, "x")))).toMatchObject({
      error: VALUE,
      message: expect.stringMatching(/^Row 2: Amount must be a number/),
    });
    expect(shown(RFMTABLE(column("a", null), column(39000, 39001), column(1, 2)))).toMatchObject({
      error: VALUE,
      message: "Row 2: Customer is blank.",
    });
    expect(shown(RFMTABLE(column("a", "b"), column(39000, true), column(1, 2)))).toMatchObject({ error: VALUE });
    expect(shown(RFMTABLE(column("a", "b"), column(39000), column(1, 2)))).toMatchObject({ error: VALUE });
    expect(shown(RFMTABLE(column(null), column(null), column(null)))).toMatchObject({ error: VALUE });
    expect(shown(RFMTABLE(column("a"), column(39000), column(1), cell(38000)))).toMatchObject({ error: NUM });
    expect(shown(RFMTABLE(column("a"), column(39000), column(1), null as never, cell("weeks")))).toMatchObject({
      error: VALUE,
      message: expect.stringMatching(/"rows", "days"/),
    });
  });

  test("an error value in the data is passed on", () => {
    expect(shown(RFMTABLE(column("a"), column(new SimulatedCustomFunctionError("#REF!")), column(1)))).toEqual({
      error: "#REF!",
    });
  });

  test("RFMSEGMENT over RFMTABLE's three columns is the eight-class model on raw transactions", () => {
    const orders = readRfmOrders();
    const table = RFMTABLE(
      orders.customers.map((c) => [c]),
      orders.rawDates.map((d) => [d]),
      Array.from(orders.amounts, (a) => [a]),
      cell("2006-12-31"),
    ) as unknown[][];
    expect(table).toHaveLength(995);
    const col = (j: number) => table.map((row) => [row[j]]);
    const classes = RFMSEGMENT(col(1), col(2), col(3), null as never, "en-US") as unknown as string[][];
    // by hand, from the averages of the same columns
    const mean = (j: number) => table.reduce((s, row) => s + (row[j] as number), 0) / table.length;
    const [mr, mf, mm] = [mean(1), mean(2), mean(3)];
    table.forEach((row, i) => {
      const [r, f, m] = [row[1] as number, row[2] as number, row[3] as number];
      const expected = `${m >= mm ? "Important" : "General"} ${
        r <= mr ? (f >= mf ? "value" : "development") : f >= mf ? "retention" : "win-back"
      }`;
      expect(classes[i][0]).toBe(expected);
    });
    expect(new Set(classes.map((c) => c[0])).size).toBe(8);
  });
});

describe("RFMSCORE", () => {
  const r = column(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  const f = column(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
  const m = column(5, 5, 5, 5, 5, 50, 50, 50, 50, 50);

  test('"rank" (pandas) on ten customers', () => {
    expect(shown(RFMSCORE(r, f, m, cell(5), cell("rank")))).toEqual([
      [5, 5, 1, 551],
      [5, 5, 1, 551],
      [4, 4, 2, 442],
      [4, 4, 2, 442],
      [3, 3, 3, 333],
      [3, 3, 3, 333],
      [2, 2, 4, 224],
      [2, 2, 4, 224],
      [1, 1, 5, 115],
      [1, 1, 5, 115],
    ]);
  });

  test('"quantile" (R rfm): ties share a score', () => {
    const out = shown(RFMSCORE(r, f, m)) as number[][];
    // rfm's breaks are quantile + 1: {6, 6, 51, 51}, so 50 lands in the third bin, as in R
    expect(out.map((row) => row[2])).toEqual([1, 1, 1, 1, 1, 3, 3, 3, 3, 3]);
    expect(out.map((row) => row[0])).toEqual([5, 5, 5, 4, 4, 3, 3, 2, 2, 1]);
  });

  test('"percentrank", bins 3, Chinese alias of the method', () => {
    const out = shown(RFMSCORE(r, f, m, cell(3), cell("百分比排名"))) as number[][];
    expect(out.map((row) => row[2])).toEqual([2, 2, 2, 2, 2, 3, 3, 3, 3, 3]);
  });

  test("blank rows stay blank; a bad row fails the call, naming the row", () => {
    expect(shown(RFMSCORE(column(1, null, 3), column(1, null, 3), column(1, null, 3), cell(2), cell("rank")))).toEqual([
      [2, 1, 1, 211],
      ["", "", "", ""],
      [1, 2, 2, 122],
    ]);
    expect(shown(RFMSCORE(column(1, "x"), column(1, 2), column(1, 2)))).toEqual({
      error: VALUE,
      message: 'Row 2: Recency must be a number, got "x".',
    });
    expect(shown(RFMSCORE(column(1, true), column(1, 2), column(1, 2)))).toMatchObject({ error: VALUE });
    expect(shown(RFMSCORE(column(1, 2), column(1, 2), column(1)))).toMatchObject({ error: VALUE });
    expect(shown(RFMSCORE(column(1, -2), column(1, 2), column(1, 2)))).toMatchObject({ error: NUM });
    expect(shown(RFMSCORE(r, f, m, cell(12)))).toMatchObject({ error: NUM });
    expect(shown(RFMSCORE(r, f, m, cell(5), cell("kmeans")))).toMatchObject({ error: VALUE });
    expect(shown(RFMSCORE(column(1, new SimulatedCustomFunctionError("#DIV/0!")), column(1, 2), column(1, 2)))).toEqual({
      error: "#DIV/0!",
    });
  });

  test("a single customer gets the middle of nothing: every method scores it without crashing", () => {
    for (const method of ["quantile", "rank", "percentrank"])
      expect(shown(RFMSCORE(cell(10), cell(2), cell(100), cell(5), cell(method)))).toEqual([
        expect.arrayContaining([expect.any(Number)]),
      ]);
  });
});

describe("RFMMAP", () => {
  test("rfm's segments in both languages; Others; blanks", () => {
    const R = column(5, 3, 2, 2, null);
    const F = column(5, 4, 2, 1, null);
    const M = column(5, 3, 2, 5, null);
    expect(shown(RFMMAP(R, F, M, null as never, "en-US"))).toEqual(
      column("Champions", "Potential Loyalist", "Loyal Customers", "Others", ""),
    );
    expect(shown(RFMMAP(R, F, M, null as never, "zh-CN"))).toEqual(
      column("冠军客户", "潜在忠诚客户", "忠诚客户", "其他客户", ""),
    );
  });

  test('"grid11" and a custom range', () => {
    expect(shown(RFMMAP(cell(1), cell(1), cell(2), [["grid11"]], "en-US"))).toBe("Hibernating");
    const map = [
      ["name", "r_low", "r_high", "f_low", "f_high", "m_low", "m_high"],
      ["VIP", 4, 5, 4, 5, 4, 5],
    ];
    expect(shown(RFMMAP(column(5, 1), column(5, 1), column(5, 1), map, "zh-CN"))).toEqual(column("VIP", "其他客户"));
  });

  test("bad scores fail in their row; a bad map fails the call", () => {
    const out = shown(
      RFMMAP(column(5, "x", 0, 5), column(5, 5, 5, 5), column(5, 5, 5, 5), null as never, "en-US"),
    ) as unknown[][];
    expect(out[0][0]).toBe("Champions");
    expect(out[1][0]).toMatchObject({ error: VALUE });
    expect(out[2][0]).toMatchObject({ error: NUM });
    expect(out[3][0]).toBe("Champions");
    expect(shown(RFMMAP(cell(5), cell(5), cell(5), [["tree"]], "en-US"))).toMatchObject({ error: VALUE });
    expect(shown(RFMMAP(cell(5), cell(5), cell(5), [["VIP", 4, 5, 4, "x", 4, 5]], "en-US"))).toMatchObject({
      error: VALUE,
      message: expect.stringMatching(/row 1/),
    });
  });
});

describe("RFMACTION", () => {
  test("eight classes and rfm segments, either language in, chosen language out", () => {
    expect(shown(RFMACTION(column("重要价值客户", "Champions", "已流失客户", null), "en-US"))).toEqual([
      [expect.stringMatching(/exclusive discounts, member days/)],
      [expect.stringMatching(/^Reward them/)],
      [expect.any(String)],
      [""],
    ]);
    expect(RFMACTION(cell("Important development"), "zh-CN")).toMatch(/促销活动、社群运营/);
  });

  test("an unknown segment is #N/A with a message naming it", () => {
    expect(shown(RFMACTION(column("Champions", "Sleepers", 5), "en-US"))).toEqual([
      [expect.any(String)],
      [{ error: NA, message: expect.stringMatching(/^"Sleepers" is not a segment/) }],
      [{ error: NA, message: expect.stringMatching(/"5"/) }],
    ]);
  });
});

describe("LIFECYCLESTAGE", () => {
  test("e-commerce path, both languages", () => {
    expect(shown(LIFECYCLESTAGE(column(0, 1, 3, 5), null as never, null as never, null as never, "zh-CN"))).toEqual(
      column("新进用户", "首购用户", "复购用户", "超级用户"),
    );
    expect(shown(LIFECYCLESTAGE(column(0, 1, 3, 5), null as never, null as never, cell(3), "en-US"))).toEqual(
      column("New", "First purchase", "Super user", "Super user"),
    );
  });

  test("high-ticket path with steps as numbers and words", () => {
    expect(
      shown(
        LIFECYCLESTAGE(
          column(0, 0, 0, 1, 2, 9),
          column(null, "已接触", 2, "quote", 0, 0),
          cell("highticket"),
          null as never,
          "zh-CN",
        ),
      ),
    ).toEqual(column("陌生用户", "潜在用户", "意向用户", "首单用户", "复购用户", "超级用户"));
  });

  test("bad input stays in its row", () => {
    const out = shown(
      LIFECYCLESTAGE(column(1, -1, 1.5, "x", 0), column(0, 0, 0, 0, "maybe"), cell("高客单"), null as never, "en-US"),
    ) as unknown[][];
    expect(out[0][0]).toBe("First order");
    expect(out[1][0]).toMatchObject({ error: NUM });
    expect(out[2][0]).toMatchObject({ error: NUM });
    expect(out[3][0]).toMatchObject({ error: VALUE });
    expect(out[4][0]).toMatchObject({ error: VALUE, message: expect.stringMatching(/"maybe"/) });
    expect(shown(LIFECYCLESTAGE(cell(1), null as never, cell("retail")))).toMatchObject({ error: VALUE });
    expect(shown(LIFECYCLESTAGE(cell(1), null as never, null as never, cell(1)))).toMatchObject({ error: NUM });
  });
});

describe("TAGNORMALIZE", () => {
  const dictionary = [
    ["标签", "同义词", "类型", "分组"],
    ["首单客户", "首单；客户首单; first order", "passive", "生命周期"],
    ["VIP", "贵宾、大客户", "active", null],
  ];

  test("typed variants map to the canonical tag", () => {
    expect(shown(TAGNORMALIZE(column("首单", "客户 首单", "FIRST ORDER", "ｖｉｐ", "贵宾", null), dictionary))).toEqual(
      column("首单客户", "首单客户", "首单客户", "VIP", "VIP", ""),
    );
  });

  test("unknown tag → #N/A naming it, in its row", () => {
    expect(shown(TAGNORMALIZE(column("首单", "回头客"), dictionary))).toEqual([
      ["首单客户"],
      [{ error: NA, message: 'The tag "回头客" is not in the dictionary.' }],
    ]);
  });

  test("a synonym under two tags → #VALUE! naming both", () => {
    expect(
      shown(
        TAGNORMALIZE(cell("首单"), [
          ["首单客户", "首单"],
          ["新客", "首 单"],
        ]),
      ),
    ).toEqual({
      error: VALUE,
      message: '"首 单" is listed under both "首单客户" and "新客".',
    });
    expect(shown(TAGNORMALIZE(cell("x"), [[null, null]]))).toMatchObject({ error: VALUE });
  });
});
