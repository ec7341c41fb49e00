import fc from "fast-check";
import { InputError } from "../../../src/core/errors";
import { allocateQuota } from "../../../src/core/quota/allocateQuota";
import { blendShares } from "../../../src/core/quota/blendShares";
import { roundLargestRemainder } from "../../../src/core/quota/largestRemainder";

const quotas = (input: Parameters<typeof allocateQuota>[0]) => Array.from(allocateQuota(input).quotas);

function errorOf(fn: () => unknown): InputError | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  return undefined;
}

describe("allocateQuota", () => {
  test("the issue's example: 7 over {50;30;20} → {4;2;1}", () => {
    expect(quotas({ total: 7, basis: [[50, 30, 20]] })).toEqual([4, 2, 1]);
  });

  test("published largest-remainder result (Wikipedia, 'Largest remainder method', Hare quota): 10 seats", () => {
    // votes 47,000 / 16,000 / 15,800 / 12,000 / 6,100 / 3,100 → seats 5 / 2 / 1 / 1 / 1 / 0
    expect(quotas({ total: 10, basis: [[47000, 16000, 15800, 12000, 6100, 3100]] })).toEqual([5, 2, 1, 1, 1, 0]);
  });

  test("cents: 100.00 over three equal rows → 33.34, 33.33, 33.33", () => {
    expect(quotas({ total: 100, basis: [[1, 1, 1]], unit: 0.01 })).toEqual([33.34, 33.33, 33.33]);
  });

  test("thousands: 1,000,000 by last year's sales in units of 1,000", () => {
    const q = quotas({ total: 1_000_000, basis: [[420, 310, 270]], unit: 1000 });
    expect(q).toEqual([420000, 310000, 270000]);
  });

  test("blended basis: regional buying-power index with weights 0.5/0.3/0.2", () => {
    // income, retail sales and population shares of three regions
    const income = [0.5, 0.3, 0.2];
    const retail = [0.4, 0.4, 0.2];
    const population = [0.2, 0.3, 0.5];
    const shares = Array.from(blendShares([income, retail, population], [0.5, 0.3, 0.2]));
    expect(shares[0]).toBeCloseTo(0.41, 12);
    expect(shares[1]).toBeCloseTo(0.33, 12);
    expect(shares[2]).toBeCloseTo(0.26, 12);
    expect(quotas({ total: 1000, basis: [income, retail, population], weights: [0.5, 0.3, 0.2] })).toEqual([410, 330, 260]);
  });

  test("a maximum fixes the capped row and re-shares the rest", () => {
    const result = allocateQuota({ total: 100, basis: [[50, 30, 20]], maximum: [40, NaN, NaN] });
    expect(Array.from(result.quotas)).toEqual([40, 36, 24]);
    expect(result.capped).toEqual(["max", "", ""]);
  });

  test("a minimum lifts a small row and takes the difference from the others in proportion", () => {
    const result = allocateQuota({ total: 100, basis: [[80, 15, 5]], minimum: 10 });
    // row 3 gets its minimum 10; 90 left shared 80:15 → 75.79 / 14.21 → 76 / 14
    expect(Array.from(result.quotas)).toEqual([76, 14, 10]);
    expect(result.capped).toEqual(["", "", "min"]);
  });

  test("caps that cascade: capping one row pushes another over its cap", () => {
    const q = quotas({ total: 100, basis: [[60, 30, 10]], maximum: [50, 35, NaN] });
    // 60 capped at 50 → 50 left shared 30:10 → 37.5 / 12.5; 37.5 > 35 → capped → 15 to row 3
    expect(q).toEqual([50, 35, 15]);
  });

  test("errors: caps that cannot be met, bad totals and bases", () => {
    expect(errorOf(() => allocateQuota({ total: 10, basis: [[1, 1]], minimum: 6 }))?.messageId).toBe("minimumsAboveTotal");
    expect(errorOf(() => allocateQuota({ total: 10, basis: [[1, 1]], maximum: 4 }))?.messageId).toBe("maximumsBelowTotal");
    expect(errorOf(() => allocateQuota({ total: 10, basis: [[1, 1]], minimum: [5, 1], maximum: [4, NaN] }))?.messageId).toBe(
      "minimumAboveMaximum",
    );
    expect(errorOf(() => allocateQuota({ total: 10.5, basis: [[1, 1]] }))?.messageId).toBe("totalNotMultipleOfUnit");
    expect(errorOf(() => allocateQuota({ total: -1, basis: [[1, 1]] }))?.kind).toBe("num");
    expect(errorOf(() => allocateQuota({ total: 10, basis: [[0, 0]] }))?.kind).toBe("div0");
    expect(errorOf(() => allocateQuota({ total: 10, basis: [[1, -1]] }))?.kind).toBe("num");
    expect(errorOf(() => allocateQuota({ total: 10, basis: [[1, 1]], unit: 0 }))?.kind).toBe("num");
    expect(
      errorOf(() =>
        allocateQuota({
          total: 10,
          basis: [
            [1, 1],
            [1, 1],
          ],
          weights: [1],
        }),
      )?.messageId,
    ).toBe("weightsCount");
  });

  test("a zero-basis row gets nothing beyond its minimum", () => {
    expect(quotas({ total: 10, basis: [[0, 1, 1]] })).toEqual([0, 5, 5]);
    expect(quotas({ total: 10, basis: [[0, 1, 1]], minimum: [2, 0, 0] })).toEqual([2, 4, 4]);
  });

  const allocationCase = fc
    .record({
      basis: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }),
      totalUnits: fc.integer({ min: 0, max: 10_000_000 }),
      unit: fc.constantFrom(1, 0.01, 0.5, 100),
      maxFactor: fc.option(fc.double({ min: 0.3, max: 3, noNaN: true }), { nil: undefined }),
    })
    .filter((c) => c.basis.some((b) => b > 0));

  test("property: quotas sum exactly to the total, in whole units, within caps", () => {
    fc.assert(
      fc.property(allocationCase, ({ basis, totalUnits, unit, maxFactor }) => {
        const total = Number((totalUnits * unit).toFixed(2));
        const n = basis.length;
        const maximum = maxFactor === undefined ? undefined : Math.ceil(((totalUnits / n) * maxFactor) / 1) * unit;
        let result;
        try {
          result = allocateQuota({ total, basis: [basis], unit, maximum });
        } catch (e) {
          // only infeasible caps may refuse
          expect(e).toBeInstanceOf(InputError);
          expect((e as InputError).messageId).toBe("maximumsBelowTotal");
          return;
        }
        let units = 0;
        for (const q of result.quotas) {
          const k = q / unit;
          expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-6);
          units += Math.round(k);
          expect(q).toBeGreaterThanOrEqual(0);
          if (maximum !== undefined) expect(q).toBeLessThanOrEqual(maximum + 1e-9);
        }
        expect(units).toBe(totalUnits);
      }),
    );
  });

  test("property: minimums and maximums both hold when feasible", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 200 })), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.integer({ min: 0, max: 3000 }),
        (rows, total) => {
          const basis = rows.map((r) => r[0] + 1);
          const minimum = rows.map((r) => r[1]);
          const maximum = rows.map((r) => r[1] + r[2]);
          const minSum = minimum.reduce((a, b) => a + b, 0);
          const maxSum = maximum.reduce((a, b) => a + b, 0);
          if (total < minSum || total > maxSum) {
            expect(() => allocateQuota({ total, basis: [basis], minimum, maximum })).toThrow(InputError);
            return;
          }
          const q = Array.from(allocateQuota({ total, basis: [basis], minimum, maximum }).quotas);
          expect(q.reduce((a, b) => a + b, 0)).toBe(total);
          q.forEach((x, i) => {
            expect(x).toBeGreaterThanOrEqual(minimum[i]);
            expect(x).toBeLessThanOrEqual(maximum[i]);
          });
        },
      ),
    );
  });
});

test("maximums that add up exactly to the total (found by fast-check)", () => {
  const rows = [
    [0, 45, 140],
    [0, 2, 199],
    [0, 34, 63],
    [0, 19, 64],
    [0, 16, 38],
    [0, 2, 195],
    [274, 19, 67],
    [617, 35, 4],
    [0, 18, 4],
    [6, 5, 142],
    [0, 4, 29],
  ];
  const maximum = rows.map((r) => r[1] + r[2]);
  const q = allocateQuota({ total: 1144, basis: [rows.map((r) => r[0] + 1)], minimum: rows.map((r) => r[1]), maximum }).quotas;
  expect(Array.from(q)).toEqual(maximum);
});

describe("roundLargestRemainder", () => {
  test("ties go to the larger exact amount, then the earlier row", () => {
    expect(Array.from(roundLargestRemainder([1.5, 1.5, 1], 5))).toEqual([2, 2, 1]);
    expect(Array.from(roundLargestRemainder([1 / 3, 1 / 3, 1 / 3], 1))).toEqual([1, 0, 0]);
  });
});
