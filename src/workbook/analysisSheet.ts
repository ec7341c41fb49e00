import { chainIndex, fixedBaseIndex } from "../core/analysis/dynamicIndex";
import { factorSubstitution } from "../core/analysis/factorSubstitution";
import type { Language } from "../core/i18n/language";
import { rangeRef } from "./a1";
import type { PlanSheet } from "./plan";
import { FMT, SheetBuilder } from "./sheetBuilder";

export interface AnalysisInput {
  /** units compared (regions, products…) with plan, actual and prior-period values */
  readonly units: readonly { readonly name: string; readonly plan: number; readonly actual: number; readonly prior: number }[];
  /** a monthly (or period) series for the dynamic ratios; the section is left out without it */
  readonly periods?: readonly { readonly label: string; readonly value: number }[];
  /** factor substitution, e.g. sales = customers × orders per customer × order value; left out without it */
  readonly factors?: { readonly names: readonly string[]; readonly base: readonly number[]; readonly actual: readonly number[] };
  readonly title: string;
  readonly author: string;
  readonly date: string;
}

const T = {
  sheet: ["Activity analysis", "销售活动分析"],
  report: ["Analysis report", "分析报告"],
  comparison: ["1. Absolute comparison", "一、绝对比较"],
  unit: ["Unit", "单位"],
  plan: ["Plan", "计划"],
  actual: ["Actual", "实际"],
  prior: ["Prior period", "上期"],
  vsPlan: ["vs plan", "比计划"],
  vsPlanRate: ["Attainment gap %", "计划差异率"],
  vsPrior: ["vs prior", "比上期"],
  vsPriorRate: ["Growth %", "增长率"],
  vsBest: ["vs best", "比最佳"],
  share: ["Composition", "构成比率"],
  total: ["Total", "合计"],
  dynamic: ["2. Dynamic ratios", "二、动态比率"],
  period: ["Period", "期间"],
  value: ["Sales", "销售额"],
  fixed: ["Fixed-base index", "定基指数"],
  chain: ["Chain index", "环比指数"],
  chainGrowth: ["Chain growth", "环比增长率"],
  factors: ["3. Factor substitution (quantity before price)", "三、因素分析（连环替代法：先数量后价格）"],
  factor: ["Factor", "因素"],
  base: ["Base", "基期"],
  effect: ["Effect", "影响额"],
  indicator: ["Sales (product of the factors)", "销售额（各因素之积）"],
} as const;

/** The sales activity analysis sheet: comparisons (plan, prior, best), composition, fixed-base and chain indices, factor substitution. */
export function buildAnalysisSheet(input: AnalysisInput, language: Language): PlanSheet {
  const t = (k: keyof typeof T) => T[k][language === "zh-CN" ? 1 : 0];
  const s = new SheetBuilder(t("sheet"));
  s.value(1, 1, input.title, { style: "title" });
  s.value(3, 1, t("comparison"), { style: "subtitle" });
  const headers = [
    t("unit"),
    t("plan"),
    t("actual"),
    t("prior"),
    t("vsPlan"),
    t("vsPlanRate"),
    t("vsPrior"),
    t("vsPriorRate"),
    t("vsBest"),
    t("share"),
  ];
  headers.forEach((h, j) => s.value(4, j + 1, h, { style: "header" }));
  const n = input.units.length;
  const first = 5;
  const last = first + n - 1;
  const best = input.units.reduce((m, u) => Math.max(m, u.actual), -Infinity);
  const totalActual = input.units.reduce((a, u) => a + u.actual, 0);
  input.units.forEach((u, i) => {
    const r = first + i;
    s.value(r, 1, u.name)
      .value(r, 2, u.plan, { numFmt: FMT.money })
      .value(r, 3, u.actual, { numFmt: FMT.money })
      .value(r, 4, u.prior, { numFmt: FMT.money });
    s.formula(r, 5, `C${r}-B${r}`, round2(u.actual - u.plan), { numFmt: FMT.money });
    s.formula(r, 6, `IF(B${r}=0,"",E${r}/ABS(B${r}))`, u.plan === 0 ? "" : (u.actual - u.plan) / Math.abs(u.plan), {
      numFmt: FMT.percent,
    });
    s.formula(r, 7, `C${r}-D${r}`, round2(u.actual - u.prior), { numFmt: FMT.money });
    s.formula(r, 8, `IF(D${r}=0,"",G${r}/ABS(D${r}))`, u.prior === 0 ? "" : (u.actual - u.prior) / Math.abs(u.prior), {
      numFmt: FMT.percent,
    });
    s.formula(r, 9, `C${r}-MAX($C$${first}:$C$${last})`, round2(u.actual - best), { numFmt: FMT.money });
    s.formula(r, 10, `C${r}/SUM($C$${first}:$C$${last})`, u.actual / totalActual, { numFmt: FMT.percent });
  });
  s.value(last + 1, 1, t("total"), { style: "total" });
  for (const c of [2, 3, 4, 5, 7]) {
    const col = String.fromCharCode(64 + c);
    const key = c === 2 ? "plan" : c === 3 ? "actual" : c === 4 ? "prior" : undefined;
    const value = key
      ? input.units.reduce((a, u) => a + u[key], 0)
      : c === 5
        ? input.units.reduce((a, u) => a + u.actual - u.plan, 0)
        : input.units.reduce((a, u) => a + u.actual - u.prior, 0);
    s.formula(last + 1, c, `SUM(${col}${first}:${col}${last})`, round2(value), { style: "total", numFmt: FMT.money });
  }
  s.formula(last + 1, 10, `SUM(J${first}:J${last})`, 1, { style: "total", numFmt: FMT.percent });
  s.conditionalFormat({
    ref: rangeRef(first, 5, last, 5),
    rules: [{ type: "cellIs", operator: "lessThan", formulae: ["0"], style: "bad" }],
  });
  s.conditionalFormat({
    ref: rangeRef(first, 7, last, 7),
    rules: [{ type: "cellIs", operator: "lessThan", formulae: ["0"], style: "bad" }],
  });

  let next = last + 4;
  if (input.periods && input.periods.length > 0) next = writeDynamicRatios(s, input.periods, next, t) + 3;
  if (input.factors) writeFactorSubstitution(s, input.factors, next, t);

  s.width(1, 26);
  for (let c = 2; c <= 10; c++) s.width(c, 14);
  return s.build();
}

type Label = (k: keyof typeof T) => string;

/** Periods with fixed-base and chain indices; returns the last row written. */
function writeDynamicRatios(s: SheetBuilder, periods: NonNullable<AnalysisInput["periods"]>, dTop: number, t: Label): number {
  s.value(dTop, 1, t("dynamic"), { style: "subtitle" });
  [t("period"), t("value"), t("fixed"), t("chain"), t("chainGrowth")].forEach((h, j) =>
    s.value(dTop + 1, j + 1, h, { style: "header" }),
  );
  const values = periods.map((p) => p.value);
  const fixed = fixedBaseIndex(values);
  const chain = chainIndex(values);
  const d1 = dTop + 2;
  periods.forEach((p, i) => {
    const r = d1 + i;
    s.value(r, 1, p.label).value(r, 2, p.value, { numFmt: FMT.money });
    s.formula(r, 3, `B${r}/$B$${d1}`, fixed[i], { numFmt: FMT.ratio });
    if (i > 0) {
      s.formula(r, 4, `IF(B${r - 1}=0,"",B${r}/B${r - 1})`, Number.isNaN(chain[i]) ? "" : chain[i], { numFmt: FMT.ratio });
      s.formula(r, 5, `IF(B${r - 1}=0,"",B${r}/B${r - 1}-1)`, Number.isNaN(chain[i]) ? "" : chain[i] - 1, {
        numFmt: FMT.percent,
      });
    }
  });
  const dLast = d1 + periods.length - 1;
  s.chart({
    type: "line",
    title: t("value"),
    anchor: `G${dTop}`,
    series: [{ name: t("value"), categories: rangeRef(d1, 1, dLast, 1), values: rangeRef(d1, 2, dLast, 2) }],
  });

  return dLast;
}

/** The factor-substitution block: one effect formula per factor, in the order given. */
function writeFactorSubstitution(s: SheetBuilder, f: NonNullable<AnalysisInput["factors"]>, fTop: number, t: Label): void {
  const k = f.names.length;
  const sub = factorSubstitution(f.base, f.actual);
  s.value(fTop, 1, t("factors"), { style: "subtitle" });
  [t("factor"), t("base"), t("actual"), t("effect")].forEach((h, j) => s.value(fTop + 1, j + 1, h, { style: "header" }));
  const f1 = fTop + 2;
  f.names.forEach((name, i) => {
    const r = f1 + i;
    s.value(r, 1, name).value(r, 2, f.base[i], { style: "input" }).value(r, 3, f.actual[i], { style: "input" });
    // effect of factor i: actual factors before it, base factors after it
    const terms = f.names.map((_, j) => (j < i ? `C${f1 + j}` : j > i ? `B${f1 + j}` : `(C${r}-B${r})`));
    s.formula(r, 4, terms.join("*"), sub.effects[i], { numFmt: FMT.money });
  });
  const fl = f1 + k - 1;
  s.value(fl + 1, 1, t("indicator"), { style: "total" });
  s.formula(fl + 1, 2, `PRODUCT(B${f1}:B${fl})`, sub.baseValue, { style: "total", numFmt: FMT.money });
  s.formula(fl + 1, 3, `PRODUCT(C${f1}:C${fl})`, sub.actualValue, { style: "total", numFmt: FMT.money });
  s.formula(fl + 1, 4, `SUM(D${f1}:D${fl})`, sub.change, { style: "total", numFmt: FMT.money });
}

function round2(x: number): number {
  return Number(x.toFixed(2));
}

/** The analysis report: title, body (overview, analysis, improvements), signature and date — text from the numbers. */
export function buildAnalysisReport(input: AnalysisInput, language: Language, analysisSheetName: string): PlanSheet {
  const zh = language === "zh-CN";
  const t = (k: keyof typeof T) => T[k][zh ? 1 : 0];
  const s = new SheetBuilder(t("report"));
  const plan = input.units.reduce((a, u) => a + u.plan, 0);
  const actual = input.units.reduce((a, u) => a + u.actual, 0);
  const prior = input.units.reduce((a, u) => a + u.prior, 0);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const money = (x: number) => x.toLocaleString(zh ? "zh-CN" : "en-US", { maximumFractionDigits: 0 });
  const rated = input.units.filter((u) => u.plan > 0);
  const sorted = [...rated].sort((a, b) => b.actual / b.plan - a.actual / a.plan);
  const best = sorted[0];
  const worst = sorted[sorted.length - 1];
  const f = input.factors;
  const sub = f ? factorSubstitution(f.base, f.actual) : undefined;
  const biggest = sub ? sub.effects.map((e, i) => [e, i] as const).sort((a, b) => Math.abs(b[0]) - Math.abs(a[0]))[0] : undefined;
  const signed = (x: number) => `${x >= 0 ? "+" : ""}${money(x)}`;

  const overview = zh
    ? `本期实际销售额 ${money(actual)}，计划 ${money(plan)}${plan > 0 ? `，完成率 ${pct(actual / plan)}` : ""}${
        prior > 0 ? `；比上期${actual >= prior ? "增长" : "下降"} ${pct(Math.abs(actual / prior - 1))}` : ""
      }。`
    : `Actual sales ${money(actual)} against a plan of ${money(plan)}${plan > 0 ? `: ${pct(actual / plan)} attained` : ""}${
        prior > 0 ? `; ${actual >= prior ? "up" : "down"} ${pct(Math.abs(actual / prior - 1))} on the prior period` : ""
      }.`;
  const analysis: string[] = [];
  const improvements: string[] = [];
  if (best && worst && best !== worst) {
    analysis.push(
      zh
        ? `完成最好的是${best.name}（${pct(best.actual / best.plan)}），最差的是${worst.name}（${pct(worst.actual / worst.plan)}）。`
        : `Best attainment: ${best.name} (${pct(best.actual / best.plan)}); lowest: ${worst.name} (${pct(worst.actual / worst.plan)}).`,
    );
    improvements.push(
      zh
        ? `针对${worst.name}的差距，复核配额的可行性与资源投入，制定月度追赶计划。`
        : `Review the feasibility of ${worst.name}'s quota and resources; set a monthly catch-up plan.`,
      zh
        ? `推广${best.name}的做法，在其他单位复制其客户开发与跟进方式。`
        : `Spread what works in ${best.name}: replicate its customer development and follow-up.`,
    );
  }
  if (f && sub && biggest) {
    const name = f.names[biggest[1]];
    analysis.push(
      zh
        ? `因素分析（${f.names.join(" × ")}，按表中的因素值计算）：由 ${money(sub.baseValue)} 变为 ${money(sub.actualValue)}（${signed(sub.change)}），其中“${name}”影响最大（${signed(biggest[0])}）。详见“${analysisSheetName}”工作表。`
        : `Factor analysis (${f.names.join(" × ")}, with the factors of the sheet): from ${money(sub.baseValue)} to ${money(sub.actualValue)} (${signed(sub.change)}); the largest effect came from "${name}" (${signed(biggest[0])}). See the "${analysisSheetName}" sheet.`,
    );
    improvements.push(
      zh
        ? `围绕影响最大的因素“${name}”设定下期的活动指标并按月跟踪。`
        : `Set next period's activity targets around "${name}" and track them monthly.`,
    );
  }
  if (analysis.length === 0) analysis.push(zh ? `详见“${analysisSheetName}”工作表。` : `See the "${analysisSheetName}" sheet.`);
  if (improvements.length === 0)
    improvements.push(zh ? "保持当前节奏，按月跟踪计划完成情况。" : "Keep the pace and track attainment monthly.");

  let row = 1;
  s.value(row, 1, input.title, { style: "title" });
  row += 2;
  const section = (title: string, lines: readonly string[]) => {
    s.value(row++, 1, title, { style: "subtitle" });
    for (const line of lines) s.value(row++, 1, line);
    row++;
  };
  section(zh ? "一、概况" : "1. Overview", [overview]);
  section(zh ? "二、分析" : "2. Analysis", analysis);
  section(
    zh ? "三、改进建议" : "3. Improvements",
    improvements.map((x, i) => `${i + 1}. ${x}`),
  );
  row++;
  s.value(row++, 1, zh ? `报告人：${input.author}` : `Prepared by: ${input.author}`);
  s.value(row, 1, zh ? `日期：${input.date}` : `Date: ${input.date}`);
  s.width(1, 110);
  return s.build();
}
