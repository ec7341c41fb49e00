import type { RfmClass8 } from "../rfm/rfmClass8";
import type { Language } from "./language";

/** Labels of the eight RFM classes, exactly as users know them in each language. */
export const RFM_CLASS_8_LABELS: Readonly<Record<RfmClass8, Readonly<Record<Language, string>>>> = {
  importantValue: { "zh-CN": "重要价值客户", "en-US": "Important value" },
  importantDevelopment: { "zh-CN": "重要发展客户", "en-US": "Important development" },
  importantRetention: { "zh-CN": "重要保持客户", "en-US": "Important retention" },
  importantWinBack: { "zh-CN": "重要挽留客户", "en-US": "Important win-back" },
  generalValue: { "zh-CN": "一般价值客户", "en-US": "General value" },
  generalDevelopment: { "zh-CN": "一般发展客户", "en-US": "General development" },
  generalRetention: { "zh-CN": "一般保持客户", "en-US": "General retention" },
  generalWinBack: { "zh-CN": "一般挽留客户", "en-US": "General win-back" },
};

/** @example rfmClass8Label("importantValue", "zh-CN") // "重要价值客户" */
export function rfmClass8Label(cls: RfmClass8, language: Language): string {
  return RFM_CLASS_8_LABELS[cls][language];
}
