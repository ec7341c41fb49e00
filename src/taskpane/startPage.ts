import type { Language } from "../core/i18n/language";

/** Texts of the task pane's start page, in both languages. */
export const START_PAGE: Record<Language, { title: string; intro: string; toggle: string; functions: [string, string][] }> = {
  "en-US": {
    title: "Sales Planner",
    intro: "Type these functions in any cell; they spill down a column when you give them ranges.",
    toggle: "中文",
    functions: [
      ["=RFMSEGMENT(B2:B100, C2:C100, D2:D100)", "eight RFM classes (Important value … General win-back)"],
      ["=BEP(1000, 50, 30)", "break-even units: 50"],
      ["=QUOTAALLOC(7, {50;30;20})", "quotas that add up exactly: 4, 2, 1"],
      ["=RFMTABLE(A2:A5000, B2:B5000, C2:C5000)", "transactions → recency, frequency, monetary per customer"],
      ["=RFMSCORE(F2:F500, G2:G500, H2:H500)", "1–5 scores exactly as R's rfm package"],
      ["=RFMMAP(I2:I500, J2:J500, K2:K500)", "Champions, Loyal Customers … Lost"],
      ['=SALESFORECAST(B2:B37, 12, "seasonal")', "next year's months: trend × seasonal index"],
      ["=TARGETRECONCILE(B2:B6, C2:C6)", "top-down vs bottom-up targets, reconciled"],
      ["=BUDGETCONTROL(B2:B9, C2:C9, D2:D9)", "variances and over-cap / over-norm status"],
      ["=FACTORSUB({90,7,4}, {100,6,5})", "factor effects: +280, −400, +600"],
    ],
  },
  "zh-CN": {
    title: "销售计划助手",
    intro: "在任意单元格输入以下函数；传入区域时结果会向下溢出成一列。",
    toggle: "English",
    functions: [
      ["=RFMSEGMENT(B2:B100, C2:C100, D2:D100)", "RFM 八类客户（重要价值客户 … 一般挽留客户）"],
      ["=BEP(1000, 50, 30)", "盈亏平衡销量：50"],
      ["=QUOTAALLOC(7, {50;30;20})", "合计恰好等于总额的配额：4、2、1"],
      ["=RFMTABLE(A2:A5000, B2:B5000, C2:C5000)", "交易明细 → 每位客户的最近消费天数、频次、金额"],
      ["=RFMSCORE(F2:F500, G2:G500, H2:H500)", "与 R 语言 rfm 包一致的 1–5 分"],
      ["=RFMMAP(I2:I500, J2:J500, K2:K500)", "冠军客户、忠诚客户 … 已流失客户"],
      ['=SALESFORECAST(B2:B37, 12, "seasonal")', "下一年各月预测：趋势 × 季节指数"],
      ["=TARGETRECONCILE(B2:B6, C2:C6)", "协调自上而下与自下而上的目标"],
      ["=BUDGETCONTROL(B2:B9, C2:C9, D2:D9)", "费用差异及超专控、超定额状态"],
      ["=FACTORSUB({90,7,4}, {100,6,5})", "因素影响：+280、−400、+600"],
    ],
  },
};
