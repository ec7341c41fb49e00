/* Write plans: validation rules, injection safety, builders against hand-computed sheets. */
import ExcelJS from "exceljs";
import { buildQuotaPlan } from "../../src/workbook/quotaPlan";
import type { WritePlan } from "../../src/workbook/plan";
import { referencedSheets, validatePlan } from "../../src/workbook/validate";
import { planToXlsxBuffer } from "../../src/xlsx/applyPlan";

const sheet = (name: string, cells: WritePlan["sheets"][number]["cells"] = []) => ({ name, cells });
const messages = (plan: WritePlan, existingSheets: string[] = []) =>
  validatePlan(plan, { existingSheets }).map((p) => p["en-US"]);

test("sheet names: length, characters, uniqueness ignoring case", () => {
  expect(messages({ sheets: [sheet("A".repeat(32))] })[0]).toMatch(/1 to 31/);
  expect(messages({ sheets: [sheet("Q1/Q2")] })[0]).toMatch(/may not contain/);
  expect(messages({ sheets: [sheet("Plan"), sheet("PLAN")] })[0]).toMatch(/Two sheets/);
  expect(messages({ sheets: [sheet("配额计划")] })).toEqual([]);
  expect(validatePlan({ sheets: [sheet("Q1/Q2")] })[0]["zh-CN"]).toMatch(/不能包含/);
});

test("table names, grid limits, cells written twice, table shapes", () => {
  const base = { name: "S", cells: [{ ref: "A1", value: 1 }] };
  expect(
    messages({ sheets: [{ ...base, tables: [{ name: "A1", ref: "A1:B3", columns: [{ name: "x" }, { name: "y" }] }] }] })[0],
  ).toMatch(/not a valid table/);
  expect(
    messages({ sheets: [{ ...base, tables: [{ name: "T", ref: "A1:C3", columns: [{ name: "x" }, { name: "y" }] }] }] })[0],
  ).toMatch(/spans 3 columns/);
  expect(messages({ sheets: [sheet("S", [{ ref: "XFE1", value: 1 }])] })[0]).toMatch(/not inside/);
  expect(messages({ sheets: [sheet("S", [{ ref: "A1048577", value: 1 }])] })[0]).toMatch(/not inside/);
  expect(
    messages({
      sheets: [
        sheet("S", [
          { ref: "A1", value: 1 },
          { ref: "a1", value: 2 },
        ]),
      ],
    })[0],
  ).toMatch(/written twice/);
});

test("chart series must have one value per category", () => {
  const chart = {
    type: "line" as const,
    title: "T",
    anchor: "F1",
    series: [{ name: "s", categories: "A1:A10", values: "B1:B9" }],
  };
  expect(messages({ sheets: [{ name: "S", cells: [], charts: [chart] }] })[0]).toMatch(/9 values for 10 categories/);
});

test("formulas may only refer to sheets the plan creates or the workbook has", () => {
  expect(referencedSheets("SUM('Quota plan'!B2:B9)+Other!A1+\"x!y\"")).toEqual(["Quota plan", "Other"]);
  const plan = { sheets: [sheet("S", [{ ref: "A1", formula: "'Missing sheet'!A1*2", result: 0 }])] };
  expect(messages(plan)[0]).toMatch(/missing sheet "Missing sheet"/);
  expect(messages(plan, ["Missing sheet"])).toEqual([]);
});

test("files never call our custom functions (they must work without the add-in), unless allowed", () => {
  const plan = {
    sheets: [
      sheet("S", [
        { ref: "A1", formula: "SUM(B1:B3)+bep(1000,50,30)", result: 0 },
        { ref: "A2", formula: 'LEN("BEP(")', result: 4 },
      ]),
    ],
  };
  expect(messages(plan)).toEqual([expect.stringMatching(/calls BEP, which works only with the add-in/)]);
  expect(validatePlan(plan, { allowCustomFunctions: true })).toEqual([]);
});

test("text from data stays text in the file: a customer called =HYPERLINK(...) is never a formula", async () => {
  const evil = ['=HYPERLINK("http://x","y")', "+1-555", "@SUM(A1)", "-2+3"];
  const plan = {
    sheets: [
      sheet(
        "S",
        evil.map((v, i) => ({ ref: `A${i + 1}`, value: v })),
      ),
    ],
  };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await planToXlsxBuffer(plan)) as never);
  evil.forEach((v, i) => {
    const cell = wb.getWorksheet("S")!.getCell(`A${i + 1}`);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(v);
  });
});

test("quota plan by hand: 7 over {50, 30, 20} → 4, 2, 1 with the remainder ranks written", () => {
  const s = buildQuotaPlan({ dimension: "product", names: ["A", "B", "C"], basis: [50, 30, 20], total: 7 }, "en-US");
  const at = (ref: string) => s.cells.find((c) => c.ref === ref)!;
  // exact 3.5, 2.1, 1.4 → floors 3, 2, 1, one unit left → the largest remainder (A, 0.5)
  [3.5, 2.1, 1.4].forEach((x, i) => expect(at(`D${7 + i}`).result).toBeCloseTo(x, 12)); // 7 × 0.2 is 1.4000000000000001 in the sheet too
  expect(["G7", "G8", "G9"].map((r) => at(r).result)).toEqual([1, 3, 2]);
  expect(["H7", "H8", "H9"].map((r) => at(r).result)).toEqual([4, 2, 1]);
  expect(at("H7").formula).toBe("(E7+IF(G7<=$B$3/$B$4-SUM($E$7:$E$9),1,0))*$B$4");
  expect(at("A1").value).toBe("Sales quota plan by product");
  expect(validatePlan({ sheets: [s] })).toEqual([]);
});

test("an invalid plan writes nothing", async () => {
  await expect(planToXlsxBuffer({ sheets: [sheet("a:b")] })).rejects.toThrow(/may not contain/);
});

test("CVP sheet by hand: FC 1,000, P 50, VC 30, plan 80, target profit 400", async () => {
  const { buildCvpSheet } = await import("../../src/workbook/cvpSheet");
  const s = buildCvpSheet(
    { product: "X", fixedCosts: 1000, price: 50, variableCost: 30, plannedVolume: 80, targetProfit: 400 },
    "en-US",
  );
  const result = (ref: string) => s.cells.find((c) => c.ref === ref)!.result;
  // contribution 20, ratio 40 %, BEP 50, BEP revenue 2,500, target volume 70, MOS 30 (37.5 %), profit 600, DOL 1600/600
  expect(["B9", "B10", "B11", "B12", "B13", "B14", "B15", "B16"].map(result)).toEqual([20, 0.4, 50, 2500, 70, 30, 0.375, 600]);
  expect(result("B17")).toBeCloseTo(1600 / 600, 12);
});

test("budget sheet by hand: marginal level, zero-based funding line, task and input-output totals", async () => {
  const { buildBudgetPlan } = await import("../../src/workbook/budgetPlan");
  const s = buildBudgetPlan(
    {
      sales: 1_000_000,
      pct: 0.05,
      benchmark: { ownSales: 6000, sales: 10000, spend: 500 },
      marginal: { spend: [0, 100, 200, 300], revenue: [1000, 1300, 1450, 1500], margin: 1 },
      zeroBased: { items: ["a", "b", "c", "d"], costs: [50, 30, 40, 5], priorities: [2, 1, 3, 4], limit: 90 },
      tasks: { names: ["visits", "seminars"], quantities: [10, 2], unitCosts: [150, 2500] },
      inputOutput: {
        outputs: ["p", "q"],
        volumes: [100, 50],
        inputs: ["h", "s"],
        ratios: [
          [2, 1],
          [1, 3],
        ],
        prices: [10, 4],
      },
    },
    "zh-CN",
  );
  const results = s.cells.filter((c) => c.formula !== undefined).map((c) => c.result);
  expect(results).toContain(50000); // 1,000,000 × 5 %
  expect(results).toContain(300); // benchmark
  expect(results).toContain(200); // marginal: the last level that pays
  expect(results.filter((r) => r === "列支")).toHaveLength(2);
  expect(results.filter((r) => r === "不列支")).toHaveLength(2); // d (5) would fit but never jumps the queue
  expect(results).toContain(6500); // tasks
  expect(results).toContain(3500); // input-output
});

test("for Office.js, data text that Excel would parse is written with an apostrophe; formulas get their =", async () => {
  const { officeFormulasValue } = await import("../../src/workbook/officeCells");
  const v = (value: string | number | boolean | null) => officeFormulasValue({ ref: "A1", value });
  expect(v('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
  expect(v("+1-555")).toBe("'+1-555");
  expect(v("@SUM(A1)")).toBe("'@SUM(A1)");
  expect(v("0012")).toBe("'0012");
  expect(v("2026-01-05")).toBe("'2026-01-05");
  expect(v("TRUE")).toBe("'TRUE");
  expect(v("华东")).toBe("华东");
  expect(v(12.5)).toBe(12.5);
  expect(v(null)).toBe("");
  expect(officeFormulasValue({ ref: "A1", formula: "SUM(B1:B3)", result: 6 })).toBe("=SUM(B1:B3)");
});

test("analysis report: title, overview, analysis, improvements, signature and date, from the numbers", async () => {
  const { buildAnalysisReport, buildAnalysisSheet } = await import("../../src/workbook/analysisSheet");
  const input = {
    title: "Q3 review",
    units: [
      { name: "North", plan: 100, actual: 110, prior: 90 },
      { name: "South", plan: 100, actual: 80, prior: 85 },
    ],
    factors: { names: ["Customers", "Orders each", "Order value"], base: [90, 7, 4], actual: [100, 6, 5] },
    author: "Sales ops",
    date: "2026-10-08",
  };
  const text = (lang: "en-US" | "zh-CN", withFactors = true) =>
    buildAnalysisReport(withFactors ? input : { ...input, factors: undefined }, lang, "Activity analysis")
      .cells.map((c) => c.value)
      .join("\n");
  const en = text("en-US");
  expect(en).toMatch(
    /^Q3 review\n1\. Overview\nActual sales 190 against a plan of 200: 95\.0% attained; up 8\.6% on the prior period\./,
  );
  expect(en).toMatch(/Best attainment: North \(110\.0%\); lowest: South \(80\.0%\)/);
  expect(en).toMatch(/from 2,520 to 3,000 \(\+480\); the largest effect came from "Order value" \(\+600\)/);
  expect(en).toMatch(/Prepared by: Sales ops\nDate: 2026-10-08$/);
  expect(text("zh-CN")).toMatch(/一、概况[\s\S]*二、分析[\s\S]*三、改进建议[\s\S]*报告人：Sales ops\n日期：2026-10-08$/);
  expect(text("en-US", false)).not.toMatch(/Factor analysis/);
  // without periods and factors the analysis sheet has the comparison only, and still validates
  const sheet = buildAnalysisSheet({ ...input, factors: undefined }, "en-US");
  expect(validatePlan({ sheets: [sheet] })).toEqual([]);
  expect(sheet.cells.some((c) => c.value === "2. Dynamic ratios")).toBe(false);
});

test("quota plan with caps: the engine's capped quotas, live shares and checks", () => {
  const s = buildQuotaPlan(
    { dimension: "region", names: ["A", "B", "C"], basis: [50, 30, 20], total: 100, maximum: [40, NaN, NaN] },
    "en-US",
  );
  const at = (ref: string) => s.cells.find((c) => c.ref === ref);
  expect(["F7", "F8", "F9"].map((r) => at(r)!.value)).toEqual([40, 36, 24]);
  expect(at("E7")!.value).toBe(40);
  expect(at("E8")).toBeUndefined(); // no cap: blank
  expect(["G7", "G8", "G9"].map((r) => at(r)!.result)).toEqual([true, true, true]);
  expect(at("F10")!.formula).toBe("SUBTOTAL(109,F7:F9)");
  expect(at("F11")!.result).toBe(true);
  expect(validatePlan({ sheets: [s] })).toEqual([]);
  expect(() => buildQuotaPlan({ dimension: "region", names: ["A"], basis: [1], total: 100, maximum: [40] }, "en-US")).toThrow(
    expect.objectContaining({ messageId: "maximumsBelowTotal" }),
  );
});

test("blocks: inside the grid, and no cell written by a block and a cell both", () => {
  const block = {
    ref: "A2",
    rows: [
      ["x", 1],
      ["y", 2],
    ],
  };
  expect(messages({ sheets: [{ name: "S", cells: [{ ref: "A1", value: "h" }], blocks: [block] }] })).toEqual([]);
  expect(messages({ sheets: [{ name: "S", cells: [{ ref: "B3", value: 9 }], blocks: [block] }] })[0]).toMatch(
    /B3 .* written twice \(also by the block at A2\)/,
  );
  expect(messages({ sheets: [{ name: "S", cells: [], blocks: [{ ref: "A1048576", rows: [[1], [2]] }] }] })[0]).toMatch(
    /not inside/,
  );
});
