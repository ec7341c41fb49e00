import { breakEvenRevenue } from "../core/cvp/breakEven";
import { breakEvenMix } from "../core/cvp/breakEvenMix";
import { contribution } from "../core/cvp/contribution";
import { marginOfSafety } from "../core/cvp/marginOfSafety";
import { operatingLeverage } from "../core/cvp/operatingLeverage";
import { targetVolume } from "../core/cvp/targetVolume";
import type { Language } from "../core/i18n/language";
import { roundMoney } from "../core/money";
import { isBlank, isOmitted, readNumber, readScalarNumber, type CellArg, type ResultValue } from "./cells";
import { elementWise, rowWise } from "./elementWise";
import { clean, laidOut, readSeries, sameLength } from "./series";

export function bepRevenueCells(fc: CellArg, p: CellArg, vc: CellArg, language: Language) {
  return elementWise([fc, p, vc], "bepInputs", language, ([a, b, c]) =>
    roundMoney(breakEvenRevenue(readNumber(a, "fixedCosts"), readNumber(b, "price"), readNumber(c, "variableCost"))),
  );
}

export function contributionCells(p: CellArg, vc: CellArg, volume: CellArg, language: Language) {
  const args = isOmitted(volume) ? [p, vc] : [p, vc, volume];
  return elementWise(args, "cvpInputs", language, ([a, b, q]) =>
    roundMoney(
      contribution(
        readNumber(a, "price"),
        readNumber(b, "variableCost"),
        q === undefined || isBlank(q) ? 1 : readNumber(q, "volume"),
      ),
    ),
  );
}

export function targetVolumeCells(fc: CellArg, p: CellArg, vc: CellArg, profit: CellArg, language: Language) {
  return elementWise([fc, p, vc, profit], "cvpInputs", language, ([a, b, c, d]) =>
    clean(
      targetVolume(
        readNumber(a, "fixedCosts"),
        readNumber(b, "price"),
        readNumber(c, "variableCost"),
        readNumber(d, "targetProfit"),
      ),
    ),
  );
}

export function marginOfSafetyCells(sales: CellArg, breakEven: CellArg, language: Language): ResultValue[][] {
  return rowWise([sales, breakEven], "cvpInputs", language, 2, ([s, b]) => {
    const m = marginOfSafety(readNumber(s, "sales"), readNumber(b, "breakEven"));
    return [clean(m.amount), clean(m.rate)];
  });
}

export function operatingLeverageCells(q: CellArg, p: CellArg, vc: CellArg, fc: CellArg, language: Language) {
  return elementWise([q, p, vc, fc], "cvpInputs", language, ([a, b, c, d]) =>
    clean(
      operatingLeverage(
        readNumber(a, "volume"),
        readNumber(b, "price"),
        readNumber(c, "variableCost"),
        readNumber(d, "fixedCosts"),
      ),
    ),
  );
}

export function bepMixCells(fc: CellArg, prices: CellArg, vcs: CellArg, mix: CellArg): ResultValue[][] {
  const p = readSeries(prices, "price");
  const v = readSeries(vcs, "variableCost");
  const m = readSeries(mix, "mix");
  sameLength("mixInputs", p, v, m);
  return laidOut(breakEvenMix(readScalarNumber(fc, "fixedCosts"), p.values, v.values, m.values).map(clean), p.across);
}
