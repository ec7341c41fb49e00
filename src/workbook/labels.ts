import type { Language } from "../core/i18n/language";

/** Every label the sheets show, in both languages. */
const LABELS = {
  quotaSheet: ["Quota plan", "配额计划"],
  quotaTitle: ["Sales quota plan by {dimension}", "按{dimension}分配的销售配额计划"],
  totalTarget: ["Total target", "目标总额"],
  unit: ["Rounding unit", "取整单位"],
  basis: ["Basis", "分配基数"],
  share: ["Share", "占比"],
  exact: ["Exact quota (units)", "精确配额（单位数）"],
  floor: ["Whole units", "整数部分"],
  fraction: ["Remainder", "余数"],
  rank: ["Remainder rank", "余数排名"],
  quota: ["Quota", "配额"],
  total: ["Total", "合计"],
  check: ["Check", "检查"],
  warnings: ["Principle warnings", "配额原则提示"],
  potential: ["Potential", "潜力"],
  history: ["Last year", "上年实际"],
  month: ["Month", "月份"],
  seasonalIndex: ["Seasonal index", "季节指数"],
  monthlyTitle: ["Monthly split of the total target by seasonal index", "目标总额按季节指数分解到各月"],
  quotaNote: [
    "Edit the total or a basis: shares, remainders and quotas recalculate and still add up exactly to the total (largest-remainder rounding in live formulas).",
    "修改目标总额或分配基数后，占比、余数和配额自动重算，合计仍恰好等于目标总额（最大余数法取整，公式实时计算）。",
  ],
  quotaNoteCapped: [
    "Quotas respect the minimum and maximum of each row (capped rows fixed, the rest re-shared) and add up exactly to the total. They are values: after changing the total, a basis or a cap, build the plan again (or use =QUOTAALLOC).",
    "配额满足每行的下限和上限（触及上下限的行固定，其余按比例重新分配），合计恰好等于目标总额。配额为数值：修改目标总额、分配基数或上下限后，请重新生成计划（或使用 =QUOTAALLOC）。",
  ],
  matrixTitle: [
    "Monthly quotas by {dimension} (each row adds up exactly to its quota)",
    "各{dimension}的月度配额（每行合计恰好等于其配额）",
  ],
  minimum: ["Minimum", "下限"],
  maximum: ["Maximum", "上限"],
  withinCaps: ["Within caps", "是否在上下限内"],
  product: ["product", "产品"],
  region: ["region", "区域"],
  department: ["department", "部门"],
  salesperson: ["salesperson", "销售人员"],
  customer: ["customer", "客户"],
  monthDim: ["month", "月份"],
} as const satisfies Record<string, readonly [string, string]>;

export type LabelId = keyof typeof LABELS;

export function label(language: Language, id: LabelId, params: Record<string, string> = {}): string {
  const text: string = LABELS[id][language === "zh-CN" ? 1 : 0];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? `{${k}}`);
}

export function monthNames(language: Language): string[] {
  return language === "zh-CN"
    ? ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"]
    : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
}
