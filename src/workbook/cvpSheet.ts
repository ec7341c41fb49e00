import { breakEvenRevenue, breakEvenUnits } from "../core/cvp/breakEven";
import { marginOfSafety } from "../core/cvp/marginOfSafety";
import { operatingLeverage } from "../core/cvp/operatingLeverage";
import { targetVolume } from "../core/cvp/targetVolume";
import type { Language } from "../core/i18n/language";
import { rangeRef } from "./a1";
import type { PlanSheet } from "./plan";
import { FMT, SheetBuilder } from "./sheetBuilder";

export interface CvpInput {
  readonly product: string;
  readonly fixedCosts: number;
  readonly price: number;
  readonly variableCost: number;
  readonly plannedVolume: number;
  readonly targetProfit: number;
}

const T = {
  sheet: ["Break-even", "盈亏平衡分析"],
  title: ["Break-even and cost-volume-profit analysis: {product}", "盈亏平衡与本量利分析：{product}"],
  fc: ["Fixed costs", "固定成本"],
  p: ["Unit price", "单价"],
  vc: ["Unit variable cost", "单位变动成本"],
  q: ["Planned volume", "计划销量"],
  tp: ["Target profit", "目标利润"],
  cm: ["Unit contribution", "单位边际贡献"],
  cmr: ["Contribution margin ratio", "边际贡献率"],
  bep: ["Break-even volume", "盈亏平衡销量"],
  bepRev: ["Break-even revenue", "盈亏平衡销售额"],
  tv: ["Volume for target profit", "目标利润销量"],
  mos: ["Margin of safety (units)", "安全边际量"],
  mosr: ["Margin of safety rate", "安全边际率"],
  profit: ["Operating profit at plan", "计划营业利润"],
  dol: ["Operating leverage", "经营杠杆系数"],
  chart: ["Break-even chart data", "盈亏平衡图数据"],
  volume: ["Volume", "销量"],
  revenue: ["Revenue", "销售收入"],
  totalCost: ["Total cost", "总成本"],
  profitCol: ["Profit", "利润"],
} as const;

/** The CVP sheet: inputs, the classic measures as live formulas, and break-even chart data (0 … 2 × BEP) with a chart. */
export function buildCvpSheet(input: CvpInput, language: Language): PlanSheet {
  const t = (k: keyof typeof T) => T[k][language === "zh-CN" ? 1 : 0];
  const s = new SheetBuilder(t("sheet"));
  const { fixedCosts: F, price: P, variableCost: V, plannedVolume: Q, targetProfit: TP } = input;
  s.value(1, 1, t("title").replace("{product}", input.product), { style: "title" });
  const inputs: [keyof typeof T, number, string][] = [
    ["fc", F, FMT.money],
    ["p", P, FMT.money],
    ["vc", V, FMT.money],
    ["q", Q, FMT.integer],
    ["tp", TP, FMT.money],
  ];
  inputs.forEach(([k, v, f], i) => s.value(3 + i, 1, t(k)).value(3 + i, 2, v, { style: "input", numFmt: f }));
  const bep = breakEvenUnits(F, P, V);
  const mos = marginOfSafety(Q, bep);
  const out: [keyof typeof T, string, number, string][] = [
    ["cm", "B4-B5", P - V, FMT.money],
    ["cmr", "(B4-B5)/B4", (P - V) / P, FMT.percent],
    ["bep", "B3/(B4-B5)", bep, FMT.number],
    ["bepRev", "B3*B4/(B4-B5)", breakEvenRevenue(F, P, V), FMT.money],
    ["tv", "MAX(0,(B3+B7)/(B4-B5))", targetVolume(F, P, V, TP), FMT.number],
    ["mos", "B6-B11", mos.amount, FMT.number],
    ["mosr", "(B6-B11)/B6", mos.rate, FMT.percent],
    ["profit", "B6*(B4-B5)-B3", Q * (P - V) - F, FMT.money],
    ["dol", "B6*(B4-B5)/(B6*(B4-B5)-B3)", operatingLeverage(Q, P, V, F), FMT.ratio],
  ];
  out.forEach(([k, f, v, fmt], i) =>
    s.value(9 + i, 1, t(k), { style: "header" }).formula(9 + i, 2, f, v, { numFmt: fmt, style: "total" }),
  );
  // chart data: 11 points from 0 to 2 × BEP (rounded up to a whole unit)
  const top = 20;
  s.value(top, 1, t("chart"), { style: "subtitle" });
  [t("volume"), t("revenue"), t("totalCost"), t("profitCol")].forEach((h, j) => s.value(top + 1, j + 1, h, { style: "header" }));
  const step = Math.max(1, Math.ceil((2 * bep) / 10));
  for (let i = 0; i <= 10; i++) {
    const r = top + 2 + i;
    const q = i * step;
    s.value(r, 1, q, { numFmt: FMT.integer });
    s.formula(r, 2, `A${r}*$B$4`, q * P, { numFmt: FMT.money });
    s.formula(r, 3, `$B$3+A${r}*$B$5`, F + q * V, { numFmt: FMT.money });
    s.formula(r, 4, `B${r}-C${r}`, q * P - (F + q * V), { numFmt: FMT.money });
  }
  const last = top + 12;
  s.chart({
    type: "line",
    title: t("chart"),
    anchor: "F3",
    xAxisTitle: t("volume"),
    series: [
      { name: t("revenue"), categories: rangeRef(top + 2, 1, last, 1), values: rangeRef(top + 2, 2, last, 2) },
      { name: t("totalCost"), categories: rangeRef(top + 2, 1, last, 1), values: rangeRef(top + 2, 3, last, 3) },
    ],
  });
  s.conditionalFormat({
    ref: rangeRef(top + 2, 4, last, 4),
    rules: [{ type: "cellIs", operator: "lessThan", formulae: ["0"], style: "bad" }],
  });
  s.width(1, 28).width(2, 16).width(3, 16).width(4, 16);
  return s.build();
}
