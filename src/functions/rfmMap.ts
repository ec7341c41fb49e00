import { InputError } from "../core/errors";
import type { Language } from "../core/i18n/language";
import { segmentLabel } from "../core/i18n/segmentLabels";
import { GRID11_MAP, OTHERS, RFM_DEFAULT_MAP, segmentByMap, segmentMapFromRows, type SegmentMap } from "../core/rfm/segmentMaps";
import { isBlank, isOmitted, toGrid, type CellArg, type CellValue, type ResultValue } from "./cells";
import { elementWise } from "./elementWise";
import { isExcelError } from "./excelErrors";

/** The map argument: omitted or "rfm" → R rfm's ten segments; "grid11" → the R×FM grid; a range → the user's rules. */
export function readSegmentMap(arg: CellArg): SegmentMap {
  if (isOmitted(arg)) return RFM_DEFAULT_MAP;
  const grid = toGrid(arg);
  if (grid.rows === 1 && grid.columns === 1) {
    const key = String(grid.cells[0][0]).trim().toLowerCase();
    if (key === "rfm" || key === "default") return RFM_DEFAULT_MAP;
    if (key === "grid11" || key === "grid") return GRID11_MAP;
    throw new InputError("value", "unknownOption", {
      what: { term: "segmentMap" },
      allowed: '"rfm", "grid11", a range',
      value: key,
    });
  }
  return segmentMapFromRows(grid.cells);
}

function readScore(cell: CellValue): number {
  if (isExcelError(cell)) throw cell;
  if (typeof cell !== "number")
    throw new InputError("value", "notANumber", { what: { term: "score" }, value: JSON.stringify(cell) });
  if (!Number.isInteger(cell) || cell < 1 || cell > 9) throw new InputError("num", "binsRange", { value: cell });
  return cell;
}

/** Adapter of =RFMMAP: one segment name per row, errors in their row, blank rows blank. */
export function rfmMapCells(r: CellArg, f: CellArg, m: CellArg, map: CellArg, language: Language) {
  const segmentMap = readSegmentMap(map);
  return elementWise([r, f, m], "rfmInputs", language, ([rc, fc, mc]): ResultValue => {
    if (isBlank(rc) && isBlank(fc) && isBlank(mc)) return "";
    const [name] = segmentByMap([readScore(rc)], [readScore(fc)], [readScore(mc)], segmentMap);
    return segmentMap.id === "custom" && name !== OTHERS ? name : segmentLabel(name, language);
  });
}
