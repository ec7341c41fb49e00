/**
 * Sample quantile by linear interpolation between order statistics: R's default `quantile(type = 7)`,
 * Excel's PERCENTILE.INC and numpy's default.
 *
 * Formula: h = (n − 1)·p; Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) on the sorted values (0-based).
 * Source: Hyndman & Fan (1996), "Sample quantiles in statistical packages", definition 7.
 *
 * @param sorted values sorted ascending, without NaN
 * @param p probability in [0, 1]
 * @example quantileSorted([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  if (p <= 0) return sorted[0];
  if (p >= 1) return sorted[n - 1];
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The values that are not NaN, sorted ascending, in a new Float64Array (one sort, no boxing). */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) n++;
  const out = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out[j++] = values[i];
  return out.sort();
}

/**
 * Median of the values that are not NaN (R's `median`, Excel's MEDIAN).
 *
 * @example median([5, 1, NaN, 3]) // 3
 */
export function median(values: ArrayLike<number>): number {
  return quantileSorted(sortedFinite(values), 0.5);
}
