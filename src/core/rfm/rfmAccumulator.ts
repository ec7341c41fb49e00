import { InputError } from "../errors";
import type { FrequencyMode, RfmTable } from "./rfmTable";

/**
 * RFMTABLE in one streaming pass with memory bounded by the number of customers (not of transactions): add each
 * transaction as it is read, then `finish`. Same definitions and results as buildRfmTable (which holds all rows).
 * "days" mode also keeps one entry per distinct (customer, day).
 *
 * @example const acc = new RfmAccumulator(); acc.add("a", 39000, 10); acc.finish().monetary // [10]
 */
export class RfmAccumulator {
  private readonly index = new Map<string, number>();
  private readonly keys: string[] = [];
  private first = new Float64Array(1024);
  private last = new Float64Array(1024);
  private count = new Float64Array(1024);
  private sum = new Float64Array(1024);
  private readonly days?: Set<number>;
  private maxDate = -Infinity;
  private maxDateRow = 0;
  private rows = 0;

  constructor(readonly frequencyMode: FrequencyMode = "rows") {
    if (frequencyMode === "days") this.days = new Set<number>();
  }

  /** One transaction: customer key, date as a serial day number, amount. */
  add(customer: string, date: number, amount: number): void {
    let c = this.index.get(customer);
    if (c === undefined) {
      c = this.keys.length;
      this.index.set(customer, c);
      this.keys.push(customer);
      if (c === this.last.length) this.grow();
      this.first[c] = this.rows;
      this.last[c] = -Infinity;
    }
    const d = Math.floor(date);
    if (d > this.last[c]) this.last[c] = d;
    if (d > this.maxDate) {
      this.maxDate = d;
      this.maxDateRow = this.rows;
    }
    this.sum[c] += amount;
    if (this.days) {
      const pair = c * 4_194_304 + d;
      if (!this.days.has(pair)) {
        this.days.add(pair);
        this.count[c] += 1;
      }
    } else this.count[c] += 1;
    this.rows++;
  }

  get transactions(): number {
    return this.rows;
  }

  /** The table; `asOf` defaults to the day after the last transaction. */
  finish(asOf?: number): RfmTable {
    if (this.rows === 0) throw new InputError("value", "emptyInput", { what: { term: "rfmInputs" } });
    const day = asOf === undefined ? this.maxDate + 1 : Math.floor(asOf);
    if (this.maxDate > day) throw new InputError("num", "dateAfterAsOf", { row: this.maxDateRow + 1 });
    const k = this.keys.length;
    const recency = new Float64Array(k);
    for (let c = 0; c < k; c++) recency[c] = day - this.last[c];
    return {
      firstRow: Int32Array.from(this.first.subarray(0, k)),
      customers: this.keys,
      recency,
      frequency: this.count.slice(0, k),
      monetary: this.sum.slice(0, k),
      asOf: day,
    };
  }

  private grow(): void {
    const g = (a: Float64Array) => {
      const b = new Float64Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.first = g(this.first);
    this.last = g(this.last);
    this.count = g(this.count);
    this.sum = g(this.sum);
  }
}
