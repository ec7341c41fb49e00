/**
 * The form in which two spellings of a label count as the same: Unicode NFKC (full-width letters, digits and
 * punctuation become half-width: "ＶＩＰ" → "VIP", "；" → ";"), lower case, and no whitespace at all
 * ("First  Order" = "firstorder", "客户 首单" = "客户首单").
 *
 * @example normalizeText(" Ｆｉｒｓｔ\u3000Order ") // "firstorder"
 */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");
}
