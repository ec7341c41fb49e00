/* Forecasting methods against textbook examples and the car-sales reference indices. */
import fc from "fast-check";
import { exponentialSmoothingForecast } from "../../../src/core/forecast/exponentialSmoothing";
import { fitLinearTrend, linearTrendForecast } from "../../../src/core/forecast/linearTrend";
import { movingAverageForecast } from "../../../src/core/forecast/movingAverage";
import { salesForecast } from "../../../src/core/forecast/salesForecast";
import { seasonalForecast } from "../../../src/core/forecast/seasonalForecast";
import { seasonalIndices } from "../../../src/core/forecast/seasonalIndex";
import { readCarSales, readChampagneSales } from "../../support/fixtures";

const car = readCarSales();

test("moving average: Heizer & Render shed sales, 3-month forecast for January = 16", () => {
  expect(movingAverageForecast([10, 12, 13, 16, 19, 23, 26, 30, 28, 18, 16, 14], 2, 3)).toEqual([16, 16]);
  expect(movingAverageForecast([10, 12, 13], 1, 3)[0]).toBeCloseTo(11.6667, 4);
});

test("exponential smoothing: Heizer & Render Port of Baltimore, 142 + 0.2 × (153 − 142) = 144.2", () => {
  expect(exponentialSmoothingForecast([142, 153], 1, 0.2)[0]).toBeCloseTo(144.2, 12);
});

test("linear trend: Heizer & Render generator demand → y = 56.71 + 10.54 t, 2020 ≈ 141", () => {
  const demand = [74, 79, 80, 90, 105, 142, 122];
  const { intercept, slope } = fitLinearTrend(demand);
  expect(intercept).toBeCloseTo(56.71, 2);
  expect(slope).toBeCloseTo(10.54, 2);
  expect(linearTrendForecast(demand, 1)[0]).toBeCloseTo(141.0, 1);
});

test("seasonal indices of car sales, simple average method, match the reference to 4 decimals", () => {
  const expected = [0.7452, 0.7923, 1.1707, 1.3209, 1.4309, 1.253, 0.9368, 0.7933, 0.6948, 1.0012, 1.0097, 0.8514];
  const indices = seasonalIndices(car, 12, "average");
  indices.forEach((x, i) => expect(x).toBeCloseTo(expected[i], 4));
  expect(indices.reduce((a, b) => a + b, 0)).toBeCloseTo(12, 12);
});

test("ratio-to-moving-average indices of car sales: same seasonal shape, average 1", () => {
  const ratio = seasonalIndices(car, 12, "ratio");
  expect(ratio.reduce((a, b) => a + b, 0)).toBeCloseTo(12, 12);
  const avg = seasonalIndices(car, 12, "average");
  // peak in May, trough in September under both methods
  expect(ratio.indexOf(Math.max(...ratio))).toBe(avg.indexOf(Math.max(...avg)));
  expect(ratio.indexOf(Math.min(...ratio))).toBe(avg.indexOf(Math.min(...avg)));
});

test("ratio to moving average equals statsmodels' classical decomposition (seasonal_decompose, multiplicative)", () => {
  // statsmodels 0.13.5 (Debian python3-statsmodels): seasonal_decompose(x, model="multiplicative", period=12).seasonal[:12]
  const car = [
    0.782216, 0.818183, 1.194902, 1.343705, 1.457108, 1.256378, 0.934631, 0.764267, 0.665914, 0.953858, 0.997418, 0.831421,
  ];
  seasonalIndices(readCarSales(), 12, "ratio").forEach((x, i) => expect(x).toBeCloseTo(car[i], 6));
  // 105 months, the last season incomplete
  const champagne = [
    0.754627, 0.674224, 0.807685, 0.829951, 0.874299, 0.8662, 0.74052, 0.380977, 0.927181, 1.195582, 1.754554, 2.194201,
  ];
  seasonalIndices(readChampagneSales(), 12, "ratio").forEach((x, i) => expect(x).toBeCloseTo(champagne[i], 6));
});

test("ratio to moving average on a hand case: L = 2, 2×2 centred average", () => {
  // y = 10, 30, 10, 30, 10, 30: CMA(t) = 20 for t = 2..5 → ratios 1.5, 0.5, 1.5, 0.5 → indices [0.5, 1.5]
  expect(seasonalIndices([10, 30, 10, 30, 10, 30], 2, "ratio")).toEqual([0.5, 1.5]);
});

test("an incomplete last season is allowed by the average method", () => {
  const idx = seasonalIndices([10, 30, 10, 30, 10], 2, "average");
  expect(idx).toEqual([0.5, 1.5]);
});

test("seasonal forecast of car sales uses the reference indices: next year's May / September = index ratio", () => {
  const next = seasonalForecast(car, 12, 12);
  const idx = seasonalIndices(car, 12);
  expect(next).toHaveLength(12);
  // trend × index: dividing out the index leaves a straight line
  const trend = next.map((x, i) => x / idx[i]);
  const step = trend[1] - trend[0];
  trend.forEach((x, i) => i > 0 && expect(x - trend[i - 1]).toBeCloseTo(step, 6));
  expect(salesForecast(car, 12, "seasonal")).toEqual(next);
});

test("errors: short series, bad parameters", () => {
  expect(() => seasonalIndices(car.slice(0, 11), 12)).toThrow(
    expect.objectContaining({ kind: "value", messageId: "seriesTooShort" }),
  );
  expect(() => seasonalIndices(car.slice(0, 20), 12, "ratio")).toThrow(expect.objectContaining({ kind: "value" }));
  expect(() => seasonalIndices([1, 0, 2, 3], 2)).toThrow(expect.objectContaining({ kind: "num" }));
  expect(() => movingAverageForecast([1, 2], 1, 3)).toThrow(expect.objectContaining({ kind: "value" }));
  expect(() => movingAverageForecast([1, 2, 3], 0, 3)).toThrow(expect.objectContaining({ kind: "num" }));
  expect(() => exponentialSmoothingForecast([1, 2], 1, 0)).toThrow(expect.objectContaining({ kind: "num" }));
  expect(() => linearTrendForecast([5], 1)).toThrow(expect.objectContaining({ kind: "value" }));
});

test("property: seasonal indices always average 1", () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 8, maxLength: 60 }),
      fc.integer({ min: 2, max: 4 }),
      (xs, L) => {
        const sum = seasonalIndices(xs, L, "average").reduce((a, b) => a + b, 0);
        const sumR = seasonalIndices(xs, L, "ratio").reduce((a, b) => a + b, 0);
        return Math.abs(sum - L) < 1e-9 && Math.abs(sumR - L) < 1e-9;
      },
    ),
  );
});
