import { checkPeriods } from "./series";
import { fitLinearTrend } from "./linearTrend";
import { seasonalIndices } from "./seasonalIndex";

/**
 * Trend × season forecast (classical multiplicative model): seasonal indices by the simple average method,
 * the history deseasonalised (yₜ ÷ index), a least-squares trend fitted to it, and the trend continued and
 * multiplied back by the index of each future period's position: Fₜ = (a + b·t) × I(t mod L).
 * Source: the seed's forecasting chapter (趋势 × 季节指数); Makridakis et al., Forecasting, ch. 3.
 *
 * @throws InputError as seasonalIndices (fewer values than one season, non-positive values)
 * @example seasonalForecast([10, 30, 12, 36], 2, 2) // ≈ [13.8, 41.4]
 */
export function seasonalForecast(history: ArrayLike<number>, periods: number, seasonLength = 12): number[] {
  checkPeriods(periods);
  const indices = seasonalIndices(history, seasonLength, "average");
  const n = history.length;
  const deseasonalised = Float64Array.from({ length: n }, (_, t) => history[t] / indices[t % seasonLength]);
  const { intercept, slope } = fitLinearTrend(deseasonalised);
  return Array.from({ length: periods }, (_, h) => {
    const t = n + h; // 0-based position of the future period
    return (intercept + slope * (t + 1)) * indices[t % seasonLength];
  });
}
