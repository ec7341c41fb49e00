import { checkHistory, checkPeriods } from "./series";

export interface LinearTrend {
  readonly intercept: number;
  readonly slope: number;
}

/**
 * Least-squares trend line y = a + b·t over t = 1..n: b = (Σty − n·t̄·ȳ) / (Σt² − n·t̄²), a = ȳ − b·t̄.
 * Source: Heizer & Render, Operations Management, ch. 4 (trend projection): generator demand
 * 74, 79, 80, 90, 105, 142, 122 → y = 56.71 + 10.54·t, forecast for t = 8 ≈ 141.
 *
 * @example fitLinearTrend([2, 4, 6]) // { intercept: 0, slope: 2 }
 */
export function fitLinearTrend(values: ArrayLike<number>): LinearTrend {
  const n = values.length;
  const tBar = (n + 1) / 2;
  let yBar = 0;
  for (let i = 0; i < n; i++) yBar += values[i];
  yBar /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dt = i + 1 - tBar;
    sxy += dt * (values[i] - yBar);
    sxx += dt * dt;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { intercept: yBar - slope * tBar, slope };
}

/**
 * Linear-trend forecast: the fitted line continued for t = n+1 … n+periods.
 *
 * @throws InputError(value) for fewer than two values
 * @example linearTrendForecast([10, 20, 30], 2) // [40, 50]
 */
export function linearTrendForecast(history: ArrayLike<number>, periods: number): number[] {
  checkPeriods(periods);
  checkHistory(history, 2, "linear");
  const { intercept, slope } = fitLinearTrend(history);
  const n = history.length;
  return Array.from({ length: periods }, (_, h) => intercept + slope * (n + h + 1));
}
