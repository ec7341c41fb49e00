import type { Language } from "./language";

/**
 * Every message a user can see from the engine, in both languages.
 * Placeholders are written {name} and filled by formatMessage.
 */
export const MESSAGES = {
  notANumber: {
    "en-US": "{what} must be a number, got {value}.",
    "zh-CN": "{what}必须是数字，实际为 {value}。",
  },
  missingValue: {
    "en-US": "{what} is blank.",
    "zh-CN": "{what}为空。",
  },
  mustNotBeNegative: {
    "en-US": "{what} must not be negative, got {value}.",
    "zh-CN": "{what}不能为负数，实际为 {value}。",
  },
  mustBePositive: {
    "en-US": "{what} must be greater than zero, got {value}.",
    "zh-CN": "{what}必须大于零，实际为 {value}。",
  },
  shapeMismatch: {
    "en-US": "{what} must all have the same shape ({expected}); got {actual}.",
    "zh-CN": "{what}的形状必须相同（{expected}），实际为 {actual}。",
  },
  mustBeColumn: {
    "en-US": "{what} must be a single column or a single value.",
    "zh-CN": "{what}必须是单列或单个值。",
  },
  emptyInput: {
    "en-US": "{what} has no values.",
    "zh-CN": "{what}没有任何数值。",
  },
  unknownOption: {
    "en-US": '{what} must be one of {allowed}; got "{value}".',
    "zh-CN": "{what}必须是 {allowed} 之一，实际为“{value}”。",
  },
  unknownLanguage: {
    "en-US": 'Language must be "zh-CN" or "en-US" (or "zh"/"en"); got "{value}".',
    "zh-CN": "语言必须是“zh-CN”或“en-US”（或“zh”/“en”），实际为“{value}”。",
  },
  needThresholds: {
    "en-US": "Averages need at least two customers; give thresholds {r, f, m} for a single customer.",
    "zh-CN": "计算平均值至少需要两位客户；单个客户请提供阈值 {r, f, m}。",
  },
  thresholdsShape: {
    "en-US": 'Thresholds must be "average", "median" or three numbers {recency, frequency, monetary}.',
    "zh-CN": "阈值必须是“average”、“median”或三个数字 {最近消费天数, 消费频次, 消费金额}。",
  },
  priceNotAboveVariableCost: {
    "en-US": "Price ({price}) must be greater than the variable cost ({variableCost}): each unit must contribute.",
    "zh-CN": "单价（{price}）必须高于单位变动成本（{variableCost}），每件产品才有边际贡献。",
  },
  totalNotMultipleOfUnit: {
    "en-US": "The total {total} is not a whole number of units of {unit}.",
    "zh-CN": "总额 {total} 不是单位 {unit} 的整数倍。",
  },
  basisAllZero: {
    "en-US": "The allocation basis is all zero: there is nothing to share the total by.",
    "zh-CN": "分配基数全部为零，无法按其分配总额。",
  },
  weightsCount: {
    "en-US": "Give one weight per basis column: {columns} columns, {weights} weights.",
    "zh-CN": "每个基数列需要一个权重：共 {columns} 列，{weights} 个权重。",
  },
  weightsAllZero: {
    "en-US": "The weights are all zero.",
    "zh-CN": "权重全部为零。",
  },
  minimumAboveMaximum: {
    "en-US": "Row {row}: the minimum {minimum} is above the maximum {maximum}.",
    "zh-CN": "第 {row} 行：下限 {minimum} 高于上限 {maximum}。",
  },
  minimumsAboveTotal: {
    "en-US": "The minimums add up to {sum}, more than the total {total}.",
    "zh-CN": "各行下限合计 {sum}，超过总额 {total}。",
  },
  maximumsBelowTotal: {
    "en-US": "The maximums allow at most {sum}, less than the total {total}.",
    "zh-CN": "各行上限最多只能分配 {sum}，低于总额 {total}。",
  },
  capsNotWholeUnits: {
    "en-US": "Row {row}: no whole number of units of {unit} lies between the minimum {minimum} and the maximum {maximum}.",
    "zh-CN": "第 {row} 行：下限 {minimum} 与上限 {maximum} 之间没有 {unit} 的整数倍。",
  },
  binsRange: {
    "en-US": "Bins must be a whole number from 2 to 9; got {value}.",
    "zh-CN": "分档数必须是 2 到 9 之间的整数，实际为 {value}。",
  },
  badDate: {
    "en-US": 'Row {row}: "{value}" is not a date (use an Excel date, YYYY-MM-DD or YYYY/MM/DD).',
    "zh-CN": "第 {row} 行：“{value}”不是日期（请使用 Excel 日期、YYYY-MM-DD 或 YYYY/MM/DD）。",
  },
  rowMissing: {
    "en-US": "Row {row}: {what} is blank.",
    "zh-CN": "第 {row} 行：{what}为空。",
  },
  rowNotANumber: {
    "en-US": "Row {row}: {what} must be a number, got {value}.",
    "zh-CN": "第 {row} 行：{what}必须是数字，实际为 {value}。",
  },
  dateAfterAsOf: {
    "en-US": "Row {row}: the purchase date is after the analysis date.",
    "zh-CN": "第 {row} 行：购买日期晚于分析日期。",
  },
  unknownSegment: {
    "en-US": '"{value}" is not a segment Sales Planner knows (RFMSEGMENT or RFMMAP names, in either language).',
    "zh-CN": "“{value}”不是可识别的客户分群（应为 RFMSEGMENT 或 RFMMAP 给出的名称，中英文均可）。",
  },
  unknownTag: {
    "en-US": 'The tag "{value}" is not in the dictionary.',
    "zh-CN": "标签“{value}”不在标签词典中。",
  },
  duplicateSynonym: {
    "en-US": '"{value}" is listed under both "{first}" and "{second}".',
    "zh-CN": "“{value}”同时出现在“{first}”和“{second}”之下。",
  },
  badMapRow: {
    "en-US": "Segment map row {row}: give a name and six score bounds (r_low, r_high, f_low, f_high, m_low, m_high).",
    "zh-CN": "分群规则第 {row} 行：需要名称和六个分值边界（r_low、r_high、f_low、f_high、m_low、m_high）。",
  },
  unknownStage: {
    "en-US": '"{value}" is not a pre-sale step (0 none, 1 contact, 2 quote, or the stage name).',
    "zh-CN": "“{value}”不是售前阶段（0 无接触、1 已接触、2 已报价，或阶段名称）。",
  },
  superThreshold: {
    "en-US": "The super-user threshold must be a whole number of orders, at least 2; got {value}.",
    "zh-CN": "超级用户门槛必须是不小于 2 的整数订单数，实际为 {value}。",
  },
  seriesTooShort: {
    "en-US": "{method} needs at least {minimum} values; got {actual}.",
    "zh-CN": "{method} 至少需要 {minimum} 个数值，实际为 {actual} 个。",
  },
  periodsRange: {
    "en-US": "Periods must be a whole number from 1 to 1000; got {value}.",
    "zh-CN": "预测期数必须是 1 到 1000 之间的整数，实际为 {value}。",
  },
  windowRange: {
    "en-US": "The moving-average window must be a whole number of at least 1; got {value}.",
    "zh-CN": "移动平均期数必须是不小于 1 的整数，实际为 {value}。",
  },
  alphaRange: {
    "en-US": "The smoothing constant alpha must be above 0 and at most 1; got {value}.",
    "zh-CN": "平滑系数 alpha 必须大于 0 且不大于 1，实际为 {value}。",
  },
  seasonLengthRange: {
    "en-US": "The season length must be a whole number of at least 2; got {value}.",
    "zh-CN": "季节周期必须是不小于 2 的整数，实际为 {value}。",
  },
  bottomUpAllZero: {
    "en-US": "The bottom-up targets are all zero: there is nothing to share the total by.",
    "zh-CN": "上报目标全部为零，无法按其比例分配总额。",
  },
  zeroQuota: {
    "en-US": "Row {row}: the quota is 0, so attainment is undefined.",
    "zh-CN": "第 {row} 行：配额为 0，无法计算完成率。",
  },
  zeroSales: {
    "en-US": "Sales are 0: the rate is undefined.",
    "zh-CN": "销售额为 0，无法计算比率。",
  },
  zeroProfit: {
    "en-US": "Operating profit is 0 (exactly at break-even): operating leverage is undefined.",
    "zh-CN": "营业利润为 0（正好处于盈亏平衡点），经营杠杆系数无定义。",
  },
  mixAllZero: {
    "en-US": "The sales mix is all zero.",
    "zh-CN": "销售组合全部为零。",
  },
  rateRange: {
    "en-US": "{what} must be a ratio from 0 to 1 (5 % is 0.05); got {value}.",
    "zh-CN": "{what}必须是 0 到 1 之间的比率（5% 写作 0.05），实际为 {value}。",
  },
  repeatedLevel: {
    "en-US": "The spend level {value} appears twice.",
    "zh-CN": "费用水平 {value} 出现了两次。",
  },
  ratioShape: {
    "en-US": "Input ratios must have one row per output ({outputs}) and one column per input price ({inputs}).",
    "zh-CN": "投入定额必须每个产出一行（共 {outputs} 行）、每个投入单价一列（共 {inputs} 列）。",
  },
  partsAllZero: {
    "en-US": "The parts sum to 0: there is no whole to divide by.",
    "zh-CN": "各组成部分合计为 0，无法计算构成比率。",
  },
  zeroDenominator: {
    "en-US": "The denominator is 0.",
    "zh-CN": "分母为 0。",
  },
  basePositionRange: {
    "en-US": "The base position must be a whole number from 1 to {length}; got {value}.",
    "zh-CN": "基期位置必须是 1 到 {length} 之间的整数，实际为 {value}。",
  },
  zeroBase: {
    "en-US": "The base value is 0: indices on it are undefined.",
    "zh-CN": "基期数值为 0，无法计算定基指数。",
  },
  badOrder: {
    "en-US": "The order must list each factor position 1 to {factors} exactly once.",
    "zh-CN": "替代顺序必须把 1 到 {factors} 的每个因素位置各列一次。",
  },
  rowError: {
    "en-US": "Row {row}: {message}",
    "zh-CN": "第 {row} 行：{message}",
  },
  internalError: {
    "en-US": "Unexpected error in {what}: {message}. Please report it.",
    "zh-CN": "{what}发生意外错误：{message}。请反馈给我们。",
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageId = keyof typeof MESSAGES;
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Fill a message in the given language.
 *
 * @example formatMessage("en-US", "missingValue", { what: "Price" }) // "Price is blank."
 */
export function formatMessage(language: Language, id: MessageId, params: MessageParams = {}): string {
  const template: string = MESSAGES[id][language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
