import { InputError } from "../core/errors";
import type { TermId } from "../core/i18n/terms";
import { isExcelError } from "./excelErrors";

/** What Excel hands a custom function for one cell. Blank cells arrive as null or "". */
export type CellValue = number | string | boolean | null | undefined | CustomFunctions.Error;
/** What Excel hands a custom function for an argument declared as a matrix: a range, an array or one value. */
export type CellArg = CellValue | CellValue[][];
/** What we hand back for one cell. */
export type ResultValue = number | string | boolean | CustomFunctions.Error;

/** An argument as rows × columns, whatever Excel passed; `single` tells a plain value from a range. */
export interface Grid {
  readonly rows: number;
  readonly columns: number;
  readonly cells: readonly (readonly CellValue[])[];
  readonly single: boolean;
}

export function toGrid(arg: CellArg): Grid {
  if (Array.isArray(arg)) {
    const rows = arg.length;
    const columns = rows === 0 ? 0 : arg[0].length;
    return { rows, columns, cells: arg, single: false };
  }
  return { rows: 1, columns: 1, cells: [[arg]], single: true };
}

export function isBlank(cell: CellValue): cell is null | undefined | "" {
  return cell === null || cell === undefined || cell === "";
}

/** Whether an optional argument was left out (Excel passes null or undefined for omitted arguments). */
export function isOmitted(arg: CellArg): boolean {
  if (arg === null || arg === undefined) return true;
  if (Array.isArray(arg)) return arg.length === 1 && arg[0].length === 1 && isBlank(arg[0][0]);
  return arg === "";
}

/**
 * A number cell, the way Excel's arithmetic functions read one: a number is itself; text, a boolean
 * or a blank is an input error (#VALUE!); an error value is passed on.
 */
export function readNumber(cell: CellValue, what: TermId): number {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new InputError("num", "notANumber", { what: { term: what }, value: String(cell) });
    return cell;
  }
  if (isExcelError(cell)) throw cell;
  if (isBlank(cell)) throw new InputError("value", "missingValue", { what: { term: what } });
  throw new InputError("value", "notANumber", { what: { term: what }, value: describe(cell) });
}

/** A whole argument that must be one number (a 1×1 range counts). */
export function readScalarNumber(arg: CellArg, what: TermId): number {
  const grid = toGrid(arg);
  if (grid.rows !== 1 || grid.columns !== 1) throw new InputError("value", "mustBeColumn", { what: { term: what } });
  return readNumber(grid.cells[0][0], what);
}

/** An optional argument that must be one number; `fallback` when omitted. */
export function readOptionalNumber(arg: CellArg, what: TermId, fallback: number): number {
  return isOmitted(arg) ? fallback : readScalarNumber(arg, what);
}

/** An optional text argument (a 1×1 range counts); undefined when omitted. */
export function readOptionalText(arg: CellArg): string | undefined {
  if (isOmitted(arg)) return undefined;
  const grid = toGrid(arg);
  const cell = grid.cells[0][0];
  if (isExcelError(cell)) throw cell;
  return String(cell);
}

/** A column (n×1) or single value; a row (1×n) is accepted too and read as a column. */
export function readColumnCells(arg: CellArg, what: TermId): readonly CellValue[] {
  const grid = toGrid(arg);
  if (grid.rows === 0 || grid.columns === 0) throw new InputError("value", "emptyInput", { what: { term: what } });
  if (grid.columns === 1) return grid.cells.map((row) => row[0]);
  if (grid.rows === 1) return grid.cells[0];
  throw new InputError("value", "mustBeColumn", { what: { term: what } });
}

/** A column of numbers, all required. */
export function readNumberColumn(arg: CellArg, what: TermId): Float64Array {
  const cells = readColumnCells(arg, what);
  const out = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = readNumber(cells[i], what);
  return out;
}

/** A column of numbers where blanks mean "no value" (NaN), e.g. optional caps. */
export function readOptionalNumberColumn(arg: CellArg, what: TermId): Float64Array {
  const cells = readColumnCells(arg, what);
  const out = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = isBlank(cells[i]) ? NaN : readNumber(cells[i], what);
  return out;
}

/** Shape text for messages, "3×1". */
export function shapeOf(grid: Grid): string {
  return `${grid.rows}×${grid.columns}`;
}

/** Give the result the caller's shape back: a plain value for a plain value, a matrix for a range. */
export function shapeLike(single: boolean, matrix: ResultValue[][]): ResultValue | ResultValue[][] {
  return single ? matrix[0][0] : matrix;
}

function describe(cell: CellValue): string {
  if (typeof cell === "string") return `"${cell.length > 40 ? cell.slice(0, 40) + "…" : cell}"`;
  return String(cell);
}

/**
 * The shape of an element-wise call: every argument is either a single value (repeated) or a range
 * of one common shape, as Excel's own array arithmetic lines them up.
 */
export function commonShape(grids: readonly Grid[], what: TermId): { rows: number; columns: number; single: boolean } {
  let shape: Grid | undefined;
  for (const g of grids) {
    if (g.rows === 0 || g.columns === 0) throw new InputError("value", "emptyInput", { what: { term: what } });
    if (g.rows === 1 && g.columns === 1) continue;
    if (!shape) shape = g;
    else if (shape.rows !== g.rows || shape.columns !== g.columns)
      throw new InputError("value", "shapeMismatch", { what: { term: what }, expected: shapeOf(shape), actual: shapeOf(g) });
  }
  if (!shape) return { rows: 1, columns: 1, single: grids.every((g) => g.single) };
  return { rows: shape.rows, columns: shape.columns, single: false };
}

/** The cell of a grid at (r, c), repeating a single value. */
export function cellAt(grid: Grid, r: number, c: number): CellValue {
  return grid.rows === 1 && grid.columns === 1 ? grid.cells[0][0] : grid.cells[r][c];
}

/** Columns read for one calculation must have the same number of rows: #VALUE! naming the first one that differs. */
export function checkSameRows(what: TermId, first: ArrayLike<unknown>, ...others: ArrayLike<unknown>[]): void {
  const different = others.find((o) => o.length !== first.length);
  if (different)
    throw new InputError("value", "shapeMismatch", {
      what: { term: what },
      expected: `${first.length}×1`,
      actual: `${different.length}×1`,
    });
}
