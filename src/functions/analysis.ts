import { compositionShares } from "../core/analysis/composition";
import { chainIndex, fixedBaseIndex } from "../core/analysis/dynamicIndex";
import { factorSubstitution, type FactorMethod } from "../core/analysis/factorSubstitution";
import { planVariance } from "../core/analysis/planVariance";
import { relatedRatio } from "../core/analysis/relatedRatio";
import type { Language } from "../core/i18n/language";
import { isBlank, readNumber, readOptionalNumber, type CellArg, type ResultValue } from "./cells";
import { elementWise, ratioCell, rowWise } from "./elementWise";
import { readOption } from "./options";
import { clean, laidOut, readOptionalFlag, readOptionalSeries, readSeries, sameLength } from "./series";

/** Adapter of =PLANVARIANCE: n×2 — difference and rate. */
export function planVarianceCells(actual: CellArg, reference: CellArg, language: Language): ResultValue[][] {
  return rowWise([actual, reference], "varianceInputs", language, 2, ([a, r]) => {
    if (isBlank(a) && isBlank(r)) return ["", ""];
    const v = planVariance(readNumber(a, "actual"), readNumber(r, "reference"));
    return [v.difference, ratioCell(v.rate)];
  });
}

export function compositionCells(parts: CellArg): ResultValue[][] {
  const p = readSeries(parts, "parts");
  return laidOut(compositionShares(p.values), p.across);
}

export function relatedRatioCells(a: CellArg, b: CellArg, language: Language) {
  return elementWise([a, b], "ratioInputs", language, ([x, y]) => {
    if (isBlank(x) && isBlank(y)) return "";
    return clean(relatedRatio(readNumber(x, "numerator"), readNumber(y, "denominator")));
  });
}

const growthOrIndex = (x: number, growth: boolean): ResultValue => (Number.isNaN(x) ? x : clean(growth ? x - 1 : x));

export function fixedBaseIndexCells(series: CellArg, basePosition: CellArg, growth: CellArg): ResultValue[][] {
  const s = readSeries(series, "series");
  const g = readOptionalFlag(growth, "growth", false);
  const idx = fixedBaseIndex(s.values, readOptionalNumber(basePosition, "basePosition", 1));
  return laidOut(
    idx.map((x) => growthOrIndex(x, g)),
    s.across,
  );
}

export function chainIndexCells(series: CellArg, growth: CellArg): ResultValue[][] {
  const s = readSeries(series, "series");
  const g = readOptionalFlag(growth, "growth", false);
  const idx = chainIndex(s.values);
  return laidOut(
    idx.map((x, i) => (i === 0 ? "" : Number.isNaN(x) ? ratioCell(NaN) : growthOrIndex(x, g))),
    s.across,
  );
}

export function factorSubCells(base: CellArg, actual: CellArg, order: CellArg, method: CellArg): ResultValue[][] {
  const b = readSeries(base, "factors");
  const a = readSeries(actual, "factors");
  sameLength("factors", b, a);
  const o = readOptionalSeries(order, "order");
  const how = readOption(method, "method", ["chain", "differences"] as const, "chain", {
    连环替代: "chain",
    连环替代法: "chain",
    差额: "differences",
    差额分析法: "differences",
  }) as FactorMethod;
  return laidOut(factorSubstitution(b.values, a.values, o?.values, how).effects, b.across);
}
