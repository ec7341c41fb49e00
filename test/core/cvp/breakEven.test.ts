import fc from "fast-check";
import { breakEvenUnits } from "../../../src/core/cvp/breakEven";
import { InputError } from "../../../src/core/errors";

function kindOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof InputError ? e.kind : "bug";
  }
  return undefined;
}

describe("breakEvenUnits", () => {
  test("the seed's example: FC 1,000, P 50, VC 30 → 50 units", () => {
    expect(breakEvenUnits(1000, 50, 30)).toBe(50);
  });

  test("textbook case (Horngren, Cost Accounting, ch. 3): FC 2,000, P 200, VC 120 → 25 units", () => {
    expect(breakEvenUnits(2000, 200, 120)).toBe(25);
  });

  test("no fixed costs → break even at zero units", () => {
    expect(breakEvenUnits(0, 10, 4)).toBe(0);
  });

  test("fractional results are not rounded (rounding up to whole units is the caller's choice)", () => {
    expect(breakEvenUnits(100, 10, 7)).toBeCloseTo(33.3333333333, 9);
  });

  test("domain errors: price = VC → #DIV/0!, price < VC or negative inputs → #NUM!", () => {
    expect(kindOf(() => breakEvenUnits(1000, 30, 30))).toBe("div0");
    expect(kindOf(() => breakEvenUnits(1000, 20, 30))).toBe("num");
    expect(kindOf(() => breakEvenUnits(-1, 50, 30))).toBe("num");
    expect(kindOf(() => breakEvenUnits(1000, 50, -30))).toBe("num");
  });

  test("property: BEP × (P − VC) = FC", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        (fixedCosts, variableCost, margin) => {
          const price = variableCost + margin;
          fc.pre(price > variableCost);
          const bep = breakEvenUnits(fixedCosts, price, variableCost);
          expect(bep * (price - variableCost)).toBeCloseTo(fixedCosts, Math.max(0, 6 - Math.log10(fixedCosts + 1)));
          expect(Math.abs(bep * (price - variableCost) - fixedCosts)).toBeLessThanOrEqual(1e-9 * Math.max(1, fixedCosts));
        },
      ),
    );
  });
});
