import { decimalsIn } from "../money";

/**
 * Absolute comparison (绝对分析法): difference = actual − reference and rate = difference ÷ |reference|, where the
 * reference is the plan, the prior period or the best performer. The difference is exact to the precision of the
 * inputs (12.3 − 10.1 = 2.2, not 2.2000000000000006); the rate is NaN when the reference is 0.
 * Source: the seed's sales activity analysis (comparison with plan, with the previous period, with the best).
 *
 * @example planVariance(110, 100) // { difference: 10, rate: 0.1 }
 */
export function planVariance(actual: number, reference: number): { difference: number; rate: number } {
  const d = Math.min(10, Math.max(decimalsIn(actual), decimalsIn(reference)));
  const difference = Number((actual - reference).toFixed(d));
  return { difference, rate: reference === 0 ? NaN : difference / Math.abs(reference) };
}
