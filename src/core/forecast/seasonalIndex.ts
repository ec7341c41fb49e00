import { InputError } from "../errors";
import { checkHistory } from "./series";

export type SeasonalMethod = "average" | "ratio";

/**
 * Seasonal indices, one per position in the season, averaging exactly 1 (they sum to the season length).
 *
 * "average" (simple average method, 按月平均法): index of position j = mean of the values at j ÷ mean of the
 * position means. With complete seasons the denominator is the overall monthly mean. An incomplete last season is
 * allowed: each position averages the values it has, and dividing by the mean of the position means keeps the
 * indices averaging 1. Source: the seed's sales-forecast chapter; shared data README (car sales 1960–68:
 * 0.7452, 0.7923, 1.1707, … 0.8514).
 *
 * "ratio" (ratio to moving average, 移动平均比率法): the centred moving average of length L (a 2×L average
 * when L is even) removes season and noise; each value ÷ its centred average is a raw seasonal ratio; the ratios
 * of each position are averaged and scaled to average 1. Needs two full seasons.
 * Source: Makridakis, Wheelwright & Hyndman, Forecasting, ch. 3 (classical decomposition).
 *
 * @throws InputError(value) for fewer values than one season ("average") or two seasons ("ratio");
 *   InputError(num) for a season length below 2, or a non-positive value (an index needs positive sales)
 * @example seasonalIndices([1, 3, 1, 3], 2) // [0.5, 1.5]
 */
export function seasonalIndices(history: ArrayLike<number>, seasonLength = 12, method: SeasonalMethod = "average"): number[] {
  if (!Number.isInteger(seasonLength) || seasonLength < 2)
    throw new InputError("num", "seasonLengthRange", { value: seasonLength });
  checkHistory(history, method === "ratio" ? 2 * seasonLength : seasonLength, method);
  for (let i = 0; i < history.length; i++)
    if (!(history[i] > 0)) throw new InputError("num", "mustBePositive", { what: { term: "history" }, value: history[i] });
  return method === "ratio" ? ratioToMovingAverage(history, seasonLength) : simpleAverage(history, seasonLength);
}

function simpleAverage(history: ArrayLike<number>, L: number): number[] {
  const sum = new Array<number>(L).fill(0);
  const count = new Array<number>(L).fill(0);
  for (let i = 0; i < history.length; i++) {
    sum[i % L] += history[i];
    count[i % L] += 1;
  }
  const means = sum.map((s, j) => s / count[j]);
  return normalise(means);
}

function ratioToMovingAverage(history: ArrayLike<number>, L: number): number[] {
  const n = history.length;
  const half = Math.floor(L / 2);
  const sum = new Array<number>(L).fill(0);
  const count = new Array<number>(L).fill(0);
  for (let t = half; t + half <= n - 1; t++) {
    let cma: number;
    if (L % 2 === 1) {
      let s = 0;
      for (let k = t - half; k <= t + half; k++) s += history[k];
      cma = s / L;
    } else {
      let s = 0.5 * history[t - half] + 0.5 * history[t + half];
      for (let k = t - half + 1; k <= t + half - 1; k++) s += history[k];
      cma = s / L;
    }
    sum[t % L] += history[t] / cma;
    count[t % L] += 1;
  }
  return normalise(sum.map((s, j) => s / count[j]));
}

function normalise(raw: number[]): number[] {
  const mean = raw.reduce((a, b) => a + b, 0) / raw.length;
  return raw.map((x) => x / mean);
}
