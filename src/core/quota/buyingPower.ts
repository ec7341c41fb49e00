import { InputError, requireNotNegative } from "../errors";

/** The classic weights of the buying-power index: income 0.5, retail sales 0.3, population 0.2. */
export const BUYING_POWER_WEIGHTS: readonly [number, number, number] = [0.5, 0.3, 0.2];

/**
 * Regional buying-power index (购买力指数): BPI = w₁·income share + w₂·retail-sales share + w₃·population share,
 * with the weights normalised to sum to 1 (default 0.5, 0.3, 0.2). Shares may be given as ratios or percentages;
 * the index comes back in the same unit. It is a common basis for quotas by region (QUOTAALLOC).
 * Source: Kotler, Marketing Management (market-potential estimation, the Sales & Marketing Management index).
 *
 * @throws InputError(num) for a negative share or weight; InputError(div0) for all-zero weights
 * @example buyingPowerIndex(0.2, 0.1, 0.1) // 0.15
 */
export function buyingPowerIndex(
  incomeShare: number,
  retailShare: number,
  populationShare: number,
  weights: readonly number[] = BUYING_POWER_WEIGHTS,
): number {
  requireNotNegative(incomeShare, "incomeShare");
  requireNotNegative(retailShare, "retailShare");
  requireNotNegative(populationShare, "populationShare");
  checkBuyingPowerWeights(weights);
  const total = weights[0] + weights[1] + weights[2];
  return (weights[0] * incomeShare + weights[1] * retailShare + weights[2] * populationShare) / total;
}

export function checkBuyingPowerWeights(weights: readonly number[]): void {
  if (weights.length !== 3) throw new InputError("value", "weightsCount", { columns: 3, weights: weights.length });
  for (const w of weights) requireNotNegative(w, "weights");
  if (weights[0] + weights[1] + weights[2] === 0) throw new InputError("div0", "weightsAllZero");
}
