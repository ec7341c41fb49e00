import { breakEvenUnits } from "../core/cvp/breakEven";
import type { Language } from "../core/i18n/language";
import { readNumber, type CellArg } from "./cells";
import { elementWise } from "./elementWise";

/** Adapter of =BEP: break-even units per row. */
export function bepCells(fixedCosts: CellArg, price: CellArg, variableCost: CellArg, language: Language) {
  return elementWise([fixedCosts, price, variableCost], "bepInputs", language, ([fc, p, vc]) =>
    breakEvenUnits(readNumber(fc, "fixedCosts"), readNumber(p, "price"), readNumber(vc, "variableCost")),
  );
}
