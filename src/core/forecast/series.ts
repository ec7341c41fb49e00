import { InputError } from "../errors";

/**
 * Checks shared by the forecasting methods: a history of at least `minimum` finite values.
 *
 * @throws InputError(value) when the series is too short for the method
 */
export function checkHistory(history: ArrayLike<number>, minimum: number, method: string): void {
  if (history.length < minimum) throw new InputError("value", "seriesTooShort", { method, minimum, actual: history.length });
}

/** Checks the number of periods to forecast: a whole number from 1 to 1000. */
export function checkPeriods(periods: number): void {
  if (!Number.isInteger(periods) || periods < 1 || periods > 1000)
    throw new InputError("num", "periodsRange", { value: periods });
}
