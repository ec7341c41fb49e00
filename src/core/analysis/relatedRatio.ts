import { InputError } from "../errors";

/**
 * Related ratio (相关比率): one indicator ÷ a related one, e.g. expense rate = selling expenses ÷ sales,
 * sales per rep = sales ÷ reps.
 * Source: the seed's sales activity analysis (ratio analysis: related ratios).
 *
 * @throws InputError(div0) for a zero denominator
 * @example relatedRatio(50_000, 1_000_000) // 0.05
 */
export function relatedRatio(a: number, b: number): number {
  if (b === 0) throw new InputError("div0", "zeroDenominator");
  return a / b;
}
