/**
 * Equal-count scores, the pandas recipe `pd.qcut(x.rank(method="first"), bins, labels=1..bins)`:
 * rank the values 1..n (ties by order of appearance), cut the ranks at the type-7 quantiles
 * eₖ = 1 + (n − 1)·k/bins into right-closed bins (the first includes its lower edge).
 * Every bin then holds ⌊n/bins⌋ or ⌈n/bins⌉ customers. For recency (fewer days is better) the labels are reversed,
 * as in the recipe's `labels=[5, 4, 3, 2, 1]`.
 * Source: pandas documentation, `Series.rank(method="first")` and `qcut`.
 *
 * @param values the column, NaN for rows to skip (they get 0)
 * @example scoreByRank([10, 20, 20, 40], 2, true) // [1, 1, 2, 2]
 */
export function scoreByRank(values: ArrayLike<number>, bins: number, higherIsBetter: boolean): Int32Array {
  const n = values.length;
  const index: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) index.push(i);
  index.sort((a, b) => values[a] - values[b] || a - b); // stable by position: rank "first"
  const m = index.length;
  const out = new Int32Array(n);
  for (let r = 0; r < m; r++) {
    const rank = r + 1;
    // smallest k with rank ≤ 1 + (m − 1)·k/bins  ⇔  k ≥ (rank − 1)·bins/(m − 1)
    const k = m === 1 ? 1 : Math.max(1, Math.ceil(((rank - 1) * bins) / (m - 1) - 1e-12));
    out[index[r]] = higherIsBetter ? k : bins + 1 - k;
  }
  return out;
}
