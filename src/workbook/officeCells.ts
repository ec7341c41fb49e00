import type { PlanCell } from "./plan";

/** Text Excel would read as a formula, a number or a date if typed: it must be written with a leading apostrophe. */
const NEEDS_QUOTE = /^[=+\-@']|^\s*[0-9.,]+\s*$|^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?$|^(true|false)$/i;

/**
 * What the Office.js adapter puts into `range.formulas` for a plan cell: "=formula" for a formula, the number or
 * boolean itself, "" for a blank, and text that Excel could take for something else (=HYPERLINK(...), +1-555,
 * 0012, 2026-01-05, TRUE) with a leading apostrophe, so data is always stored as the text it is.
 *
 * @example officeFormulasValue({ ref: "A1", value: "=HYPERLINK(\"x\")" }) // "'=HYPERLINK(\"x\")"
 */
export function officeFormulasValue(cell: PlanCell): string | number | boolean {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return NEEDS_QUOTE.test(v) ? `'${v}` : v;
  return v;
}
