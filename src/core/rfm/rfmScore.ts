import { InputError } from "../errors";
import { rfmQuantileBins, scoreByBins, type ScoreBins } from "./rfmScoreQuantile";
import { scoreByPercentRank } from "./rfmScorePercentRank";
import { scoreByRank } from "./rfmScoreRank";

export const SCORE_METHODS = ["quantile", "rank", "percentrank"] as const;
export type ScoreMethod = (typeof SCORE_METHODS)[number];

export interface RfmScores {
  /** Scores 1..bins; 0 for rows that were skipped (NaN in the input). */
  readonly recency: Int32Array;
  readonly frequency: Int32Array;
  readonly monetary: Int32Array;
  /** 100R + 10F + M (bins ≤ 9), 0 for skipped rows. */
  readonly combined: Int32Array;
  /** The bins of the "quantile" method (R rfm's threshold table); undefined for the other methods. */
  readonly thresholds?: { recency: ScoreBins; frequency: ScoreBins; monetary: ScoreBins };
}

/**
 * R, F and M scores in 1..bins and the combined score, by one of three methods:
 * - "quantile": R's rfm package (quantile breaks, ties share a score) — matches `rfm_table_order` exactly;
 * - "rank": the pandas recipe, `qcut(rank(method="first"))` — equal-count bins, ties broken by order;
 * - "percentrank": ⌈bins × percent rank⌉ — ties share a score.
 * Recency scores high when recency is small. Rows with NaN in any column are skipped (score 0).
 *
 * @throws InputError(num) for bins outside 2..9 (the combined score needs one digit per score)
 * @example scoreRfm([205, 140], [6, 3], [472, 340], 5, "quantile").combined
 */
export function scoreRfm(
  recency: ArrayLike<number>,
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>,
  bins = 5,
  method: ScoreMethod = "quantile",
): RfmScores {
  if (!Number.isInteger(bins) || bins < 2 || bins > 9) throw new InputError("num", "binsRange", { value: bins });
  const n = recency.length;
  // A row is scored only when all three values are present, so every column is ranked over the same customers.
  const r = new Float64Array(n);
  const f = new Float64Array(n);
  const m = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const skip = Number.isNaN(recency[i]) || Number.isNaN(frequency[i]) || Number.isNaN(monetary[i]);
    r[i] = skip ? NaN : recency[i];
    f[i] = skip ? NaN : frequency[i];
    m[i] = skip ? NaN : monetary[i];
  }
  let R: Int32Array, F: Int32Array, M: Int32Array;
  let thresholds: RfmScores["thresholds"];
  if (method === "quantile") {
    thresholds = { recency: rfmQuantileBins(r, bins), frequency: rfmQuantileBins(f, bins), monetary: rfmQuantileBins(m, bins) };
    R = scoreByBins(r, thresholds.recency, bins, false);
    F = scoreByBins(f, thresholds.frequency, bins, true);
    M = scoreByBins(m, thresholds.monetary, bins, true);
  } else if (method === "rank") {
    R = scoreByRank(r, bins, false);
    F = scoreByRank(f, bins, true);
    M = scoreByRank(m, bins, true);
  } else {
    R = scoreByPercentRank(r, bins, false);
    F = scoreByPercentRank(f, bins, true);
    M = scoreByPercentRank(m, bins, true);
  }
  const combined = new Int32Array(n);
  for (let i = 0; i < n; i++) combined[i] = R[i] === 0 ? 0 : R[i] * 100 + F[i] * 10 + M[i];
  return { recency: R, frequency: F, monetary: M, combined, thresholds };
}
