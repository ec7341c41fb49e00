/**
 * Percent-rank scores: score = ⌈bins × p⌉ with p = #{values ≤ x}/n, the share of customers at or below x
 * (pandas `rank(pct=True, method="max")`), so tied values get the same score and the best value scores `bins`.
 * For recency (fewer days is better) p counts the values ≥ x instead.
 * Computed in integers, ⌈bins·c/n⌉, so no rounding noise moves a customer across a boundary.
 *
 * @param values the column, NaN for rows to skip (they get 0)
 * @example scoreByPercentRank([10, 20, 20, 40], 4, true) // [1, 3, 3, 4]
 */
export function scoreByPercentRank(values: ArrayLike<number>, bins: number, higherIsBetter: boolean): Int32Array {
  const n = values.length;
  const index: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) index.push(i);
  const sign = higherIsBetter ? 1 : -1;
  index.sort((a, b) => sign * (values[a] - values[b]));
  const m = index.length;
  const out = new Int32Array(n);
  let start = 0;
  while (start < m) {
    let end = start;
    while (end + 1 < m && values[index[end + 1]] === values[index[start]]) end++;
    const atOrBelow = end + 1;
    const score = Math.max(1, Math.ceil((bins * atOrBelow) / m - 1e-12));
    for (let j = start; j <= end; j++) out[index[j]] = Math.min(bins, score);
    start = end + 1;
  }
  return out;
}
