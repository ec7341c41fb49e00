import { InputError } from "../errors";

/**
 * Split `total` in proportion to `shares`, with each row held between `lower[i]` and `upper[i]`.
 * A capped row is fixed at its cap and the rest is re-shared among the others until no cap is broken.
 *
 * Formula: find λ with Σ clip(λ·sᵢ, loᵢ, hiᵢ) = total; then aᵢ = clip(λ·sᵢ, loᵢ, hiᵢ). The left side is
 * piecewise linear and non-decreasing in λ, so one sweep over the sorted break points (loᵢ/sᵢ, hiᵢ/sᵢ)
 * finds λ exactly: O(n log n). This is the unique result of the "fix the capped rows, re-share the rest"
 * procedure, computed without iterating.
 *
 * @throws InputError(value) when the caps cannot be met (Σlo > total, or the rows cannot absorb total)
 * @example cappedProportional(100, [0.5, 0.3, 0.2], [0, 0, 0], [40, Infinity, Infinity]) // [40, 36, 24]
 */
export function cappedProportional(
  total: number,
  shares: ArrayLike<number>,
  lower: ArrayLike<number>,
  upper: ArrayLike<number>,
): Float64Array {
  const n = shares.length;
  let lowerSum = 0;
  for (let i = 0; i < n; i++) lowerSum += lower[i];
  if (lowerSum > total) throw new InputError("value", "minimumsAboveTotal", { sum: lowerSum, total });

  // Events: a row starts growing at λ = lo/s and stops at λ = hi/s.
  const eventLambda: number[] = [];
  const eventSlope: number[] = [];
  let capacity = 0;
  for (let i = 0; i < n; i++) {
    const s = shares[i];
    if (s > 0) {
      eventLambda.push(lower[i] / s);
      eventSlope.push(s);
      if (upper[i] !== Infinity) {
        eventLambda.push(upper[i] / s);
        eventSlope.push(-s);
      }
      capacity += upper[i];
    } else {
      capacity += lower[i];
    }
  }
  if (capacity < total) throw new InputError("value", "maximumsBelowTotal", { sum: capacity, total });

  const order = eventLambda.map((_, e) => e).sort((a, b) => eventLambda[a] - eventLambda[b]);
  let lambda = 0;
  let value = lowerSum;
  let slope = 0;
  let solved = value >= total;
  for (const e of order) {
    if (solved) break;
    const next = eventLambda[e];
    const valueAtNext = value + slope * (next - lambda);
    if (slope > 0 && valueAtNext >= total) {
      lambda += (total - value) / slope;
      solved = true;
      break;
    }
    value = valueAtNext;
    lambda = next;
    slope += eventSlope[e];
    if (slope < 1e-15) slope = Math.max(slope, 0);
  }
  if (!solved && slope > 0) lambda += (total - value) / slope;
  // Unsolved with no slope left: λ is past every break point, so every row sits at its maximum. The capacity check
  // above guarantees Σ maximums ≥ total; the running value fell short of total only by floating-point rounding
  // (e.g. Σ maximums exactly equal to the total), so the maximums are the answer.
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.min(upper[i], Math.max(lower[i], lambda * shares[i]));
  return out;
}
