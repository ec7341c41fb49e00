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
    ],
  },
};
