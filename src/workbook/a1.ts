/** A1 addresses: parse, format, and Excel's grid limits. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface CellAddress {
  readonly row: number; // 1-based
  readonly column: number; // 1-based
}

/** "B3" → { row: 3, column: 2 }; "$B$3" too; undefined when it is no address. */
export function parseCell(ref: string): CellAddress | undefined {
  const m = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(ref.toUpperCase());
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** "A1:C9" → corners; a single cell is a 1×1 range. */
export function parseRange(ref: string): { from: CellAddress; to: CellAddress } | undefined {
  const [a, b] = ref.split(":");
  const from = parseCell(a);
  const to = b === undefined ? from : parseCell(b);
  if (!from || !to) return undefined;
  return {
    from: { row: Math.min(from.row, to.row), column: Math.min(from.column, to.column) },
    to: { row: Math.max(from.row, to.row), column: Math.max(from.column, to.column) },
  };
}

export function columnName(column: number): string {
  let s = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** (row, column) → "B3" */
export function cellRef(row: number, column: number): string {
  return `${columnName(column)}${row}`;
}

/** (row, column) → "$B$3" */
export function absRef(row: number, column: number): string {
  return `$${columnName(column)}$${row}`;
}

export function rangeRef(r1: number, c1: number, r2: number, c2: number): string {
  return `${cellRef(r1, c1)}:${cellRef(r2, c2)}`;
}

/** A sheet name as a formula prefix: 'Quota plan'! (quotes doubled inside). */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

export function withinGrid(a: CellAddress): boolean {
  return a.row >= 1 && a.row <= MAX_ROWS && a.column >= 1 && a.column <= MAX_COLUMNS;
}
