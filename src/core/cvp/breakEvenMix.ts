import { InputError, requireNotNegative } from "../errors";
import { checkCvpInputs } from "./breakEven";

/**
 * Break-even units of each product for a sales mix: the weighted-average unit contribution
 * W = Σ mixᵢ (Pᵢ − VCᵢ) / Σ mixᵢ, total break-even units FC / W, split by the mix.
 * Source: Horngren, Cost Accounting, ch. 3 (multiple products, sales mix).
 *
 * @throws InputError(value) for lists of different lengths; InputError(num) for negative mix or prices, a product
 *   sold below its variable cost with a non-zero mix; InputError(div0) for an all-zero mix
 * @example breakEvenMix(9600, [20, 30], [12, 18], [3, 2]) // [600, 400]
 */
export function breakEvenMix(
  fixedCosts: number,
  prices: ArrayLike<number>,
  variableCosts: ArrayLike<number>,
  mix: ArrayLike<number>,
): number[] {
  const n = prices.length;
  if (variableCosts.length !== n || mix.length !== n)
    throw new InputError("value", "shapeMismatch", {
      what: { term: "mixInputs" },
      expected: `${n}×1`,
      actual: `${variableCosts.length === n ? mix.length : variableCosts.length}×1`,
    });
  requireNotNegative(fixedCosts, "fixedCosts");
  let mixTotal = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    requireNotNegative(mix[i], "mix");
    if (mix[i] > 0) checkCvpInputs(fixedCosts, prices[i], variableCosts[i]);
    mixTotal += mix[i];
    weighted += mix[i] * (prices[i] - variableCosts[i]);
  }
  if (mixTotal === 0) throw new InputError("div0", "mixAllZero");
  const totalUnits = fixedCosts / (weighted / mixTotal);
  return Array.from({ length: n }, (_, i) => (totalUnits * mix[i]) / mixTotal);
}
