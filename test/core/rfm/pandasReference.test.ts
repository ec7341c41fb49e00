/* RFMSCORE's "rank" and "percentrank" methods against pandas itself, on rfm_data_orders (test/fixtures/README.md:
 * rfm_pandas_scores.csv was written by scripts/reference/pandas_rfm_scores.py with pandas 1.5.3). */
import * as fs from "fs";
import * as path from "path";
import { serialFromYmd } from "../../../src/core/rfm/dates";
import { scoreRfm } from "../../../src/core/rfm/rfmScore";
import { buildRfmTable } from "../../../src/core/rfm/rfmTable";
import { FIXTURES, readRfmOrders } from "../../support/fixtures";

const orders = readRfmOrders();
const table = buildRfmTable(orders.customers, orders.dates, orders.amounts, { asOf: serialFromYmd(2006, 12, 31) });
const lines = fs.readFileSync(path.join(FIXTURES, "rfm_pandas_scores.csv"), "utf8").trim().split(/\r?\n/);
const header = lines[0].split(",");
const pandas = lines.slice(1).map((l) => {
  const cells = l.split(",");
  return Object.fromEntries(header.map((h, i) => [h, i === 0 ? cells[0] : Number(cells[i])])) as Record<string, number> & {
    customer: string;
  };
});

test("same customers in the same order as pandas' groupby over first appearance", () => {
  expect(pandas.map((p) => p.customer)).toEqual(table.customers);
});

test.each([
  ["rank", "rank"],
  ["percentrank", "pct"],
] as const)('"%s" gives pandas\' scores for all 995 customers', (method, prefix) => {
  const s = scoreRfm(table.recency, table.frequency, table.monetary, 5, method);
  const mismatches: string[] = [];
  pandas.forEach((p, i) => {
    const ours = [s.recency[i], s.frequency[i], s.monetary[i]];
    const theirs = [p[`${prefix}_r`], p[`${prefix}_f`], p[`${prefix}_m`]];
    if (ours.join() !== theirs.join()) mismatches.push(`${p.customer}: ours ${ours.join("")}, pandas ${theirs.join("")}`);
  });
  expect(mismatches).toEqual([]);
});
