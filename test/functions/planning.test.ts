/* The planning functions as Excel calls them: bad input gets the error Excel's own functions would give. */
import * as F from "../../src/functions/functions";
import { SimulatedCustomFunctionError } from "../support/customFunctionsRuntime";
import { column, shown } from "../support/excel";

const VALUE = "#VALUE!";
const NUM = "#NUM!";
const DIV0 = "#DIV/0!";
const v = (x: unknown) => x as never;
const err = (code: string) => new SimulatedCustomFunctionError(code as never);

describe("series functions", () => {
  test("trailing blanks of a longer selection are ignored; inner blanks name the position", () => {
    expect(shown(F.SALESFORECAST(column(10, 20, 30, null, ""), v(1), v("linear")))).toEqual([[40]]);
    expect(shown(F.SALESFORECAST(column(10, null, 30), v(1), v("linear")))).toEqual({
      error: VALUE,
      message: "Row 2: Sales history is blank.",
    });
    expect(shown(F.SALESFORECAST(column(10, "abc", 30), v(1)))).toMatchObject({
      error: VALUE,
      message: expect.stringMatching(/Row 2/),
    });
    expect(shown(F.SALESFORECAST(column(10, true, 30), v(1)))).toMatchObject({ error: VALUE });
    expect(shown(F.SALESFORECAST(column(10, err("#N/A"), 30), v(1)))).toEqual({ error: "#N/A" });
  });
  test("too short, bad periods, bad method, bad parameter", () => {
    expect(shown(F.SALESFORECAST(column(10), v(1), v("linear")))).toMatchObject({
      error: VALUE,
      message: expect.stringMatching(/at least 2/),
    });
    expect(shown(F.SALESFORECAST(column(1, 2, 3), v(0)))).toEqual({ error: NUM });
    expect(shown(F.SALESFORECAST(column(1, 2, 3), v(1), v("arima")))).toMatchObject({
      error: VALUE,
      message: expect.stringMatching(/"ma", "ses"/),
    });
    expect(shown(F.SALESFORECAST(column(1, 2, 3), v(1), v("ses"), v(1.5)))).toEqual({ error: NUM });
    expect(shown(F.SEASONALINDEX(column(1, 2, 3), v(4)))).toMatchObject({ error: VALUE });
    expect(shown(F.SEASONALINDEX(column(1, 0, 3, 4), v(2)))).toEqual({ error: NUM });
  });
  test("a 2-D range where a list is expected", () => {
    expect(
      shown(
        F.COMPOSITION([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toMatchObject({ error: VALUE });
  });
  test("Chinese method names and messages", () => {
    expect(shown(F.SALESFORECAST(column(10, 20, 30), v(1), v("线性趋势")))).toEqual([[40]]);
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "zh-CN" } };
    try {
      expect(shown(F.SALESFORECAST(column(10, null, 30), v(1)))).toEqual({ error: VALUE, message: "第 2 行：历史销售为空。" });
    } finally {
      delete g.Office;
    }
  });
});

describe("targets and quotas", () => {
  test("TARGETRECONCILE: a zero top-down row gives #DIV/0! in its gap % only", () => {
    expect(shown(F.TARGETRECONCILE(column(0, 100), column(10, 90), v("max")))).toEqual([
      [10, { error: DIV0 }, 10],
      [-10, -0.1, 100],
    ]);
    expect(shown(F.TARGETRECONCILE(column(1, 2), column(1)))).toMatchObject({ error: VALUE });
    expect(shown(F.TARGETRECONCILE(column(1), column(0)))).toEqual({ error: DIV0 });
  });
  test("QUOTAMONTHLY: exact to the cent on the car-sales indices", () => {
    const idx = [0.7452, 0.7923, 1.1707, 1.3209, 1.4309, 1.253, 0.9368, 0.7933, 0.6948, 1.0012, 1.0097, 0.8514];
    const row = (shown(F.QUOTAMONTHLY(v(1_000_000.01), [idx], v(0.01))) as number[][])[0];
    expect(row).toHaveLength(12);
    expect(row.reduce((s, x) => s + Math.round(x * 100), 0)).toBe(100_000_001);
    expect(shown(F.QUOTAMONTHLY(v(-5), [idx]))).toEqual({ error: NUM });
  });
  test("BUYINGPOWER rows fail alone; bad weights fail the call", () => {
    expect(shown(F.BUYINGPOWER(column(0.2, -1, "x"), v(0.1), v(0.1)))).toEqual([
      [0.15],
      [{ error: NUM }],
      [expect.objectContaining({ error: VALUE })],
    ]);
    expect(shown(F.BUYINGPOWER(v(0.2), v(0.1), v(0.1), [[1, 1]]))).toMatchObject({ error: VALUE });
  });
  test("COMPOSITEATTAIN: zero quota, mismatched lists", () => {
    expect(shown(F.COMPOSITEATTAIN(column(1, 2), column(0, 2), column(1, 1)))).toEqual({ error: DIV0 });
    expect(shown(F.COMPOSITEATTAIN(column(1, 2), column(1), column(1, 1)))).toMatchObject({ error: VALUE });
    expect(shown(F.COMPOSITEATTAIN(column(300, 0), column(100, 100), column(1, 1), v(1.5)))).toBe(0.75);
  });
  test("QUOTACHECK in Chinese, blank rows blank", () => {
    expect(shown(F.QUOTACHECK(column(100, null, 200), column(1000, null, 150), column(100, null, 180), "zh-CN"))).toEqual([
      [expect.stringMatching(/不公平/)],
      [""],
      [expect.stringMatching(/^配额高于潜力/)],
    ]);
  });
});

describe("cost-volume-profit", () => {
  test("each row on its own; P = VC is #DIV/0!, P < VC is #NUM!", () => {
    expect(shown(F.BEPREVENUE(v(1000), column(50, 30, 20, "x"), v(30)))).toEqual([
      [2500],
      [{ error: DIV0 }],
      [{ error: NUM }],
      [expect.objectContaining({ error: VALUE })],
    ]);
    expect(shown(F.TARGETVOLUME(v(1000), v(50), v(30), column(400, -2000)))).toEqual([[70], [0]]);
    expect(shown(F.CONTRIBUTION(v(49.99), v(30), v(3)))).toBe(59.97);
    expect(shown(F.MARGINOFSAFETY(column(80, 0), v(50)))).toEqual([
      [30, 0.375],
      [{ error: DIV0 }, { error: DIV0 }],
    ]);
    expect(shown(F.OPERATINGLEVERAGE(v(50), v(50), v(30), v(1000)))).toEqual({ error: DIV0 });
    expect(shown(F.BEPMIX(v(9600), column(20, 30), column(12), column(3, 2)))).toMatchObject({ error: VALUE });
  });
});

describe("budgets", () => {
  test("rates are ratios: 5 means 500 %, which is refused", () => {
    expect(shown(F.BUDGETPCT(v(1000), v(5)))).toEqual({ error: NUM });
    expect(shown(F.BUDGETPCT(column(1000, 333.33), v(0.035)))).toEqual([[35], [11.67]]);
  });
  test("BUDGETZERO without a limit funds everything, in priority order", () => {
    expect(shown(F.BUDGETZERO(column("a", "b"), column(5, 7), column(2, 1), null as never, "zh-CN"))).toEqual([
      ["b", 7, 1, "列支", 7],
      ["a", 5, 2, "列支", 12],
    ]);
    expect(shown(F.BUDGETZERO(column("a"), column(5, 7), column(2, 1)))).toMatchObject({ error: VALUE });
  });
  test("BUDGETIO shape errors; BUDGETCONTROL bad rows", () => {
    expect(shown(F.BUDGETIO(column(100, 50), [[2, 1]], [[10, 4]]))).toMatchObject({ error: VALUE });
    expect(
      shown(F.BUDGETCONTROL(column(900, "x"), column(1000, 1000), null as never, null as never, null as never, "en-US")),
    ).toEqual([
      [-100, -0.1, "Within budget"],
      [
        expect.objectContaining({ error: VALUE }),
        expect.objectContaining({ error: VALUE }),
        expect.objectContaining({ error: VALUE }),
      ],
    ]);
    expect(shown(F.BUDGETCONTROL(v(10), v(0), null as never, null as never, null as never, "en-US"))).toEqual([
      [10, { error: DIV0 }, "Over budget"],
    ]);
  });
});

describe("analysis", () => {
  test("PLANVARIANCE, RELATEDRATIO, indices", () => {
    expect(shown(F.PLANVARIANCE(column(110, 5), column(100, 0)))).toEqual([
      [10, 0.1],
      [5, { error: DIV0 }],
    ]);
    expect(shown(F.RELATEDRATIO(column(1, 2), column(4, 0)))).toEqual([[0.25], [{ error: DIV0 }]]);
    expect(shown(F.FIXEDBASEINDEX([[100, 110, 121]], v(1), v(true)))).toEqual([[0, 0.1, 0.21]]);
    expect(shown(F.CHAININDEX(column(100, 0, 5)))).toEqual([[""], [0], [{ error: DIV0 }]]);
    expect(shown(F.FIXEDBASEINDEX(column(1, 2), v(3)))).toEqual({ error: NUM });
  });
  test("FACTORSUB with an order and the differences method; a bad order", () => {
    expect(shown(F.FACTORSUB(column(90, 7, 4), column(100, 6, 5), [[3, 2, 1]]))).toEqual([[300], [-450], [630]]);
    expect(shown(F.FACTORSUB(column(90, 7, 4), column(100, 6, 5), null as never, v("差额分析法")))).toEqual([
      [280],
      [-400],
      [600],
    ]);
    expect(shown(F.FACTORSUB(column(90, 7, 4), column(100, 6, 5), [[1, 1, 2]]))).toMatchObject({ error: VALUE });
  });
});
