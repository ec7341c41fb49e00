import { InputError } from "../errors";

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
 * not change on its own). One pass over the rows with a hash map; "days" adds a set of (customer, day) pairs.
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
  const index = new Map<string, number>();
  const keys: string[] = [];
  let firstRow: Int32Array = new Int32Array(64);
  let last: Float64Array = new Float64Array(64);
  let count: Float64Array = new Float64Array(64);
  let sum: Float64Array = new Float64Array(64);
  const days = options.frequencyMode === "days" ? new Set<number>() : undefined;
  let maxDate = -Infinity;
  for (let i = 0; i < n; i++) {
    const key = customers[i];
    let c = index.get(key);
    if (c === undefined) {
      c = keys.length;
      index.set(key, c);
      keys.push(key);
      if (c === firstRow.length) {
        firstRow = growInt(firstRow);
        last = growFloat(last);
        count = growFloat(count);
        sum = growFloat(sum);
      }
      firstRow[c] = i;
      last[c] = -Infinity;
    }
    const d = Math.floor(dates[i]); // whole days, as R's as.Date: the time of day does not count
    if (d > last[c]) last[c] = d;
    if (d > maxDate) maxDate = d;
    sum[c] += amounts[i];
    if (days) {
      const pair = c * 4_194_304 + d; // 2^22 days per customer slot: far beyond any calendar
      if (!days.has(pair)) {
        days.add(pair);
        count[c] += 1;
      }
    } else {
      count[c] += 1;
    }
  }
  const asOf = options.asOf === undefined ? maxDate + 1 : Math.floor(options.asOf);
  const k = keys.length;
  const recency = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    recency[c] = asOf - last[c];
    if (recency[c] < 0) {
      const row = firstLateRow(dates, asOf);
      throw new InputError("num", "dateAfterAsOf", { row: row + 1 + (options.rowOffset ?? 0) });
    }
  }
  return {
    firstRow: firstRow.slice(0, k),
    customers: keys,
    recency,
    frequency: count.slice(0, k),
    monetary: sum.slice(0, k),
    asOf,
  };
}

function growInt(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function growFloat(a: Float64Array): Float64Array {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}

function firstLateRow(dates: ArrayLike<number>, asOf: number): number {
  for (let i = 0; i < dates.length; i++) if (dates[i] > asOf) return i;
  return 0;
}
