/** The two languages every user-visible label and message exists in. */
export type Language = "en-US" | "zh-CN";

export const LANGUAGES: readonly Language[] = ["en-US", "zh-CN"];

/**
 * Map what a user typed (or what Office reports as its display language) to one of our languages.
 * Anything Chinese ("zh", "zh-CN", "zh-Hans", "zh-TW", "中文") maps to zh-CN, "en*" to en-US.
 * Returns undefined for anything else so the caller can decide between an error and a default.
 *
 * @example parseLanguage("zh") // "zh-CN"
 */
export function parseLanguage(text: string): Language | undefined {
  const t = text.trim().toLowerCase().replace("_", "-");
  if (t === "zh" || t.startsWith("zh-") || t === "中文" || t === "chinese") return "zh-CN";
  if (t === "en" || t.startsWith("en-") || t === "english" || t === "英文") return "en-US";
  return undefined;
}

/** The display language of Office (or a browser) reduced to ours: Chinese → zh-CN, anything else → en-US. */
export function languageFromDisplayLanguage(displayLanguage: string | undefined | null): Language {
  if (!displayLanguage) return "en-US";
  return parseLanguage(displayLanguage) === "zh-CN" ? "zh-CN" : "en-US";
}
