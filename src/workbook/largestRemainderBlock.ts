import { absRef, cellRef } from "./a1";
import { FMT, type SheetBuilder } from "./sheetBuilder";

/**
 * Writes the live largest-remainder columns of an allocation block: for each row, share = basis / Σ basis,
 * exact = total / unit × share, floor = INT(exact), fraction = exact − floor, rank (by fraction, ties: larger exact,
 * then earlier row), quota = (floor + 1 if rank ≤ units left over) × unit. Standard functions only (SUM, INT,
 * SUMPRODUCT, ROUND), so Excel, LibreOffice or any engine recalculates it, and the quotas add up exactly to the
 * total whenever the user edits the total or a basis.
 *
 * The cached results are computed here with the same arithmetic in the same order as the formulas.
 * Returns the column numbers of the written columns.
 */
export function writeLargestRemainderBlock(
  s: SheetBuilder,
  options: {
    firstRow: number;
    basisColumn: number;
    firstOutputColumn: number;
    basis: readonly number[];
    /** absolute address and value of the total and the unit */
    totalRef: string;
    total: number;
    unitRef: string;
    unit: number;
  },
): { share: number; exact: number; floor: number; fraction: number; rank: number; quota: number; quotas: number[] } {
  const { firstRow, basisColumn: bc, basis, total, unit } = options;
  const n = basis.length;
  const lastRow = firstRow + n - 1;
  const col = {
    share: options.firstOutputColumn,
    exact: options.firstOutputColumn + 1,
    floor: options.firstOutputColumn + 2,
    fraction: options.firstOutputColumn + 3,
    rank: options.firstOutputColumn + 4,
    quota: options.firstOutputColumn + 5,
  };
  const colRange = (c: number) => `${absRef(firstRow, c)}:${absRef(lastRow, c)}`;
  const basisSum = basis.reduce((a, b) => a + b, 0);
  const share = basis.map((b) => b / basisSum);
  const exact = share.map((x) => (total / unit) * x);
  const floor = exact.map((x) => Math.floor(x));
  const fraction = exact.map((x, i) => x - floor[i]);
  const leftover = total / unit - floor.reduce((a, b) => a + b, 0);
  const rank = fraction.map((f, i) => {
    let r = 0;
    for (let j = 0; j < n; j++) if (fraction[j] > f) r++;
    for (let j = 0; j < n; j++) if (fraction[j] === f && exact[j] > exact[i]) r++;
    for (let j = 0; j <= i; j++) if (fraction[j] === f && exact[j] === exact[i]) r++;
    return r;
  });
  const quotas = floor.map((x, i) => Number(((x + (rank[i] <= leftover ? 1 : 0)) * unit).toFixed(10)));
  for (let i = 0; i < n; i++) {
    const r = firstRow + i;
    const b = cellRef(r, bc);
    const e = cellRef(r, col.exact);
    const fl = cellRef(r, col.floor);
    const fr = cellRef(r, col.fraction);
    s.formula(r, col.share, `${b}/SUM(${colRange(bc)})`, share[i], { numFmt: FMT.percent });
    s.formula(r, col.exact, `${options.totalRef}/${options.unitRef}*${cellRef(r, col.share)}`, exact[i], { numFmt: FMT.ratio });
    s.formula(r, col.floor, `INT(${e})`, floor[i], { numFmt: FMT.integer });
    s.formula(r, col.fraction, `${e}-${fl}`, fraction[i], { numFmt: FMT.ratio });
    const frRange = colRange(col.fraction);
    const exRange = colRange(col.exact);
    s.formula(
      r,
      col.rank,
      `SUMPRODUCT(--(${frRange}>${fr}))+SUMPRODUCT((${frRange}=${fr})*(${exRange}>${e}))+SUMPRODUCT((${absRef(firstRow, col.fraction)}:${fr}=${fr})*(${absRef(firstRow, col.exact)}:${e}=${e}))`,
      rank[i],
      { numFmt: FMT.integer },
    );
    s.formula(
      r,
      col.quota,
      `(${fl}+IF(${cellRef(r, col.rank)}<=${options.totalRef}/${options.unitRef}-SUM(${colRange(col.floor)}),1,0))*${options.unitRef}`,
      quotas[i],
      { numFmt: unit < 1 ? FMT.money : FMT.integer },
    );
  }
  return { ...col, quotas };
}
