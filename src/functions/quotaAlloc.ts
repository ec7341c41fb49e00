import { InputError } from "../core/errors";
import { allocateQuota } from "../core/quota/allocateQuota";
import {
  isBlank,
  isOmitted,
  readNumber,
  readOptionalNumber,
  readScalarNumber,
  toGrid,
  type CellArg,
  type ResultValue,
} from "./cells";

/** Adapter of =QUOTAALLOC: one quota per basis row, as a column. */
export function quotaAllocCells(
  total: CellArg,
  basis: CellArg,
  weights: CellArg,
  minimum: CellArg,
  maximum: CellArg,
  unit: CellArg,
): ResultValue[][] {
  const totalValue = readScalarNumber(total, "total");
  const basisGrid = toGrid(basis);
  if (basisGrid.rows === 0 || basisGrid.columns === 0) throw new InputError("value", "emptyInput", { what: { term: "basis" } });
  // A single row without weights is a list laid out across the sheet: allocate along it and answer in a row.
  const across = basisGrid.rows === 1 && basisGrid.columns > 1 && isOmitted(weights);
  if (across) {
    const transposed = quotaAllocCells(
      total,
      basisGrid.cells[0].map((c) => [c]),
      weights,
      minimum,
      maximum,
      unit,
    );
    return [transposed.map((row) => row[0])];
  }
  const columns: Float64Array[] = [];
  for (let c = 0; c < basisGrid.columns; c++) {
    const col = new Float64Array(basisGrid.rows);
    for (let r = 0; r < basisGrid.rows; r++) col[r] = readNumber(basisGrid.cells[r][c], "basis");
    columns.push(col);
  }
  const weightValues = isOmitted(weights)
    ? undefined
    : toGrid(weights)
        .cells.flat()
        .map((w) => readNumber(w, "weights"));
  const result = allocateQuota({
    total: totalValue,
    basis: columns,
    weights: weightValues,
    minimum: readCap(minimum, basisGrid.rows, "minimum"),
    maximum: readCap(maximum, basisGrid.rows, "maximum"),
    unit: readOptionalNumber(unit, "unit", 1),
  });
  return Array.from(result.quotas, (q) => [q]);
}

/** A cap: omitted, one value for every row, or a column with one value (or a blank for none) per row. */
function readCap(arg: CellArg, rows: number, what: "minimum" | "maximum"): number | Float64Array | undefined {
  if (isOmitted(arg)) return undefined;
  const grid = toGrid(arg);
  if (grid.rows === 1 && grid.columns === 1) return readNumber(grid.cells[0][0], what);
  const cells = grid.columns === 1 ? grid.cells.map((r) => r[0]) : grid.rows === 1 ? grid.cells[0] : undefined;
  if (!cells || cells.length !== rows)
    throw new InputError("value", "shapeMismatch", {
      what: { term: what },
      expected: `${rows}×1`,
      actual: `${grid.rows}×${grid.columns}`,
    });
  return Float64Array.from(cells, (c) => (isBlank(c) ? NaN : readNumber(c, what)));
}
