import { budgetControl } from "../core/budget/budgetControl";
import { budgetMarginal } from "../core/budget/marginalBudget";
import { budgetZeroBased } from "../core/budget/zeroBased";
import type { Language } from "../core/i18n/language";
import { BUDGET_STATUS_LABELS, FUNDED_LABELS } from "../core/i18n/planLabels";
import { roundMoney } from "../core/money";
import { absRef, cellRef, rangeRef } from "./a1";
import type { PlanSheet } from "./plan";
import { FMT, SheetBuilder } from "./sheetBuilder";

export interface BudgetInput {
  readonly sales: number;
  readonly pct: number;
  readonly benchmark: { readonly ownSales: number; readonly sales: number; readonly spend: number };
  readonly marginal: { readonly spend: readonly number[]; readonly revenue: readonly number[]; readonly margin: number };
  readonly zeroBased: {
    readonly items: readonly string[];
    readonly costs: readonly number[];
    readonly priorities: readonly number[];
    readonly limit: number;
  };
  readonly tasks: {
    readonly names: readonly string[];
    readonly quantities: readonly number[];
    readonly unitCosts: readonly number[];
  };
  readonly inputOutput: {
    readonly outputs: readonly string[];
    readonly volumes: readonly number[];
    readonly inputs: readonly string[];
    readonly ratios: readonly (readonly number[])[];
    readonly prices: readonly number[];
  };
}

export interface ControlLine {
  readonly line: string;
  readonly actual: number;
  readonly budget: number;
  readonly cap?: number;
  readonly norm?: number;
  readonly volume?: number;
}

const T = {
  budgetSheet: ["Budget", "销售预算"],
  controlSheet: ["Budget control", "费用控制"],
  title: ["Sales budget: six methods", "销售预算：六种编制方法"],
  pct: ["1. Percentage of sales", "一、销售百分比法"],
  benchmark: ["2. Benchmark (competitive parity)", "二、标杆法（竞争对等法）"],
  marginal: ["3. Marginal revenue", "三、边际收益法"],
  zero: ["4. Zero-based", "四、零基预算法"],
  task: ["5. Objective and task", "五、目标任务法"],
  io: ["6. Input-output", "六、投入产出法"],
  sales: ["Planned sales", "计划销售额"],
  rate: ["Rate", "比例"],
  budget: ["Budget", "预算"],
  ownSales: ["Own sales", "本企业销售额"],
  benchSales: ["Benchmark sales", "标杆销售额"],
  benchSpend: ["Benchmark spend", "标杆费用"],
  spend: ["Spend level", "费用水平"],
  revenue: ["Revenue", "收入"],
  margin: ["Gross margin", "毛利率"],
  dSpend: ["Δ spend", "费用增量"],
  dGain: ["Δ revenue × margin", "收入增量 × 毛利率"],
  covers: ["Covers Δ spend", "能否弥补"],
  chosen: ["Budget (last level that pays)", "预算（最后一个合算的费用水平）"],
  item: ["Item", "项目"],
  cost: ["Cost", "成本"],
  priority: ["Priority", "优先级"],
  cumulative: ["Cumulative", "累计"],
  funded: ["Funded", "是否列支"],
  limit: ["Funds available", "可用资金"],
  fundedTotal: ["Funded total", "列支合计"],
  taskName: ["Task", "任务"],
  quantity: ["Quantity", "数量"],
  unitCost: ["Unit cost", "单位成本"],
  total: ["Total", "合计"],
  output: ["Output", "产出"],
  volume: ["Planned output", "计划产出"],
  unitInput: ["Input cost per unit", "单位投入成本"],
  price: ["Unit price", "单价"],
  controlTitle: ["Expense control: caps (费用专控) and norms (定额管理)", "费用控制：费用专控与定额管理"],
  line: ["Expense line", "费用项目"],
  actual: ["Actual", "实际"],
  cap: ["Cap", "专控上限"],
  norm: ["Norm per unit", "单位定额"],
  activity: ["Activity volume", "业务量"],
  variance: ["Variance", "差异"],
  varianceRate: ["Variance %", "差异率"],
  status: ["Status", "状态"],
} as const;

/** The budget sheet: one block per budget method, inputs in yellow, live formulas for every result. */
export function buildBudgetPlan(input: BudgetInput, language: Language): PlanSheet {
  const zh = language === "zh-CN";
  const t = (k: keyof typeof T) => T[k][zh ? 1 : 0];
  const s = new SheetBuilder(t("budgetSheet"));
  s.value(1, 1, t("title"), { style: "title" });
  let row = 3;
  // 1. percentage of sales
  s.value(row, 1, t("pct"), { style: "subtitle" });
  s.value(row + 1, 1, t("sales")).value(row + 1, 2, input.sales, { style: "input", numFmt: FMT.money });
  s.value(row + 2, 1, t("rate")).value(row + 2, 2, input.pct, { style: "input", numFmt: FMT.percent });
  s.value(row + 3, 1, t("budget"), { style: "total" });
  s.formula(row + 3, 2, `ROUND(B${row + 1}*B${row + 2},2)`, roundMoney(input.sales * input.pct), {
    style: "total",
    numFmt: FMT.money,
  });
  row += 5;
  // 2. benchmark
  const b = input.benchmark;
  s.value(row, 1, t("benchmark"), { style: "subtitle" });
  s.value(row + 1, 1, t("ownSales")).value(row + 1, 2, b.ownSales, { style: "input", numFmt: FMT.money });
  s.value(row + 2, 1, t("benchSales")).value(row + 2, 2, b.sales, { style: "input", numFmt: FMT.money });
  s.value(row + 3, 1, t("benchSpend")).value(row + 3, 2, b.spend, { style: "input", numFmt: FMT.money });
  s.value(row + 4, 1, t("budget"), { style: "total" });
  s.formula(row + 4, 2, `ROUND(B${row + 1}*B${row + 3}/B${row + 2},2)`, roundMoney((b.ownSales * b.spend) / b.sales), {
    style: "total",
    numFmt: FMT.money,
  });
  row += 6;
  // 3. marginal revenue
  const m = input.marginal;
  const order = m.spend.map((_, i) => i).sort((x, y) => m.spend[x] - m.spend[y]);
  const result = budgetMarginal(m.spend, m.revenue, m.margin);
  s.value(row, 1, t("marginal"), { style: "subtitle" });
  s.value(row + 1, 1, t("margin")).value(row + 1, 2, m.margin, { style: "input", numFmt: FMT.percent });
  const mh = row + 2;
  [t("spend"), t("revenue"), t("dSpend"), t("dGain"), t("covers")].forEach((h, j) => s.value(mh, j + 1, h, { style: "header" }));
  order.forEach((i, k) => {
    const r = mh + 1 + k;
    s.value(r, 1, m.spend[i], { style: "input", numFmt: FMT.money }).value(r, 2, m.revenue[i], {
      style: "input",
      numFmt: FMT.money,
    });
    if (k === 0) return;
    const step = result.steps[k];
    const prev = result.steps[k - 1];
    s.formula(r, 3, `A${r}-A${r - 1}`, step.spend - prev.spend, { numFmt: FMT.money });
    s.formula(r, 4, `(B${r}-B${r - 1})*${absRef(row + 1, 2)}`, (step.revenue - prev.revenue) * m.margin, { numFmt: FMT.money });
    s.formula(r, 5, `AND(D${r}>=C${r},OR(ROW()=${mh + 2},E${r - 1}))`, stepCovers(result.steps, k), {});
  });
  const mLast = mh + order.length;
  s.value(mLast + 1, 1, t("chosen"), { style: "total" });
  s.formula(mLast + 1, 2, `IFERROR(INDEX(A${mh + 1}:A${mLast},MATCH(FALSE,E${mh + 2}:E${mLast},0)),A${mLast})`, result.spend, {
    style: "total",
    numFmt: FMT.money,
  });
  row = mLast + 3;
  // 4. zero-based
  const z = input.zeroBased;
  const lines = budgetZeroBased(z.costs, z.priorities, z.limit);
  s.value(row, 1, t("zero"), { style: "subtitle" });
  s.value(row + 1, 1, t("limit")).value(row + 1, 2, z.limit, { style: "input", numFmt: FMT.money });
  const zh0 = row + 2;
  [t("item"), t("cost"), t("priority"), t("cumulative"), t("funded")].forEach((h, j) =>
    s.value(zh0, j + 1, h, { style: "header" }),
  );
  const fundedText = FUNDED_LABELS.funded[language];
  const unfundedText = FUNDED_LABELS.unfunded[language];
  let running = 0;
  lines.forEach((l, k) => {
    const r = zh0 + 1 + k;
    running += z.costs[l.item];
    s.value(r, 1, z.items[l.item]).value(r, 2, z.costs[l.item], { style: "input", numFmt: FMT.money }).value(r, 3, l.priority);
    s.formula(r, 4, `SUM(${absRef(zh0 + 1, 2)}:B${r})`, roundMoney(running), { numFmt: FMT.money });
    const prevOk = k === 0 ? "TRUE" : `E${r - 1}="${fundedText}"`;
    s.formula(
      r,
      5,
      `IF(AND(D${r}<=${absRef(row + 1, 2)},${prevOk}),"${fundedText}","${unfundedText}")`,
      l.funded ? fundedText : unfundedText,
    );
  });
  const zLast = zh0 + lines.length;
  s.value(zLast + 1, 1, t("fundedTotal"), { style: "total" });
  const fundedTotal = lines.filter((l) => l.funded).reduce((a, l) => a + l.cost, 0);
  s.formula(zLast + 1, 2, `SUMIF(E${zh0 + 1}:E${zLast},"${fundedText}",B${zh0 + 1}:B${zLast})`, roundMoney(fundedTotal), {
    style: "total",
    numFmt: FMT.money,
  });
  s.conditionalFormat({
    ref: rangeRef(zh0 + 1, 5, zLast, 5),
    rules: [{ type: "containsText", text: unfundedText, style: "bad" }],
  });
  row = zLast + 3;
  // 5. objective-task
  const tk = input.tasks;
  s.value(row, 1, t("task"), { style: "subtitle" });
  [t("taskName"), t("quantity"), t("unitCost"), t("cost")].forEach((h, j) => s.value(row + 1, j + 1, h, { style: "header" }));
  let taskTotal = 0;
  tk.names.forEach((name, i) => {
    const r = row + 2 + i;
    const c = roundMoney(tk.quantities[i] * tk.unitCosts[i]);
    taskTotal += c;
    s.value(r, 1, name)
      .value(r, 2, tk.quantities[i], { style: "input" })
      .value(r, 3, tk.unitCosts[i], { style: "input", numFmt: FMT.money });
    s.formula(r, 4, `ROUND(B${r}*C${r},2)`, c, { numFmt: FMT.money });
  });
  const tLast = row + 1 + tk.names.length;
  s.value(tLast + 1, 1, t("total"), { style: "total" });
  s.formula(tLast + 1, 4, `SUM(D${row + 2}:D${tLast})`, roundMoney(taskTotal), { style: "total", numFmt: FMT.money });
  row = tLast + 3;
  // 6. input-output
  const io = input.inputOutput;
  s.value(row, 1, t("io"), { style: "subtitle" });
  const k = io.inputs.length;
  s.value(row + 1, 1, t("price"), { style: "header" });
  io.inputs.forEach((name, j) => {
    s.value(row + 1, 3 + j, name, { style: "header" });
    s.value(row + 2, 3 + j, io.prices[j], { style: "input", numFmt: FMT.money });
  });
  const priceRow = row + 2;
  const ih = row + 3;
  [t("output"), t("volume"), ...io.inputs, t("unitInput"), t("budget")].forEach((h, j) =>
    s.value(ih, j + 1, h, { style: "header" }),
  );
  let ioTotal = 0;
  io.outputs.forEach((name, i) => {
    const r = ih + 1 + i;
    s.value(r, 1, name).value(r, 2, io.volumes[i], { style: "input" });
    io.ratios[i].forEach((x, j) => s.value(r, 3 + j, x, { style: "input" }));
    const unitInput = io.ratios[i].reduce((a, x, j) => a + x * io.prices[j], 0);
    const budget = roundMoney(io.volumes[i] * unitInput);
    ioTotal += budget;
    s.formula(r, 3 + k, `SUMPRODUCT(${rangeRef(r, 3, r, 2 + k)},${absRef(priceRow, 3)}:${absRef(priceRow, 2 + k)})`, unitInput, {
      numFmt: FMT.money,
    });
    s.formula(r, 4 + k, `ROUND(B${r}*${cellRef(r, 3 + k)},2)`, budget, { numFmt: FMT.money });
  });
  const ioLast = ih + io.outputs.length;
  s.value(ioLast + 1, 1, t("total"), { style: "total" });
  s.formula(ioLast + 1, 4 + k, `SUM(${rangeRef(ih + 1, 4 + k, ioLast, 4 + k)})`, roundMoney(ioTotal), {
    style: "total",
    numFmt: FMT.money,
  });
  s.width(1, 30).width(2, 16).width(3, 14).width(4, 18).width(5, 14).width(6, 14).width(7, 14);
  return s.build();
}

function stepCovers(steps: readonly { marginalGain: number }[], k: number): boolean {
  for (let j = 1; j <= k; j++) if (!(steps[j].marginalGain >= 0)) return false;
  return true;
}

/** The control sheet: lines with caps and norms, live variance and status, conditional formatting. */
export function buildBudgetControl(lines: readonly ControlLine[], language: Language): PlanSheet {
  const zh = language === "zh-CN";
  const t = (k: keyof typeof T) => T[k][zh ? 1 : 0];
  const s = new SheetBuilder(t("controlSheet"));
  s.value(1, 1, t("controlTitle"), { style: "title" });
  const headers = [
    t("line"),
    t("actual"),
    t("budget"),
    t("cap"),
    t("norm"),
    t("activity"),
    t("variance"),
    t("varianceRate"),
    t("status"),
  ];
  headers.forEach((h, j) => s.value(3, j + 1, h, { style: "header" }));
  const L = BUDGET_STATUS_LABELS;
  lines.forEach((l, i) => {
    const r = 4 + i;
    s.value(r, 1, l.line)
      .value(r, 2, l.actual, { numFmt: FMT.money, style: "input" })
      .value(r, 3, l.budget, { numFmt: FMT.money, style: "input" });
    if (l.cap !== undefined) s.value(r, 4, l.cap, { numFmt: FMT.money, style: "input" });
    if (l.norm !== undefined) s.value(r, 5, l.norm, { numFmt: FMT.money, style: "input" });
    if (l.volume !== undefined) s.value(r, 6, l.volume, { style: "input" });
    const c = budgetControl(l.actual, l.budget, l.cap ?? NaN, l.norm ?? NaN, l.volume ?? NaN);
    s.formula(r, 7, `ROUND(B${r}-C${r},2)`, c.variance, { numFmt: FMT.money });
    s.formula(r, 8, `IF(C${r}=0,"",G${r}/C${r})`, Number.isNaN(c.rate) ? "" : c.rate, { numFmt: FMT.percent });
    s.formula(
      r,
      9,
      `IF(AND(D${r}<>"",B${r}>D${r}),"${L.overCap[language]}",IF(AND(E${r}<>"",F${r}<>"",B${r}>E${r}*F${r}),"${L.overNorm[language]}",IF(B${r}>C${r},"${L.overBudget[language]}","${L.within[language]}")))`,
      L[c.status][language],
    );
  });
  const last = 3 + lines.length;
  s.table({
    name: "BudgetControl",
    ref: rangeRef(3, 1, last, headers.length),
    columns: headers.map((name) => ({ name })),
    style: "TableStyleLight9",
  });
  s.conditionalFormat({
    ref: rangeRef(4, 7, last, 7),
    rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["0"], style: "bad" }],
  });
  s.conditionalFormat({
    ref: rangeRef(4, 9, last, 9),
    rules: [
      { type: "containsText", text: L.overCap[language], style: "bad" },
      { type: "containsText", text: L.overNorm[language], style: "warning" },
      { type: "containsText", text: L.overBudget[language], style: "warning" },
    ],
  });
  s.width(1, 22).width(9, 20).freeze("B4");
  return s.build();
}
