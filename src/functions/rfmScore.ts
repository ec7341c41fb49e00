import { InputError } from "../core/errors";
import { scoreRfm, SCORE_METHODS, type ScoreMethod } from "../core/rfm/rfmScore";
import { checkSameRows, isBlank, readColumnCells, readOptionalNumber, type CellArg, type ResultValue } from "./cells";
import { readOption } from "./options";
import { positionNumber } from "./series";

/**
 * Read three columns of per-customer values for a whole-population calculation: blank rows (all three blank)
 * are skipped and come back blank; any other problem fails the call, naming the row, because every score
 * depends on every customer.
 */
export function readRfmColumns(recency: CellArg, frequency: CellArg, monetary: CellArg) {
  const r = readColumnCells(recency, "recency");
  const f = readColumnCells(frequency, "frequency");
  const m = readColumnCells(monetary, "monetary");
  checkSameRows("rfmInputs", r, f, m);
  const n = r.length;
  const R = new Float64Array(n).fill(NaN);
  const F = new Float64Array(n).fill(NaN);
  const M = new Float64Array(n).fill(NaN);
  let valid = 0;
  for (let i = 0; i < n; i++) {
    const row = i + 1;
    if (isBlank(r[i]) && isBlank(f[i]) && isBlank(m[i])) continue;
    R[i] = positionNumber(r[i], row, "recency");
    F[i] = positionNumber(f[i], row, "frequency");
    M[i] = positionNumber(m[i], row, "monetary");
    if (R[i] < 0) throw new InputError("num", "mustNotBeNegative", { what: { term: "recency" }, value: R[i] });
    if (F[i] < 0) throw new InputError("num", "mustNotBeNegative", { what: { term: "frequency" }, value: F[i] });
    valid++;
  }
  if (valid === 0) throw new InputError("value", "emptyInput", { what: { term: "rfmInputs" } });
  return { R, F, M };
}

/** Adapter of =RFMSCORE: n×4 of R, F, M scores and 100R+10F+M; blank rows stay blank. */
export function rfmScoreCells(
  recency: CellArg,
  frequency: CellArg,
  monetary: CellArg,
  bins: CellArg,
  method: CellArg,
): ResultValue[][] {
  const { R, F, M } = readRfmColumns(recency, frequency, monetary);
  const binCount = readOptionalNumber(bins, "bins", 5);
  const how = readOption(method, "method", SCORE_METHODS, "quantile", {
    r: "quantile",
    pandas: "rank",
    分位数: "quantile",
    排名: "rank",
    百分比排名: "percentrank",
  }) as ScoreMethod;
  const s = scoreRfm(R, F, M, binCount, how);
  const out: ResultValue[][] = [];
  for (let i = 0; i < R.length; i++) {
    out.push(s.recency[i] === 0 ? ["", "", "", ""] : [s.recency[i], s.frequency[i], s.monetary[i], s.combined[i]]);
  }
  return out;
}
