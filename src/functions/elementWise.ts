import { InputError } from "../core/errors";
import type { Language } from "../core/i18n/language";
import type { TermId } from "../core/i18n/terms";
import { cellAt, commonShape, shapeLike, toGrid, type CellArg, type CellValue, type ResultValue } from "./cells";
import { excelError, isExcelError } from "./excelErrors";

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
        if (e instanceof InputError) line.push(excelError(e, language));
        else if (isExcelError(e)) line.push(e);
        else throw e;
      }
    }
    out.push(line);
  }
  return shapeLike(shape.single, out);
}
