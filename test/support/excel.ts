/* Helpers for tests of custom functions: read what a function returned the way a user sees it in Excel. */
import { SimulatedCustomFunctionError } from "./customFunctionsRuntime";

export type Shown = number | string | boolean | { error: string; message?: string };

/** What each cell shows: the value, or { error: "#VALUE!", message } for an error value. */
export function shown(value: unknown): Shown | Shown[][] {
  if (Array.isArray(value)) return value.map((row: unknown[]) => row.map((cell) => shown(cell) as Shown));
  if (value instanceof SimulatedCustomFunctionError)
    return value.message ? { error: value.code, message: value.message } : { error: value.code };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  throw new Error(`a custom function returned ${String(value)}, which Excel cannot show`);
}

export function errorCode(value: unknown): string | undefined {
  return value instanceof SimulatedCustomFunctionError ? value.code : undefined;
}

/** A column range as Excel passes it: [[a], [b], ...]. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}
