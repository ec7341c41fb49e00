import { InputError } from "../core/errors";
import type { Language } from "../core/i18n/language";
import { segmentAction } from "../core/rfm/segmentActions";
import { isBlank, type CellArg, type ResultValue } from "./cells";
import { elementWise } from "./elementWise";
import { isExcelError } from "./excelErrors";

/** Adapter of =RFMACTION: the treatment of each segment name, #N/A with a message for an unknown one. */
export function rfmActionCells(segment: CellArg, language: Language) {
  return elementWise([segment], "segment", language, ([cell]): ResultValue => {
    if (isExcelError(cell)) throw cell;
    if (isBlank(cell)) return "";
    if (typeof cell !== "string") throw new InputError("na", "unknownSegment", { value: String(cell) });
    return segmentAction(cell, language);
  });
}
