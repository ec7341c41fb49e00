import type { Language } from "./language";

/** Names of the things messages talk about ("Price", "单价"), so a message reads naturally in both languages. */
export const TERMS = {
  recency: { "en-US": "Recency", "zh-CN": "最近消费天数" },
  frequency: { "en-US": "Frequency", "zh-CN": "消费频次" },
  monetary: { "en-US": "Monetary", "zh-CN": "消费金额" },
  thresholds: { "en-US": "Thresholds", "zh-CN": "阈值" },
  fixedCosts: { "en-US": "Fixed costs", "zh-CN": "固定成本" },
  price: { "en-US": "Price", "zh-CN": "单价" },
  variableCost: { "en-US": "Variable cost", "zh-CN": "单位变动成本" },
  total: { "en-US": "Total", "zh-CN": "总额" },
  basis: { "en-US": "Basis", "zh-CN": "分配基数" },
  weights: { "en-US": "Weights", "zh-CN": "权重" },
  minimum: { "en-US": "Minimum", "zh-CN": "下限" },
  maximum: { "en-US": "Maximum", "zh-CN": "上限" },
  unit: { "en-US": "Unit", "zh-CN": "取整单位" },
  language: { "en-US": "Language", "zh-CN": "语言" },
  orders: { "en-US": "Orders", "zh-CN": "订单数" },
  customer: { "en-US": "Customer", "zh-CN": "客户" },
  date: { "en-US": "Date", "zh-CN": "日期" },
  amount: { "en-US": "Amount", "zh-CN": "金额" },
  asOf: { "en-US": "Analysis date", "zh-CN": "分析日期" },
  bins: { "en-US": "Bins", "zh-CN": "分档数" },
  method: { "en-US": "Method", "zh-CN": "方法" },
  score: { "en-US": "Score", "zh-CN": "分值" },
  segment: { "en-US": "Segment", "zh-CN": "客户分群" },
  tag: { "en-US": "Tag", "zh-CN": "标签" },
  dictionary: { "en-US": "Tag dictionary", "zh-CN": "标签词典" },
  frequencyMode: { "en-US": "Frequency mode", "zh-CN": "频次口径" },
  path: { "en-US": "Path", "zh-CN": "路径" },
  segmentMap: { "en-US": "Segment map", "zh-CN": "分群规则" },
  interactions: { "en-US": "Pre-sale step", "zh-CN": "售前阶段" },
  rfmInputs: { "en-US": "Recency, frequency and monetary", "zh-CN": "最近消费天数、消费频次和消费金额" },
  bepInputs: { "en-US": "Fixed costs, price and variable cost", "zh-CN": "固定成本、单价和单位变动成本" },
} as const satisfies Record<string, Record<Language, string>>;

export type TermId = keyof typeof TERMS;

export function term(language: Language, id: TermId): string {
  return TERMS[id][language];
}
