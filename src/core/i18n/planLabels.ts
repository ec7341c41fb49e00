import type { BudgetStatus } from "../budget/budgetControl";
import type { QuotaWarning } from "../quota/quotaCheck";
import type { Language } from "./language";

/** Budget-control statuses as users read them. */
export const BUDGET_STATUS_LABELS: Readonly<Record<BudgetStatus, Readonly<Record<Language, string>>>> = {
  within: { "en-US": "Within budget", "zh-CN": "预算内" },
  overBudget: { "en-US": "Over budget", "zh-CN": "超预算" },
  overCap: { "en-US": "Over cap (hard limit)", "zh-CN": "超专控上限" },
  overNorm: { "en-US": "Over norm", "zh-CN": "超定额" },
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A QUOTACHECK warning as a short sentence. */
export function quotaWarningText(w: QuotaWarning, language: Language): string {
  const zh = language === "zh-CN";
  switch (w.rule) {
    case "aboveSalesPotential":
      return zh ? "配额高于潜力（不可行）" : "Quota above potential (not feasible)";
    case "unfair":
      return zh
        ? `配额/潜力 ${pct(w.ratio)}，整体为 ${pct(w.groupRatio)}（不公平）`
        : `Quota/potential ${pct(w.ratio)} vs group ${pct(w.groupRatio)} (unfair)`;
    case "tooMuchGrowth":
      return zh
        ? `较历史增长 ${pct(w.growth)}，超过 30%（难以实现）`
        : `Growth ${pct(w.growth)} over history exceeds 30% (hard to reach)`;
    case "belowHistory":
      return zh
        ? `较历史下降 ${pct(-w.growth)}，超过 10%（请说明理由）`
        : `${pct(-w.growth)} below history, more than 10% (give a reason)`;
    case "noHistory":
      return zh ? "无历史数据，无法判断增幅" : "No history to judge growth by";
  }
}

/** All warnings of one row as one text ("" when the quota is fine), separated as each language writes a list. */
export function quotaWarningsText(warnings: readonly QuotaWarning[], language: Language): string {
  return warnings.map((w) => quotaWarningText(w, language)).join(language === "zh-CN" ? "；" : "; ");
}

/** The zero-based budget's flag. */
export const FUNDED_LABELS = {
  funded: { "en-US": "Funded", "zh-CN": "列支" },
  unfunded: { "en-US": "Not funded", "zh-CN": "不列支" },
} as const satisfies Record<string, Record<Language, string>>;
