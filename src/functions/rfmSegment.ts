import { InputError } from "../core/errors";
import type { Language } from "../core/i18n/language";
import { rfmClass8Label } from "../core/i18n/rfmLabels";
import { classifyRfm8, rfmThresholdsFromData, type RfmThresholds } from "../core/rfm/rfmClass8";
import {
  isBlank,
  isOmitted,
  readNumber,
  shapeLike,
  shapeOf,
  toGrid,
  type CellArg,
  type CellValue,
  type Grid,
  type ResultValue,
} from "./cells";
import { excelError, isExcelError } from "./excelErrors";
import { readLanguage } from "./language";

/** Adapter of =RFMSEGMENT: cells in, one eight-class label (or a row error, or a blank) per cell out. */
export function rfmSegmentCells(
  recency: CellArg,
  frequency: CellArg,
  monetary: CellArg,
  thresholds: CellArg,
  language: CellArg,
): ResultValue | ResultValue[][] {
  const lang = readLanguage(language);
  const grids = [toGrid(recency), toGrid(frequency), toGrid(monetary)];
  const [r, f, m] = grids;
  for (const g of grids) {
    if (g.rows === 0 || g.columns === 0) throw new InputError("value", "emptyInput", { what: { term: "rfmInputs" } });
    if (g.rows !== r.rows || g.columns !== r.columns)
      throw new InputError("value", "shapeMismatch", { what: { term: "rfmInputs" }, expected: shapeOf(r), actual: shapeOf(g) });
  }
  const n = r.rows * r.columns;
  const R = new Float64Array(n);
  const F = new Float64Array(n);
  const M = new Float64Array(n);
  const status: (null | "blank" | InputError | CustomFunctions.Error)[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    const row = Math.floor(i / r.columns);
    const col = i % r.columns;
    const cells: CellValue[] = [cellOf(r, row, col), cellOf(f, row, col), cellOf(m, row, col)];
    R[i] = F[i] = M[i] = NaN;
    if (cells.every(isBlank)) {
      status[i] = "blank";
      continue;
    }
    try {
      const rv = readNumber(cells[0], "recency");
      const fv = readNumber(cells[1], "frequency");
      const mv = readNumber(cells[2], "monetary");
      if (rv < 0) throw new InputError("num", "mustNotBeNegative", { what: { term: "recency" }, value: rv });
      if (fv < 0) throw new InputError("num", "mustNotBeNegative", { what: { term: "frequency" }, value: fv });
      R[i] = rv;
      F[i] = fv;
      M[i] = mv;
    } catch (e) {
      if (e instanceof InputError || isExcelError(e)) status[i] = e;
      else throw e;
    }
  }
  const t = readThresholds(thresholds, R, F, M);
  const out: ResultValue[][] = [];
  for (let row = 0; row < r.rows; row++) {
    const line: ResultValue[] = [];
    for (let col = 0; col < r.columns; col++) {
      const i = row * r.columns + col;
      line.push(resultFor(status[i], R[i], F[i], M[i], t, lang));
    }
    out.push(line);
  }
  return shapeLike(r.single, out);
}

function cellOf(grid: Grid, row: number, col: number): CellValue {
  return grid.cells[row][col];
}

function resultFor(
  status: null | "blank" | InputError | CustomFunctions.Error,
  r: number,
  f: number,
  m: number,
  t: RfmThresholds,
  lang: Language,
): ResultValue {
  if (status === "blank") return "";
  if (status instanceof InputError) return excelError(status, lang);
  if (status) return status;
  return rfmClass8Label(classifyRfm8(r, f, m, t), lang);
}

/** thresholds: omitted or "average" → the means; "median" → the medians; three numbers → those cut points. */
function readThresholds(arg: CellArg, R: Float64Array, F: Float64Array, M: Float64Array): RfmThresholds {
  if (isOmitted(arg)) return rfmThresholdsFromData(R, F, M, "average");
  const grid = toGrid(arg);
  const cells = grid.cells.flat();
  if (cells.length === 1 && typeof cells[0] === "string") {
    const rule = cells[0].trim().toLowerCase();
    if (rule === "average" || rule === "mean" || rule === "平均" || rule === "平均值")
      return rfmThresholdsFromData(R, F, M, "average");
    if (rule === "median" || rule === "中位数") return rfmThresholdsFromData(R, F, M, "median");
    throw new InputError("value", "thresholdsShape");
  }
  if (cells.length !== 3) throw new InputError("value", "thresholdsShape");
  return {
    recency: readNumber(cells[0], "thresholds"),
    frequency: readNumber(cells[1], "thresholds"),
    monetary: readNumber(cells[2], "thresholds"),
  };
}
