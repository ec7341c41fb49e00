/* Cost-volume-profit: the textbook example FC 1,000, P 50, VC 30. */
import fc from "fast-check";
import { breakEvenRevenue, breakEvenUnits } from "../../../src/core/cvp/breakEven";
import { breakEvenMix } from "../../../src/core/cvp/breakEvenMix";
import { contribution } from "../../../src/core/cvp/contribution";
import { marginOfSafety } from "../../../src/core/cvp/marginOfSafety";
import { operatingLeverage } from "../../../src/core/cvp/operatingLeverage";
import { targetVolume } from "../../../src/core/cvp/targetVolume";

test("BEP 50 units, revenue 2,500, target profit 400 → 70 units", () => {
  expect(breakEvenUnits(1000, 50, 30)).toBe(50);
  expect(breakEvenRevenue(1000, 50, 30)).toBe(2500);
  expect(targetVolume(1000, 50, 30, 400)).toBe(70);
  expect(contribution(50, 30)).toBe(20);
  expect(contribution(50, 30, 70)).toBe(1400);
});

test("margin of safety and operating leverage", () => {
  expect(marginOfSafety(80, 50)).toEqual({ amount: 30, rate: 0.375 });
  expect(operatingLeverage(100, 50, 30, 1000)).toBe(2); // contribution 2,000 / profit 1,000
  expect(() => operatingLeverage(50, 50, 30, 1000)).toThrow(expect.objectContaining({ kind: "div0" }));
  expect(() => marginOfSafety(0, 10)).toThrow(expect.objectContaining({ kind: "div0" }));
});

test("sales mix: FC 9,600, P {20, 30}, VC {12, 18}, mix 3:2 → 600 and 400 units", () => {
  const units = breakEvenMix(9600, [20, 30], [12, 18], [3, 2]);
  expect(units[0]).toBeCloseTo(600, 9);
  expect(units[1]).toBeCloseTo(400, 9);
  expect(() => breakEvenMix(100, [20], [12], [0])).toThrow(expect.objectContaining({ kind: "div0" }));
});

test("property: BEP × unit contribution = fixed costs; profit at target volume = target", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1e7 }),
      fc.integer({ min: 1, max: 10_000 }),
      fc.integer({ min: 0, max: 9_999 }),
      fc.integer({ min: 0, max: 1e6 }),
      (fcost, p, vc, profit) => {
        fc.pre(vc < p);
        const bep = breakEvenUnits(fcost, p, vc);
        const q = targetVolume(fcost, p, vc, profit);
        return (
          Math.abs(bep * contribution(p, vc) - fcost) <= 1e-9 * Math.max(1, fcost) &&
          Math.abs(q * (p - vc) - fcost - profit) <= 1e-9 * Math.max(1, fcost + profit)
        );
      },
    ),
  );
});
