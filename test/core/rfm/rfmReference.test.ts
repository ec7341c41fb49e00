/* R rfm's published results on rfm_data_orders (test/fixtures/README.md), reproduced exactly. */
import { serialFromYmd } from "../../../src/core/rfm/dates";
import { scoreRfm } from "../../../src/core/rfm/rfmScore";
import { buildRfmTable } from "../../../src/core/rfm/rfmTable";
import { RFM_DEFAULT_MAP, segmentByMap } from "../../../src/core/rfm/segmentMaps";
import { readRfmOrders } from "../../support/fixtures";

const orders = readRfmOrders();
const table = buildRfmTable(orders.customers, orders.dates, orders.amounts, { asOf: serialFromYmd(2006, 12, 31) });
const scores = scoreRfm(table.recency, table.frequency, table.monetary, 5, "quantile");
const segments = segmentByMap(scores.recency, scores.frequency, scores.monetary, RFM_DEFAULT_MAP);

test("995 customers, revenue 464,158", () => {
  expect(table.customers).toHaveLength(995);
  expect(table.monetary.reduce((a, b) => a + b, 0)).toBe(464158);
  expect(table.frequency.reduce((a, b) => a + b, 0)).toBe(4906);
});

test("thresholds equal rfm's threshold table", () => {
  expect(scores.thresholds).toEqual({
    recency: { lower: [1, 115, 181, 297.4, 482], upper: [115, 181, 297.4, 482, 977] },
    frequency: { lower: [1, 4, 5, 6, 8], upper: [4, 5, 6, 8, 15] },
    monetary: { lower: [12, 255.8, 382, 506.4, 666], upper: [255.8, 382, 506.4, 666, 1489] },
  });
});

test.each([
  ["Abbey O'Reilly", 205, 6, 472, 343, "Potential Loyalist"],
  ["Add Senger", 140, 3, 340, 412, "New Customers"],
  ["Aden Lesch", 194, 4, 405, 323, "Loyal Customers"],
  ["Aden Murphy", 98, 7, 596, 544, "Potential Loyalist"],
  ["Admiral Senger", 132, 5, 448, 433, "Potential Loyalist"],
])("%s: %d days, %d orders, %d → %d, %s", (name, recency, frequency, monetary, score, segment) => {
  const i = table.customers.indexOf(name as string);
  expect([table.recency[i], table.frequency[i], table.monetary[i], scores.combined[i], segments[i]]).toEqual([
    recency,
    frequency,
    monetary,
    score,
    segment,
  ]);
});

test("segment counts equal rfm_segment_summary", () => {
  const counts: Record<string, number> = {};
  for (const s of segments) counts[s] = (counts[s] ?? 0) + 1;
  expect(counts).toEqual({
    "Potential Loyalist": 342,
    "Loyal Customers": 170,
    Lost: 148,
    "New Customers": 104,
    "About To Sleep": 102,
    "Can't Lose Them": 47,
    Champions: 35,
    "At Risk": 28,
    "Need Attention": 10,
    Promising: 9,
  });
});
