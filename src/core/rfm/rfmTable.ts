import { InputError } from "../errors";
import { RfmAccumulator } from "./rfmAccumulator";

export type FrequencyMode = "rows" | "days";

export interface RfmTable {
  /** Row index (0-based, into the input) of each customer's first transaction, in order of first appearance. */
  readonly firstRow: Int32Array;
  /** Customer keys in order of first appearance. */
  readonly customers: readonly string[];
  /** Days from the last purchase to the analysis date. */
  readonly recency: Float64Array;
  /** Number of transactions (rows) or of distinct purchase days. */
  readonly frequency: Float64Array;
  /** Sum of the amounts. */
  readonly monetary: Float64Array;
  /** The analysis date used (serial day number). */
  readonly asOf: number;
}

/**
 * Transactions → one row per customer: recency (as_of − last purchase date, in days), frequency and monetary (sum).
 * The same definitions as R rfm's `rfm_table_order` (recency_days, transaction_count, amount). Customers come in
 * order of first appearance; `asOf` defaults to the day after the last transaction (never "today": the result must
 * not change on its own). One pass over the rows through RfmAccumulator (a hash map and typed arrays; "days" adds a
 * set of (customer, day) pairs).
 *
 * @param customers customer key per row
 * @param dates purchase date per row, as serial day numbers (a fraction is the time of day and is ignored: recency
 *   counts whole days)
 * @param amounts amount per row
 * @throws InputError(num) when a purchase is dated after `asOf`
 * @example buildRfmTable(["a", "b", "a"], [39000, 39010, 39020], [10, 5, 20]).monetary // [30, 5]
 */
export function buildRfmTable(
  customers: ArrayLike<string>,
  dates: ArrayLike<number>,
  amounts: ArrayLike<number>,
  options: { asOf?: number; frequencyMode?: FrequencyMode; rowOffset?: number } = {},
): RfmTable {
  const n = customers.length;
  if (n === 0) {
    const empty = new Float64Array(0);
    return { firstRow: new Int32Array(0), customers: [], recency: empty, frequency: empty, monetary: empty, asOf: -Infinity };
  }
  const accumulator = new RfmAccumulator(options.frequencyMode);
  for (let i = 0; i < n; i++) accumulator.add(customers[i], dates[i], amounts[i]);
  if (options.asOf !== undefined) {
    // name the first row dated after the analysis date (the accumulator only knows the latest one)
    const asOf = Math.floor(options.asOf);
    for (let i = 0; i < n; i++)
      if (Math.floor(dates[i]) > asOf) {
        const row = firstLateRow(dates, asOf);
        throw new InputError("num", "dateAfterAsOf", { row: row + 1 + (options.rowOffset ?? 0) });
      }
  }
  return accumulator.finish(options.asOf);
}

function firstLateRow(dates: ArrayLike<number>, asOf: number): number {
  for (let i = 0; i < dates.length; i++) if (dates[i] > asOf) return i;
  return 0;
}
