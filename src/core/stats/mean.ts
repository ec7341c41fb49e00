/**
 * Arithmetic mean of the finite values, skipping NaN (our marker for a blank or invalid row).
 *
 * Formula: x̄ = Σxᵢ / n over the n values that are not NaN.
 *
 * @returns NaN when there is no value.
 * @example mean([1, 2, NaN, 6]) // 3
 */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isNaN(v)) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? NaN : sum / n;
}
