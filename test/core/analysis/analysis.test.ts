/* Sales activity analysis: comparisons, ratios, indices and factor substitution. */
import fc from "fast-check";
import { compositionShares } from "../../../src/core/analysis/composition";
import { chainIndex, fixedBaseIndex } from "../../../src/core/analysis/dynamicIndex";
import { factorSubstitution } from "../../../src/core/analysis/factorSubstitution";
import { planVariance } from "../../../src/core/analysis/planVariance";
import { relatedRatio } from "../../../src/core/analysis/relatedRatio";

test("plan variance", () => {
  expect(planVariance(110, 100)).toEqual({ difference: 10, rate: 0.1 });
  expect(planVariance(12.3, 10.1).difference).toBe(2.2);
  expect(planVariance(90, -100).rate).toBeCloseTo(1.9, 12);
  expect(planVariance(5, 0).rate).toBeNaN();
});

test("composition sums to exactly 1", () => {
  expect(compositionShares([1, 1, 1]).reduce((a, b) => a + b, 0)).toBe(1);
  // found by fast-check: a tiny part next to two large ones
  expect(compositionShares([519160325.89664924, 723998374.2391127, 0.00003961126392881543]).reduce((a, b) => a + b, 0)).toBe(1);
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 50 }), (xs) => {
      fc.pre(xs.some((x) => x > 0));
      return compositionShares(xs).reduce((a, b) => a + b, 0) === 1;
    }),
  );
  expect(() => compositionShares([0, 0])).toThrow(expect.objectContaining({ kind: "div0" }));
});

test("related ratio: expense rate", () => {
  expect(relatedRatio(50_000, 1_000_000)).toBe(0.05);
  expect(() => relatedRatio(1, 0)).toThrow(expect.objectContaining({ kind: "div0" }));
});

test("fixed-base and chain indices; the chain multiplies up to the fixed base", () => {
  expect(fixedBaseIndex([100, 110, 121])).toEqual([1, 1.1, 1.21]);
  expect(fixedBaseIndex([100, 110, 121], 2)[2]).toBeCloseTo(1.1, 15);
  const chain = chainIndex([100, 110, 121]);
  expect(chain[0]).toBeNaN();
  expect(chain[2]).toBeCloseTo(1.1, 15);
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 2, maxLength: 30 }), (xs) => {
      const c = chainIndex(xs);
      const f = fixedBaseIndex(xs);
      let p = 1;
      for (let i = 1; i < xs.length; i++) p *= c[i];
      return Math.abs(p - f[xs.length - 1]) <= 1e-9 * f[xs.length - 1];
    }),
  );
  expect(() => fixedBaseIndex([0, 1])).toThrow(expect.objectContaining({ kind: "div0" }));
  expect(() => fixedBaseIndex([1, 1], 3)).toThrow(expect.objectContaining({ kind: "num" }));
});

test("factor substitution: 90 × 7 × 4 = 2,520 → 100 × 6 × 5 = 3,000: +280, −400, +600", () => {
  const r = factorSubstitution([90, 7, 4], [100, 6, 5]);
  expect(r).toEqual({ effects: [280, -400, 600], baseValue: 2520, actualValue: 3000, change: 480 });
  expect(factorSubstitution([90, 7, 4], [100, 6, 5], undefined, "differences").effects).toEqual([280, -400, 600]);
  // another order gives other effects with the same total
  const other = factorSubstitution([90, 7, 4], [100, 6, 5], [3, 2, 1]);
  expect(other.effects).toEqual([300, -450, 630]);
  expect(() => factorSubstitution([1, 2], [1, 2], [1, 1])).toThrow(expect.objectContaining({ messageId: "badOrder" }));
});

test("property: factor effects add up exactly to the change, in either method and any order", () => {
  const factor = fc.oneof(
    fc.integer({ min: 1, max: 100_000 }),
    fc.integer({ min: 1, max: 10_000 }).map((x) => x / 100),
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(factor, factor), { minLength: 2, maxLength: 3 }), fc.boolean(), (pairs, reverse) => {
      const base = pairs.map((p) => p[0]);
      const actual = pairs.map((p) => p[1]);
      const order = pairs.map((_, i) => i + 1);
      // stay within the 15 significant digits a double holds exactly (every intermediate product included)
      fc.pre(pairs.reduce((p, [x, y]) => p * Math.max(x, y), 1) * 10 ** (2 * pairs.length) < 1e15);
      if (reverse) order.reverse();
      for (const method of ["chain", "differences"] as const) {
        const r = factorSubstitution(base, actual, order, method);
        // at most 15 significant digits, what a double holds exactly; compare as exact decimals: BigInt of each value × 10^d from its shortest decimal text
        const d = 2 * pairs.length;
        const sum = r.effects.reduce((s, e) => s + exactUnits(e, d), 0n);
        if (sum !== exactUnits(r.change, d)) return false;
      }
      return true;
    }),
  );
});

/** x (a double holding a decimal with at most d decimals) as an exact BigInt count of 10^−d. */
function exactUnits(x: number, d: number): bigint {
  const [whole, frac = ""] = Math.abs(x).toFixed(d).split(".");
  const units = BigInt(whole + frac.padEnd(d, "0"));
  return x < 0 ? -units : units;
}
