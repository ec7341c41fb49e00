/* formulajs-style tests of the three headline functions as Excel calls them: hard expected values,
 * mixed bad inputs (true, "abc", blanks, error values), and the Excel error each one gives. */
import { BEP, QUOTAALLOC, RFMSEGMENT } from "../../src/functions/functions";
import { SimulatedCustomFunctionError } from "../support/customFunctionsRuntime";
import { column, shown } from "../support/excel";

const VALUE = "#VALUE!";
const NUM = "#NUM!";
const DIV0 = "#DIV/0!";

describe("RFMSEGMENT", () => {
  const recency = column(10, 10, 90, 90, 10, 10, 90, 90);
  const frequency = column(5, 1, 5, 1, 5, 1, 5, 1);
  const monetary = column(800, 800, 800, 800, 100, 100, 100, 100);
  const thresholds = [[30, 3, 500]];

  test("all eight classes, zh-CN", () => {
    expect(shown(RFMSEGMENT(recency, frequency, monetary, thresholds, "zh-CN"))).toEqual(
      column(
        "重要价值客户",
        "重要发展客户",
        "重要保持客户",
        "重要挽留客户",
        "一般价值客户",
        "一般发展客户",
        "一般保持客户",
        "一般挽留客户",
      ),
    );
  });

  test('all eight classes, en-US ("en" accepted)', () => {
    expect(shown(RFMSEGMENT(recency, frequency, monetary, thresholds, "en"))).toEqual(
      column(
        "Important value",
        "Important development",
        "Important retention",
        "Important win-back",
        "General value",
        "General development",
        "General retention",
        "General win-back",
      ),
    );
  });

  test("thresholds omitted → column averages (R 50, F 3, M 450 here)", () => {
    expect(shown(RFMSEGMENT(recency, frequency, monetary, null as never, "en-US"))).toEqual(
      shown(RFMSEGMENT(recency, frequency, monetary, [[50, 3, 450]], "en-US")),
    );
  });

  test('"median" thresholds', () => {
    const r = column(1, 2, 100);
    const f = column(1, 2, 100);
    const m = column(1, 2, 100);
    // medians 2/2/2: row 1 → R high, F low, M low; row 2 → all high; row 3 → R low, F high, M high
    expect(shown(RFMSEGMENT(r, f, m, [["median"]], "en-US"))).toEqual(
      column("General development", "Important value", "Important retention"),
    );
  });

  test("thresholds given as a column range {r; f; m} work like a row", () => {
    expect(shown(RFMSEGMENT([[10]], [[5]], [[800]], column(30, 3, 500), "en-US"))).toEqual([["Important value"]]);
  });

  test("a single customer without thresholds → #VALUE! asking for thresholds", () => {
    const result = RFMSEGMENT(
      10 as never,
      5 as never,
      800 as never,
      null as never,
      "en-US",
    ) as unknown as SimulatedCustomFunctionError;
    expect(result.code).toBe(VALUE);
    expect(result.message).toMatch(/thresholds/);
  });

  test("a plain value in, a plain value out", () => {
    expect(RFMSEGMENT(10 as never, 5 as never, 800 as never, [[30, 3, 500]], "zh-CN")).toBe("重要价值客户");
  });

  test("bad rows fail alone; blanks stay blank; averages use the valid rows only", () => {
    const r = column(10, "abc", null, 90, -1, 20, true);
    const f = column(5, 2, null, 1, 2, -3, 2);
    const m = column(800, 100, "", 100, 100, 100, 100);
    const out = shown(RFMSEGMENT(r, f, m, null as never, "en-US")) as unknown[][];
    // valid rows: 1 and 4 → averages R 50, F 3, M 450
    expect(out[0][0]).toBe("Important value");
    expect(out[1][0]).toEqual({ error: VALUE, message: 'Recency must be a number, got "abc".' });
    expect(out[2][0]).toBe("");
    expect(out[3][0]).toBe("General win-back");
    expect(out[4][0]).toEqual({ error: NUM });
    expect(out[5][0]).toEqual({ error: NUM });
    expect(out[6][0]).toEqual({ error: VALUE, message: "Recency must be a number, got true." });
  });

  test("row errors speak the chosen language", () => {
    const out = shown(RFMSEGMENT(column(10, "x", 30), column(1, 1, 1), column(1, 1, 1), null as never, "zh-CN")) as unknown[][];
    expect(out[1][0]).toEqual({ error: VALUE, message: '最近消费天数必须是数字，实际为 "x"。' });
  });

  test("an error value in a cell is passed on in that row", () => {
    const na = new SimulatedCustomFunctionError("#N/A");
    const out = shown(RFMSEGMENT(column(10, na, 30), column(1, 1, 1), column(1, 1, 1), [[20, 1, 1]], "en-US")) as unknown[][];
    expect(out[1][0]).toEqual({ error: "#N/A" });
    expect(out[2][0]).toBe("Important retention");
  });

  test("mismatched shapes, bad thresholds and an unknown language → #VALUE! for the call", () => {
    expect(shown(RFMSEGMENT(column(1, 2), column(1), column(1, 2), null as never, "en"))).toMatchObject({ error: VALUE });
    expect(shown(RFMSEGMENT(column(1, 2), column(1, 2), column(1, 2), [[1, 2]], "en"))).toMatchObject({ error: VALUE });
    expect(shown(RFMSEGMENT(column(1, 2), column(1, 2), column(1, 2), [["mode"]], "en"))).toMatchObject({ error: VALUE });
    expect(shown(RFMSEGMENT(column(1, 2), column(1, 2), column(1, 2), null as never, "fr"))).toMatchObject({
      error: VALUE,
      message: expect.stringMatching(/zh-CN/),
    });
  });

  test("language omitted → Office's display language", () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "zh-TW" } };
    try {
      expect(RFMSEGMENT(10 as never, 5 as never, 800 as never, [[30, 3, 500]])).toBe("重要价值客户");
      g.Office = { context: { displayLanguage: "de-DE" } };
      expect(RFMSEGMENT(10 as never, 5 as never, 800 as never, [[30, 3, 500]])).toBe("Important value");
    } finally {
      delete g.Office;
    }
  });
});

describe("BEP", () => {
  test("=BEP(1000, 50, 30) = 50", () => {
    expect(BEP(1000 as never, 50 as never, 30 as never)).toBe(50);
  });

  test("columns spill, a single value is repeated, errors stay in their row", () => {
    expect(shown(BEP(column(1000, 2000, 1000, 1000, "abc", -5, null), 50 as never, column(30, 40, 50, 60, 30, 30, 30)))).toEqual(
      column(
        50,
        200,
        { error: DIV0 },
        { error: NUM },
        { error: VALUE, message: 'Fixed costs must be a number, got "abc".' },
        { error: NUM },
        {
          error: VALUE,
          message: "Fixed costs is blank.",
        },
      ),
    );
  });

  test("booleans are not numbers (as in Excel's arithmetic on ranges)", () => {
    expect(shown(BEP(true as never, 50 as never, 30 as never))).toMatchObject({ error: VALUE });
  });

  test("shapes that do not line up → #VALUE!", () => {
    expect(shown(BEP(column(1, 2), column(3, 4, 5), 1 as never))).toMatchObject({ error: VALUE });
  });
});

describe("QUOTAALLOC", () => {
  test("=QUOTAALLOC(7, {50;30;20}) = {4;2;1}", () => {
    expect(shown(QUOTAALLOC(7 as never, column(50, 30, 20)))).toEqual(column(4, 2, 1));
  });

  test("a basis row without weights is a list laid out across: the quotas come back as a row", () => {
    expect(shown(QUOTAALLOC(7 as never, [[50, 30, 20]]))).toEqual([[4, 2, 1]]);
    // with weights, a 1×3 basis is one row blended from three columns: it takes the whole total
    expect(shown(QUOTAALLOC(7 as never, [[50, 30, 20]], [[1, 1, 1]]))).toEqual(column(7));
  });

  test("n×k basis with weights, caps and a cents unit", () => {
    const basis = [
      [0.5, 0.4, 0.2],
      [0.3, 0.4, 0.3],
      [0.2, 0.2, 0.5],
    ];
    expect(shown(QUOTAALLOC(1000 as never, basis, [[0.5, 0.3, 0.2]]))).toEqual(column(410, 330, 260));
    expect(shown(QUOTAALLOC(100 as never, column(1, 1, 1), null as never, null as never, null as never, 0.01 as never))).toEqual(
      column(33.34, 33.33, 33.33),
    );
    expect(shown(QUOTAALLOC(100 as never, column(50, 30, 20), null as never, null as never, column(40, "", "")))).toEqual(
      column(40, 36, 24),
    );
  });

  test("impossible caps, bad totals and bad bases → a clear error, never a wrong table", () => {
    expect(shown(QUOTAALLOC(10 as never, column(1, 1), null as never, 6 as never))).toEqual({
      error: VALUE,
      message: "The minimums add up to 12, more than the total 10.",
    });
    expect(shown(QUOTAALLOC(10 as never, column(1, 1), null as never, null as never, 4 as never))).toEqual({
      error: VALUE,
      message: "The maximums allow at most 8, less than the total 10.",
    });
    expect(shown(QUOTAALLOC(10.5 as never, column(1, 1)))).toMatchObject({
      error: VALUE,
      message: expect.stringMatching(/whole number of units/),
    });
    expect(shown(QUOTAALLOC(10 as never, column(0, 0)))).toEqual({ error: DIV0 });
    expect(shown(QUOTAALLOC(10 as never, column(1, -1)))).toEqual({ error: NUM });
    expect(shown(QUOTAALLOC(10 as never, column(1, "abc")))).toMatchObject({ error: VALUE });
    expect(shown(QUOTAALLOC(10 as never, column(1, null)))).toMatchObject({ error: VALUE });
    expect(shown(QUOTAALLOC("ten" as never, column(1, 1)))).toMatchObject({ error: VALUE });
    expect(shown(QUOTAALLOC(10 as never, column(1, 1), null as never, column(1, 2, 3)))).toMatchObject({ error: VALUE });
  });
});
