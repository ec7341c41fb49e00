/* Targets, monthly split, buying power, composite attainment and quota checks. */
import fc from "fast-check";
import { buyingPowerIndex } from "../../../src/core/quota/buyingPower";
import { compositeAttainment } from "../../../src/core/quota/compositeAttainment";
import { splitBySeasonalIndex } from "../../../src/core/quota/monthlySplit";
import { checkQuotas } from "../../../src/core/quota/quotaCheck";
import { reconcileTargets } from "../../../src/core/quota/reconcileTargets";

const sumUnits = (xs: ArrayLike<number>, d = 2) => Array.from(xs).reduce((s, x) => s + Math.round(x * 10 ** d), 0);

describe("reconcileTargets", () => {
  const td = [500, 300, 200];
  const bu = [450, 380, 250];
  test("gap and gap %", () => {
    const r = reconcileTargets(td, bu);
    expect([...r.gap]).toEqual([-50, 80, 50]);
    expect([...r.gapRate]).toEqual([-0.1, 80 / 300, 0.25]);
  });
  test('"topdown": management total 1,000 re-shared by bottom-up 450:380:250', () => {
    const r = reconcileTargets(td, bu, "topdown");
    // exact 416.67, 351.85, 231.48 → 417, 352, 231
    expect([...r.reconciled]).toEqual([417, 352, 231]);
    expect(r.total).toBe(1000);
  });
  test('"scale": the field committed 1,080 > 1,000, so nothing is cut', () => {
    expect([...reconcileTargets(td, bu, "scale").reconciled]).toEqual(bu);
    expect([...reconcileTargets(td, [400, 300, 100], "scale").reconciled]).toEqual([500, 375, 125]);
  });
  test('"max" / "min"', () => {
    expect([...reconcileTargets(td, bu, "max").reconciled]).toEqual([500, 380, 250]);
    expect([...reconcileTargets(td, bu, "min").reconciled]).toEqual([450, 300, 200]);
  });
  test("cents in → cents out", () => {
    expect([...reconcileTargets([100.01, 0], [1, 2], "topdown").reconciled]).toEqual([33.34, 66.67]);
  });
  test("property: the reconciled column sums exactly to the promise", () => {
    const rows = fc.array(fc.tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 1e6 })), {
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom("topdown" as const, "scale" as const, "max" as const, "min" as const),
        (pairs, method) => {
          const t = pairs.map((p) => p[0] / 100);
          const b = pairs.map((p) => p[1] / 100);
          const r = reconcileTargets(t, b, method);
          const T = sumUnits(t);
          const B = sumUnits(b);
          const promised =
            method === "topdown"
              ? T
              : method === "scale"
                ? Math.max(T, B)
                : pairs.reduce((s, [x, y]) => s + (method === "max" ? Math.max(x, y) : Math.min(x, y)), 0);
          return sumUnits(r.reconciled) === promised && Math.round(r.total * 100) === promised;
        },
      ),
    );
  });
  test("errors", () => {
    expect(() => reconcileTargets([1], [0], "topdown")).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => reconcileTargets([1, 2], [1])).toThrow(expect.objectContaining({ kind: "value" }));
    expect(() => reconcileTargets([-1], [1])).toThrow(expect.objectContaining({ kind: "num" }));
  });
});

describe("splitBySeasonalIndex", () => {
  test("1,200 by {0.5, 1.5, 1, 1}", () => {
    expect([...splitBySeasonalIndex(1200, [0.5, 1.5, 1, 1])]).toEqual([150, 450, 300, 300]);
  });
  test("property: months add up exactly to the annual quota (in cents)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(fc.double({ min: 0.05, max: 3, noNaN: true }), { minLength: 2, maxLength: 12 }),
        (cents, idx) => sumUnits(splitBySeasonalIndex(cents / 100, idx, 0.01)) === cents,
      ),
    );
  });
});

test("buying power index: 0.5·income + 0.3·retail + 0.2·population", () => {
  expect(buyingPowerIndex(0.2, 0.1, 0.1)).toBeCloseTo(0.15, 15);
  expect(buyingPowerIndex(20, 10, 10)).toBeCloseTo(15, 12);
  expect(buyingPowerIndex(0.2, 0.1, 0.1, [1, 1, 0])).toBeCloseTo(0.15, 15);
  expect(() => buyingPowerIndex(-1, 0, 0)).toThrow(expect.objectContaining({ kind: "num" }));
  expect(() => buyingPowerIndex(1, 0, 0, [0, 0, 0])).toThrow(expect.objectContaining({ kind: "div0" }));
});

test("composite attainment: {110, 45, 30} of {100, 50, 30} weighted 0.5/0.3/0.2 → 102 %", () => {
  expect(compositeAttainment([110, 45, 30], [100, 50, 30], [0.5, 0.3, 0.2])).toBeCloseTo(1.02, 12);
  expect(compositeAttainment([300, 0], [100, 100], [1, 1], 1.5)).toBeCloseTo(0.75, 12);
  expect(() => compositeAttainment([1], [0], [1])).toThrow(expect.objectContaining({ kind: "div0" }));
});

test("quota checks: feasible, fair, growth, decline, no history", () => {
  const rules = (q: number[], p: number[], h: number[]) => checkQuotas(q, p, h).map((w) => w.map((x) => x.rule));
  expect(rules([100, 100, 100], [1000, 1000, 1000], [100, 100, 100])).toEqual([[], [], []]);
  // group ratio 350/3000 = 11.7 %; row 3 at 15 % is 28.6 % above it and grows 50 %
  expect(rules([100, 100, 150], [1000, 1000, 1000], [100, 100, 100])).toEqual([[], [], ["unfair", "tooMuchGrowth"]]);
  expect(rules([100, 200], [1000, 150], [100, 180])[1]).toEqual(["aboveSalesPotential", "unfair"]);
  expect(rules([85, 100], [1000, 1000], [100, 100])).toEqual([["belowHistory"], []]);
  expect(rules([80], [1000], [0])).toEqual([["noHistory"]]);
  expect(rules([NaN, 80], [1000, 1000], [100, 100])).toEqual([[], ["belowHistory"]]);
});
