import { quantileSorted, sortedFinite } from "../stats/quantile";

/** Score bins of one column: bin i (1-based) holds values in [lower[i−1], upper[i−1]). */
export interface ScoreBins {
  readonly lower: readonly number[];
  readonly upper: readonly number[];
}

/**
 * Quantile breaks exactly as R's rfm package (`rfm_table_order` / `rfm_table_customer`) computes them:
 * inner breaks bₖ = quantile(x, k/bins) + 1 for k = 1..bins−1 (R's default quantile, type 7), lower bounds
 * [min(x), b₁, …], upper bounds [b₁, …, max(x) + 1]. Bins are half-open [lower, upper), so tied values share a bin.
 * Source: rsquaredacademy/rfm, R/utils.R (bins, bins_lower, bins_upper).
 *
 * @param values the column, NaN for rows to skip
 * @example rfmQuantileBins([1, 2, 3, 4, 5], 5) // lower [1, 2.8, 3.6, 4.4, 5.2], upper [2.8, 3.6, 4.4, 5.2, 6]
 */
export function rfmQuantileBins(values: ArrayLike<number>, bins: number): ScoreBins {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return { lower: [], upper: [] };
  const inner: number[] = [];
  for (let k = 1; k < bins; k++) inner.push(quantileSorted(sorted, k / bins) + 1);
  return { lower: [sorted[0], ...inner], upper: [...inner, sorted[sorted.length - 1] + 1] };
}

/**
 * Scores 1..bins of a column from rfm's quantile bins: the bin a value falls in, counted from the bottom
 * (frequency, monetary: more is better) or from the top (recency: fewer days is better, so the lowest bin scores `bins`).
 * Equivalent to R's loop over bins, as one binary search per value: score = 1 + #{inner breaks ≤ x}.
 *
 * @example scoreByBins([1, 5], rfmQuantileBins([1, 2, 3, 4, 5], 5), 5, true) // [1, 5]
 */
export function scoreByBins(values: ArrayLike<number>, bins: ScoreBins, binCount: number, higherIsBetter: boolean): Int32Array {
  const inner = bins.lower.slice(1);
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue; // 0 marks "no score" for skipped rows
    let lo = 0;
    let hi = inner.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inner[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    out[i] = higherIsBetter ? 1 + lo : binCount - lo;
  }
  return out;
}
