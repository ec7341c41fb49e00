import { InputError, requireNotNegative } from "../errors";

/**
 * Composite quota attainment (综合配额完成率): the weighted mean of the attainment of each quota,
 * Σ wᵢ · min(actualᵢ / quotaᵢ, cap) / Σ wᵢ. A cap (e.g. 1.5) keeps one over-achieved quota from hiding misses elsewhere.
 * Source: the seed's quota types (composite quota: sales volume, financial and activity quotas with weights).
 *
 * @throws InputError(div0) for a zero quota; InputError(num) for a negative quota, actual or weight, or a cap ≤ 0;
 *   InputError(div0) when all weights are zero
 * @example compositeAttainment([110, 45, 30], [100, 50, 30], [0.5, 0.3, 0.2]) // 1.02
 */
export function compositeAttainment(
  actual: ArrayLike<number>,
  quota: ArrayLike<number>,
  weights: ArrayLike<number>,
  cap = Infinity,
): number {
  if (!(cap > 0)) throw new InputError("num", "mustBePositive", { what: { term: "cap" }, value: cap });
  let weighted = 0;
  let total = 0;
  for (let i = 0; i < actual.length; i++) {
    requireNotNegative(quota[i], "quota");
    requireNotNegative(actual[i], "actual");
    requireNotNegative(weights[i], "weights");
    if (quota[i] === 0) throw new InputError("div0", "zeroQuota", { row: i + 1 });
    weighted += weights[i] * Math.min(actual[i] / quota[i], cap);
    total += weights[i];
  }
  if (total === 0) throw new InputError("div0", "weightsAllZero");
  return weighted / total;
}
