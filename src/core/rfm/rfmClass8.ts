import { InputError } from "../errors";
import { mean } from "../stats/mean";
import { median } from "../stats/quantile";

/**
 * The eight RFM customer classes of the seed model, in a fixed order:
 * index = (M low ? 4 : 0) + (R low ? 2 : 0) + (F low ? 1 : 0).
 * 0 重要价值 Important value, 1 重要发展 Important development, 2 重要保持 Important retention,
 * 3 重要挽留 Important win-back, 4 一般价值 General value, 5 一般发展 General development,
 * 6 一般保持 General retention, 7 一般挽留 General win-back.
 */
export const RFM_CLASS_8 = [
  "importantValue",
  "importantDevelopment",
  "importantRetention",
  "importantWinBack",
  "generalValue",
  "generalDevelopment",
  "generalRetention",
  "generalWinBack",
] as const;

export type RfmClass8 = (typeof RFM_CLASS_8)[number];

/** Cut points: R is high when recency ≤ r; F is high when frequency ≥ f; M is high when monetary ≥ m. */
export interface RfmThresholds {
  readonly recency: number;
  readonly frequency: number;
  readonly monetary: number;
}

/**
 * The class of one customer in the seed's eight-class RFM model.
 *
 * Rules: R high ⇔ recency ≤ t.r (recent is good); F high ⇔ frequency ≥ t.f; M high ⇔ monetary ≥ t.m.
 * M decides 重要 (important) or 一般 (general); R and F decide 价值 (value, both high), 发展 (development, R only),
 * 保持 (retention, F only) or 挽留 (win-back, neither).
 * Source: the seed's customer-layering model (RFM, R/F/M each high or low against the average).
 *
 * @example classifyRfm8(10, 5, 800, { recency: 30, frequency: 3, monetary: 500 }) // "importantValue"
 */
export function classifyRfm8(recency: number, frequency: number, monetary: number, t: RfmThresholds): RfmClass8 {
  const rLow = recency > t.recency;
  const fLow = frequency < t.frequency;
  const mLow = monetary < t.monetary;
  return RFM_CLASS_8[(mLow ? 4 : 0) + (rLow ? 2 : 0) + (fLow ? 1 : 0)];
}

/** How thresholds are derived from the data when the user gives none. */
export type ThresholdRule = "average" | "median";

/**
 * Thresholds from the data: the average (the seed's rule) or the median of each column,
 * over the valid rows only (rows marked NaN in any column are skipped by the caller).
 *
 * @throws InputError(value) with fewer than two valid rows: an average of one customer says nothing.
 * @example rfmThresholdsFromData([10, 30], [2, 4], [100, 300], "average") // { recency: 20, frequency: 3, monetary: 200 }
 */
export function rfmThresholdsFromData(
  recency: ArrayLike<number>,
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>,
  rule: ThresholdRule,
): RfmThresholds {
  let valid = 0;
  for (let i = 0; i < recency.length; i++) if (!Number.isNaN(recency[i])) valid++;
  if (valid < 2) throw new InputError("value", "needThresholds");
  const stat = rule === "median" ? median : mean;
  return { recency: stat(recency), frequency: stat(frequency), monetary: stat(monetary) };
}
