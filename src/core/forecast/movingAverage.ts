import { InputError } from "../errors";
import { checkHistory, checkPeriods } from "./series";

/**
 * Simple moving-average forecast: the next value is the mean of the last `window` values,
 * Fₜ₊₁ = (yₜ + yₜ₋₁ + … + yₜ₋ₖ₊₁) / k. Without new data the forecast stays flat for every later period.
 * Source: Heizer & Render, Operations Management, ch. 4 (moving averages): with monthly shed sales
 * 10, 12, 13, 16, 19, 23, 26, 30, 28, 18, 16, 14 the 3-month forecast for January is (18 + 16 + 14)/3 = 16.
 *
 * @throws InputError(num) for a window that is not a whole number ≥ 1; InputError(value) for a history shorter than the window
 * @example movingAverageForecast([10, 12, 13, 16, 19, 23, 26, 30, 28, 18, 16, 14], 1, 3) // [16]
 */
export function movingAverageForecast(history: ArrayLike<number>, periods: number, window = 3): number[] {
  if (!Number.isInteger(window) || window < 1) throw new InputError("num", "windowRange", { value: window });
  checkPeriods(periods);
  checkHistory(history, window, "ma");
  let sum = 0;
  for (let i = history.length - window; i < history.length; i++) sum += history[i];
  return new Array<number>(periods).fill(sum / window);
}
