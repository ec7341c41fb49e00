/* Readers for the test fixtures (copied from the project's shared data; see test/fixtures/README.md). */
import * as fs from "fs";
import * as path from "path";
import { serialFromText } from "../../src/core/rfm/dates";

export const FIXTURES = path.resolve(__dirname, "..", "fixtures");

/** rfm_data_orders.csv: customer_id, order_date, revenue (plain CSV: no quoted commas in these columns). */
export function readRfmOrders(): { customers: string[]; dates: Float64Array; amounts: Float64Array; rawDates: string[] } {
  const lines = fs.readFileSync(path.join(FIXTURES, "rfm_data_orders.csv"), "utf8").trim().split(/\r?\n/);
  const rows = lines.slice(1).map((l) => l.split(","));
  return {
    customers: rows.map((r) => r[0]),
    rawDates: rows.map((r) => r[1]),
    dates: Float64Array.from(rows, (r) => serialFromText(r[1])),
    amounts: Float64Array.from(rows, (r) => Number(r[2])),
  };
}

/** The sales column of a "Month","Sales" file (quoted month, integer sales). */
function readMonthlySales(file: string): number[] {
  const lines = fs.readFileSync(path.join(FIXTURES, file), "utf8").trim().split(/\r?\n/);
  return lines.slice(1).map((l) => Number(l.split(",")[1]));
}

/** monthly-car-sales.csv: 1960-01 .. 1968-12. */
export function readCarSales(): number[] {
  return readMonthlySales("monthly-car-sales.csv");
}

/** monthly_champagne_sales.csv: "Month","Sales", 1964-01 .. 1972-09 (105 months: the last season is incomplete). */
export function readChampagneSales(): number[] {
  return readMonthlySales("monthly_champagne_sales.csv");
}
