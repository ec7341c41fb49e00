import type { Language } from "./language";

/**
 * Chinese names of the rfm / grid segments. The English names are exactly R rfm's spelling and are the keys.
 * These are the only Chinese names used anywhere (functions, sheets, CLI).
 */
export const SEGMENT_NAMES_ZH: Readonly<Record<string, string>> = {
  Champions: "冠军客户",
  "Loyal Customers": "忠诚客户",
  "Potential Loyalist": "潜在忠诚客户",
  "New Customers": "新客户",
  Promising: "有潜力客户",
  "Need Attention": "需要关注客户",
  "About To Sleep": "即将沉睡客户",
  "At Risk": "流失风险客户",
  "Can't Lose Them": "不能失去的客户",
  Lost: "已流失客户",
  Hibernating: "休眠客户",
  Others: "其他客户",
};

/** A segment name in the given language; names of a user's own map are shown as the user wrote them. */
export function segmentLabel(englishName: string, language: Language): string {
  if (language === "en-US" || englishName === "") return englishName;
  return SEGMENT_NAMES_ZH[englishName] ?? englishName;
}
