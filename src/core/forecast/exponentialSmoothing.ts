import { InputError } from "../errors";
import { checkHistory, checkPeriods } from "./series";

/**
 * Simple exponential smoothing: Fₜ₊₁ = Fₜ + α(yₜ − Fₜ), started with F₁ = y₁; flat beyond the next period.
 * Source: Heizer & Render, Operations Management, ch. 4: forecast 142 tons, actual 153, α = 0.20 →
 * next forecast 142 + 0.2 × (153 − 142) = 144.2.
 *
 * @throws InputError(num) for α outside (0, 1]; InputError(value) for fewer than two values
 * @example exponentialSmoothingForecast([142, 153], 1, 0.2) // [144.2]
 */
export function exponentialSmoothingForecast(history: ArrayLike<number>, periods: number, alpha = 0.3): number[] {
  if (!(alpha > 0 && alpha <= 1)) throw new InputError("num", "alphaRange", { value: alpha });
  checkPeriods(periods);
  checkHistory(history, 2, "ses");
  let level = history[0];
  for (let t = 1; t < history.length; t++) level += alpha * (history[t] - level);
  return new Array<number>(periods).fill(level);
}
