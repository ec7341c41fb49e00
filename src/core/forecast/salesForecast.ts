import { exponentialSmoothingForecast } from "./exponentialSmoothing";
import { linearTrendForecast } from "./linearTrend";
import { movingAverageForecast } from "./movingAverage";
import { seasonalForecast } from "./seasonalForecast";

export const FORECAST_METHODS = ["ma", "ses", "linear", "seasonal"] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

/**
 * The next `periods` values of a sales history by one of four methods; `parameter` is the window ("ma",
 * default 3), α ("ses", default 0.3) or the season length ("seasonal", default 12); "linear" takes none.
 * The first step of the seed's sales plan: forecast → target → quota → budget.
 *
 * @example salesForecast([10, 20, 30], 2, "linear") // [40, 50]
 */
export function salesForecast(
  history: ArrayLike<number>,
  periods: number,
  method: ForecastMethod = "ma",
  parameter?: number,
): number[] {
  switch (method) {
    case "ma":
      return movingAverageForecast(history, periods, parameter ?? 3);
    case "ses":
      return exponentialSmoothingForecast(history, periods, parameter ?? 0.3);
    case "linear":
      return linearTrendForecast(history, periods);
    case "seasonal":
      return seasonalForecast(history, periods, parameter ?? 12);
  }
}
