import type { Language } from "../core/i18n/language";
import { quotaWarningsText } from "../core/i18n/planLabels";
import { buyingPowerIndex, checkBuyingPowerWeights, BUYING_POWER_WEIGHTS } from "../core/quota/buyingPower";
import { compositeAttainment } from "../core/quota/compositeAttainment";
import { splitBySeasonalIndex } from "../core/quota/monthlySplit";
import { checkQuotas } from "../core/quota/quotaCheck";
import { reconcileTargets, RECONCILE_METHODS, type ReconcileMethod } from "../core/quota/reconcileTargets";
import {
  checkSameRows,
  isBlank,
  isOmitted,
  readColumnCells,
  readNumber,
  readOptionalNumber,
  readScalarNumber,
  toGrid,
  type CellArg,
  type ResultValue,
} from "./cells";
import { elementWise, ratioCell } from "./elementWise";
import { readOption } from "./options";
import { clean, positionNumber, readSeries, sameLength } from "./series";

/** Adapter of =TARGETRECONCILE: n×3 gap, gap %, reconciled target. */
export function targetReconcileCells(topDown: CellArg, bottomUp: CellArg, method: CellArg): ResultValue[][] {
  const td = readSeries(topDown, "topDown");
  const bu = readSeries(bottomUp, "bottomUp");
  sameLength("targets", td, bu);
  const how = readOption(method, "method", RECONCILE_METHODS, "topdown", {
    分配: "topdown",
    分配方式: "topdown",
    "top-down": "topdown",
    按比例: "scale",
    较大: "max",
    较小: "min",
  }) as ReconcileMethod;
  const r = reconcileTargets(td.values, bu.values, how);
  return Array.from(r.reconciled, (x, i) => [r.gap[i], ratioCell(r.gapRate[i]), x]);
}

/** Adapter of =QUOTAMONTHLY: a row that sums exactly to the annual quota. */
export function quotaMonthlyCells(annual: CellArg, seasonalIndex: CellArg, unit: CellArg): ResultValue[][] {
  const indices = readSeries(seasonalIndex, "seasonalIndex");
  const quotas = splitBySeasonalIndex(readScalarNumber(annual, "annual"), indices.values, readOptionalNumber(unit, "unit", 1));
  return [Array.from(quotas)];
}

/** Adapter of =BUYINGPOWER: the index of each region. */
export function buyingPowerCells(income: CellArg, retail: CellArg, population: CellArg, weights: CellArg, language: Language) {
  const w = isOmitted(weights)
    ? BUYING_POWER_WEIGHTS
    : toGrid(weights)
        .cells.flat()
        .map((c) => readNumber(c, "weights"));
  checkBuyingPowerWeights(w);
  return elementWise([income, retail, population], "buyingPowerInputs", language, ([i, r, p]) => {
    if (isBlank(i) && isBlank(r) && isBlank(p)) return "";
    return clean(
      buyingPowerIndex(readNumber(i, "incomeShare"), readNumber(r, "retailShare"), readNumber(p, "populationShare"), w),
    );
  });
}

/** Adapter of =COMPOSITEATTAIN: one weighted attainment ratio. */
export function compositeAttainCells(actual: CellArg, quota: CellArg, weights: CellArg, cap: CellArg): number {
  const a = readSeries(actual, "actual");
  const q = readSeries(quota, "quota");
  const w = readSeries(weights, "weights");
  sameLength("attainmentInputs", a, q, w);
  return clean(compositeAttainment(a.values, q.values, w.values, readOptionalNumber(cap, "cap", Infinity)));
}

/** Adapter of =QUOTACHECK: per row the warnings, joined, or blank when the quota is fine. */
export function quotaCheckCells(quota: CellArg, potential: CellArg, history: CellArg, language: Language): ResultValue[][] {
  const q = readColumnCells(quota, "quota");
  const p = readColumnCells(potential, "potential");
  const h = readColumnCells(history, "history");
  checkSameRows("quotaCheckInputs", q, p, h);
  const read = (cells: typeof q, what: "quota" | "potential" | "history") =>
    Float64Array.from(cells, (c, i) => (isBlank(q[i]) && isBlank(p[i]) && isBlank(h[i]) ? NaN : positionNumber(c, i + 1, what)));
  const warnings = checkQuotas(read(q, "quota"), read(p, "potential"), read(h, "history"));
  return warnings.map((w) => [quotaWarningsText(w, language)]);
}
