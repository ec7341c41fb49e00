import { budgetControl } from "../core/budget/budgetControl";
import { budgetBenchmark } from "../core/budget/competitiveParity";
import { budgetInputOutput } from "../core/budget/inputOutput";
import { budgetMarginal } from "../core/budget/marginalBudget";
import { budgetObjectiveTask } from "../core/budget/objectiveTask";
import { budgetPercentOfSales } from "../core/budget/percentOfSales";
import { budgetZeroBased } from "../core/budget/zeroBased";
import { InputError } from "../core/errors";
import type { Language } from "../core/i18n/language";
import { BUDGET_STATUS_LABELS, FUNDED_LABELS } from "../core/i18n/planLabels";
import { term } from "../core/i18n/terms";
import {
  isBlank,
  isOmitted,
  readColumnCells,
  readNumber,
  readOptionalNumber,
  toGrid,
  type CellArg,
  type CellValue,
  type ResultValue,
} from "./cells";
import { elementWise, ratioCell, rowWise } from "./elementWise";
import { isExcelError } from "./excelErrors";
import { readSeries, sameLength } from "./series";

export function budgetPctCells(sales: CellArg, pct: CellArg, language: Language) {
  return elementWise([sales, pct], "sales", language, ([s, p]) =>
    budgetPercentOfSales(readNumber(s, "sales"), readNumber(p, "rate")),
  );
}

export function budgetBenchmarkCells(own: CellArg, benchSales: CellArg, benchSpend: CellArg, language: Language) {
  return elementWise([own, benchSales, benchSpend], "sales", language, ([a, b, c]) =>
    budgetBenchmark(readNumber(a, "sales"), readNumber(b, "benchmarkSales"), readNumber(c, "benchmarkSpend")),
  );
}

export function budgetMarginalCells(levels: CellArg, revenues: CellArg, margin: CellArg): number {
  const s = readSeries(levels, "spendLevels");
  const r = readSeries(revenues, "revenue");
  sameLength("spendLevels", s, r);
  return budgetMarginal(s.values, r.values, readOptionalNumber(margin, "margin", 1)).spend;
}

/** Item names as shown: text as is, numbers as numbers; blank cells at the end are ignored; an error value is passed on. */
function readLabels(arg: CellArg, what: "budgetItems" | "tasks"): CellValue[] {
  const cells = readColumnCells(arg, what);
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end--;
  return cells.slice(0, end).map((c) => {
    if (isExcelError(c)) throw c;
    return c;
  });
}

/** One name per value of the numbers beside them, or #VALUE! naming the inputs. */
function checkLabelCount(names: readonly CellValue[], count: number, what: "budgetItems" | "taskInputs"): void {
  if (names.length !== count)
    throw new InputError("value", "shapeMismatch", { what: { term: what }, expected: `${count}`, actual: `${names.length}` });
}

/** Adapter of =BUDGETZERO: n×5 in priority order — item, cost, priority, funded?, cumulative funded cost. */
export function budgetZeroCells(
  items: CellArg,
  costs: CellArg,
  priorities: CellArg,
  limit: CellArg,
  language: Language,
): ResultValue[][] {
  const names = readLabels(items, "budgetItems");
  const c = readSeries(costs, "cost");
  const p = readSeries(priorities, "priority");
  sameLength("budgetItems", c, p);
  checkLabelCount(names, c.values.length, "budgetItems");
  const lines = budgetZeroBased(c.values, p.values, readOptionalNumber(limit, "limit", Infinity));
  return lines.map((l) => [
    (names[l.item] ?? "") as ResultValue,
    l.cost,
    l.priority,
    FUNDED_LABELS[l.funded ? "funded" : "unfunded"][language],
    l.cumulative,
  ]);
}

/** Adapter of =BUDGETTASK: (n+1)×2 — each task with its cost, then the total. */
export function budgetTaskCells(tasks: CellArg, quantities: CellArg, unitCosts: CellArg, language: Language): ResultValue[][] {
  const names = readLabels(tasks, "tasks");
  const q = readSeries(quantities, "quantity");
  const u = readSeries(unitCosts, "unitCost");
  sameLength("taskInputs", q, u);
  checkLabelCount(names, q.values.length, "taskInputs");
  const r = budgetObjectiveTask(q.values, u.values);
  return [...r.costs.map((cost, i) => [names[i] as ResultValue, cost]), [term(language, "sum"), r.total]];
}

/** Adapter of =BUDGETIO: (n+1)×1 — the budget of each output, then the total. */
export function budgetIoCells(outputs: CellArg, ratios: CellArg, prices: CellArg): ResultValue[][] {
  const o = readSeries(outputs, "output");
  const p = readSeries(prices, "price");
  const grid = toGrid(ratios);
  const matrix = grid.cells.map((row) => Float64Array.from(row, (c) => readNumber(c, "inputRatio")));
  const r = budgetInputOutput(o.values, matrix, p.values);
  return [...r.costs.map((c) => [c]), [r.total]];
}

/** Adapter of =BUDGETCONTROL: n×3 — variance, variance %, status. */
export function budgetControlCells(
  actual: CellArg,
  budget: CellArg,
  cap: CellArg,
  norm: CellArg,
  volume: CellArg,
  language: Language,
): ResultValue[][] {
  const optional = [cap, norm, volume].map((a) => (isOmitted(a) ? null : a));
  return rowWise([actual, budget, ...optional.map((a) => a ?? null)], "controlInputs", language, 3, ([a, b, c, n, v]) => {
    if (isBlank(a) && isBlank(b)) return ["", "", ""];
    const num = (x: CellValue, what: "cap" | "norm" | "volume") => (isBlank(x) ? NaN : readNumber(x, what));
    const line = budgetControl(readNumber(a, "actual"), readNumber(b, "budget"), num(c, "cap"), num(n, "norm"), num(v, "volume"));
    return [line.variance, ratioCell(line.rate), BUDGET_STATUS_LABELS[line.status][language]];
  });
}
