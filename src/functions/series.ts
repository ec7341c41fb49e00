import { InputError } from "../core/errors";
import type { TermId } from "../core/i18n/terms";
import { isBlank, isOmitted, readColumnCells, toGrid, type CellArg, type CellValue, type ResultValue } from "./cells";
import { isExcelError } from "./excelErrors";

/** A list of numbers read from a column or a row, remembering which it was so the answer can be laid out the same way. */
export interface Series {
  readonly values: Float64Array;
  /** true when the argument was a row (1×n with n > 1): answers go across */
  readonly across: boolean;
}

/**
 * A series (history, parts, factors): a column or a row of numbers. Blank cells at the end are ignored (a range
 * selected longer than the data); a blank, text or boolean inside is #VALUE! naming its position; an error value
 * is passed on.
 */
export function readSeries(arg: CellArg, what: TermId): Series {
  const cells = readColumnCells(arg, what);
  const grid = toGrid(arg);
  const across = grid.rows === 1 && grid.columns > 1;
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end--;
  if (end === 0) throw new InputError("value", "emptyInput", { what: { term: what } });
  const values = new Float64Array(end);
  for (let i = 0; i < end; i++) values[i] = positionNumber(cells[i], i + 1, what);
  return { values, across };
}

/** An optional series; undefined when omitted. */
export function readOptionalSeries(arg: CellArg, what: TermId): Series | undefined {
  return isOmitted(arg) ? undefined : readSeries(arg, what);
}

export function positionNumber(cell: CellValue, row: number, what: TermId): number {
  if (isExcelError(cell)) throw cell;
  if (isBlank(cell)) throw new InputError("value", "rowMissing", { row, what: { term: what } });
  if (typeof cell !== "number" || !Number.isFinite(cell))
    throw new InputError("value", "rowNotANumber", { row, what: { term: what }, value: JSON.stringify(cell) });
  return cell;
}

/** Lay a list out as a column, or as a row when `across`. */
export function laidOut(values: readonly ResultValue[], across: boolean): ResultValue[][] {
  return across ? [values.slice()] : values.map((v) => [v]);
}

/** Series of the same length, or #VALUE! naming them. */
export function sameLength(what: TermId, ...series: Series[]): void {
  const n = series[0].values.length;
  for (const s of series)
    if (s.values.length !== n)
      throw new InputError("value", "shapeMismatch", { what: { term: what }, expected: `${n}`, actual: `${s.values.length}` });
}

/** Clears binary noise from a computed value for display (1.1000000000000001 → 1.1): 15 significant digits, as Excel shows. */
export function clean(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(15)) : x;
}

/** A boolean option (TRUE/FALSE, 1/0); `fallback` when omitted. */
export function readOptionalFlag(arg: CellArg, what: TermId, fallback: boolean): boolean {
  if (isOmitted(arg)) return fallback;
  const cell = toGrid(arg).cells[0][0];
  if (isExcelError(cell)) throw cell;
  if (typeof cell === "boolean") return cell;
  if (cell === 1 || cell === 0) return cell === 1;
  throw new InputError("value", "notANumber", { what: { term: what }, value: JSON.stringify(cell) });
}
