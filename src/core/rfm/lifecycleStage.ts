import { InputError } from "../errors";
import type { Language } from "../i18n/language";
import { normalizeText } from "../tags/normalizeText";

/** The two lifecycle paths of the seed: e-commerce (low ticket) and high-ticket (long sales cycle) sales. */
export type LifecyclePath = "ecommerce" | "highticket";

export const LIFECYCLE_STAGES = ["stranger", "potential", "intent", "new", "firstPurchase", "repeat", "superUser"] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** Stage labels. E-commerce: 新进用户 → 首购用户 → 复购用户 → 超级用户; high-ticket adds the pre-sale steps. */
export const LIFECYCLE_LABELS: Readonly<
  Record<LifecycleStage, Readonly<Record<LifecyclePath, Readonly<Record<Language, string>>>>>
> = {
  stranger: { ecommerce: { "zh-CN": "陌生用户", "en-US": "Stranger" }, highticket: { "zh-CN": "陌生用户", "en-US": "Stranger" } },
  potential: {
    ecommerce: { "zh-CN": "潜在用户", "en-US": "Potential" },
    highticket: { "zh-CN": "潜在用户", "en-US": "Potential" },
  },
  intent: { ecommerce: { "zh-CN": "意向用户", "en-US": "Intent" }, highticket: { "zh-CN": "意向用户", "en-US": "Intent" } },
  new: { ecommerce: { "zh-CN": "新进用户", "en-US": "New" }, highticket: { "zh-CN": "新进用户", "en-US": "New" } },
  firstPurchase: {
    ecommerce: { "zh-CN": "首购用户", "en-US": "First purchase" },
    highticket: { "zh-CN": "首单用户", "en-US": "First order" },
  },
  repeat: { ecommerce: { "zh-CN": "复购用户", "en-US": "Repeat" }, highticket: { "zh-CN": "复购用户", "en-US": "Repeat" } },
  superUser: {
    ecommerce: { "zh-CN": "超级用户", "en-US": "Super user" },
    highticket: { "zh-CN": "超级用户", "en-US": "Super user" },
  },
};

/** Pre-sale steps of the high-ticket path: 0 none, 1 contact (need unclear), 2 quote (need clear). */
const PRE_SALE_WORDS: Readonly<Record<string, number>> = (() => {
  const words: [string, number][] = [
    ["none", 0],
    ["stranger", 0],
    ["陌生", 0],
    ["陌生用户", 0],
    ["无", 0],
    ["contact", 1],
    ["contacted", 1],
    ["potential", 1],
    ["潜在", 1],
    ["潜在用户", 1],
    ["接触", 1],
    ["已接触", 1],
    ["quote", 2],
    ["quoted", 2],
    ["intent", 2],
    ["意向", 2],
    ["意向用户", 2],
    ["报价", 2],
    ["已报价", 2],
  ];
  return Object.fromEntries(words.map(([w, n]) => [normalizeText(w), n]));
})();

/** Reads the furthest pre-sale step reached: 0/1/2 or one of the stage words in either language. */
export function parsePreSaleStep(value: number | string): number {
  if (typeof value === "number") {
    if (value === 0 || value === 1 || value === 2) return value;
    throw new InputError("value", "unknownStage", { value });
  }
  const step = PRE_SALE_WORDS[normalizeText(value)];
  if (step === undefined) throw new InputError("value", "unknownStage", { value });
  return step;
}

/**
 * The lifecycle stage of a customer.
 * E-commerce: 0 orders → new (新进用户); 1 → first purchase (首购用户); 2 … threshold−1 → repeat (复购用户);
 * ≥ super_threshold (default 5) → super user (超级用户).
 * High-ticket: with no order, the pre-sale step decides: none → stranger (陌生用户), contact with the need unclear →
 * potential (潜在用户), quoted with the need clear → intent (意向用户); then first order (首单用户) → repeat → super user.
 * Source: the seed's customer lifecycle paths.
 *
 * @throws InputError(num) for negative or fractional orders, or a threshold below 2
 * @example lifecycleStage(1, 0, "highticket") // "firstPurchase"
 */
export function lifecycleStage(orders: number, preSaleStep: number, path: LifecyclePath, superThreshold = 5): LifecycleStage {
  if (!(orders >= 0) || !Number.isInteger(orders))
    throw new InputError("num", "mustNotBeNegative", { what: { term: "orders" }, value: orders });
  if (!(superThreshold >= 2) || !Number.isInteger(superThreshold))
    throw new InputError("num", "superThreshold", { value: superThreshold });
  if (orders === 0) {
    if (path === "ecommerce") return "new";
    return preSaleStep >= 2 ? "intent" : preSaleStep === 1 ? "potential" : "stranger";
  }
  if (orders >= superThreshold) return "superUser";
  return orders === 1 ? "firstPurchase" : "repeat";
}

export function lifecycleLabel(stage: LifecycleStage, path: LifecyclePath, language: Language): string {
  return LIFECYCLE_LABELS[stage][path][language];
}
