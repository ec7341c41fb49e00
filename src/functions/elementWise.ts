import { InputError } from "../core/errors";
import type { Language } from "../core/i18n/language";
import type { TermId } from "../core/i18n/terms";
import { cellAt, commonShape, shapeLike, toGrid, type CellArg, type CellValue, type ResultValue } from "./cells";
import { excelError, isExcelError } from "./excelErrors";

/** The Excel error a failing cell shows: an input problem's error, or an error value passed on; a bug is rethrown. */
function errorValue(e: unknown, language: Language): ResultValue {
  if (e instanceof InputError) return excelError(e, language);
  if (isExcelError(e)) return e;
  throw e;
}

/**
 * Apply a function element-wise over arguments that are single values or ranges of one shape,
 * the way Excel's array arithmetic lines them up. Each cell fails on its own: an error in one row
 * becomes that row's Excel error and the other rows still get their result.
 */
export function elementWise(
  args: readonly CellArg[],
  what: TermId,
  language: Language,
  compute: (cells: readonly CellValue[]) => ResultValue,
): ResultValue | ResultValue[][] {
  const grids = args.map(toGrid);
  const shape = commonShape(grids, what);
  const out: ResultValue[][] = [];
  for (let r = 0; r < shape.rows; r++) {
    const line: ResultValue[] = [];
    for (let c = 0; c < shape.columns; c++) {
      try {
        line.push(compute(grids.map((g) => cellAt(g, r, c))));
      } catch (e) {
        line.push(errorValue(e, language));
      }
    }
    out.push(line);
  }
  return shapeLike(shape.single, out);
}

/**
 * Like elementWise, but each row gives several cells (e.g. {difference, rate}). Arguments are single values or
 * columns of one length; a failing row shows its error in every cell of that row.
 */
export function rowWise(
  args: readonly CellArg[],
  what: TermId,
  language: Language,
  width: number,
  compute: (cells: readonly CellValue[]) => ResultValue[],
): ResultValue[][] {
  const grids = args.map(toGrid);
  const shape = commonShape(grids, what);
  if (shape.columns !== 1 && shape.rows !== 1) throw new InputError("value", "mustBeColumn", { what: { term: what } });
  const n = Math.max(shape.rows, shape.columns);
  const out: ResultValue[][] = [];
  for (let r = 0; r < n; r++) {
    const cells = grids.map((g) =>
      g.rows === 1 && g.columns === 1 ? g.cells[0][0] : g.columns === 1 ? g.cells[r][0] : g.cells[0][r],
    );
    try {
      out.push(compute(cells));
    } catch (e) {
      out.push(new Array<ResultValue>(width).fill(errorValue(e, language)));
    }
  }
  return out;
}

/** A ratio cell: NaN (a zero denominator) becomes #DIV/0!. */
export function ratioCell(x: number): ResultValue {
  return Number.isNaN(x) ? new CustomFunctions.Error("#DIV/0!" as CustomFunctions.ErrorCode) : x;
}
