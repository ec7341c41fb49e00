import { InputError } from "../core/errors";
import type { Language } from "../core/i18n/language";
import { term } from "../core/i18n/terms";
import { serialFromText } from "../core/rfm/dates";
import { buildRfmTable, type FrequencyMode } from "../core/rfm/rfmTable";
import {
  checkSameRows,
  isBlank,
  isOmitted,
  readColumnCells,
  readOptionalText,
  toGrid,
  type CellArg,
  type CellValue,
  type ResultValue,
} from "./cells";
import { isExcelError } from "./excelErrors";
import { readOption } from "./options";
import { positionNumber } from "./series";

/** Column headers of RFMTABLE, in the display language. */
export function rfmTableHeaders(language: Language): string[] {
  return [term(language, "customer"), term(language, "recency"), term(language, "frequency"), term(language, "monetary")];
}

/** A date cell: an Excel serial number, or text in ISO (YYYY-MM-DD) or YYYY/MM/DD form; NaN when it is neither. */
export function dateFromCell(cell: CellValue): number {
  if (typeof cell === "number") return Number.isFinite(cell) && cell >= 0 ? cell : NaN;
  if (typeof cell === "string") return serialFromText(cell);
  return NaN;
}

/** Adapter of =RFMTABLE: transactions → customer, recency, frequency, monetary (one row per customer). */
export function rfmTableCells(
  customer: CellArg,
  date: CellArg,
  amount: CellArg,
  asOf: CellArg,
  frequencyMode: CellArg,
  headers: CellArg,
  language: Language,
): ResultValue[][] {
  const c = readColumnCells(customer, "customer");
  const d = readColumnCells(date, "date");
  const a = readColumnCells(amount, "amount");
  checkSameRows("rfmInputs", c, d, a);
  const mode = readOption(frequencyMode, "frequencyMode", ["rows", "days"] as const, "rows") as FrequencyMode;
  const keys: string[] = [];
  const original: CellValue[] = [];
  const dates: number[] = [];
  const amounts: number[] = [];
  for (let i = 0; i < c.length; i++) {
    const row = i + 1;
    if (isBlank(c[i]) && isBlank(d[i]) && isBlank(a[i])) continue;
    for (const cell of [c[i], d[i], a[i]]) if (isExcelError(cell)) throw cell;
    if (isBlank(c[i])) throw new InputError("value", "rowMissing", { row, what: { term: "customer" } });
    if (isBlank(d[i])) throw new InputError("value", "rowMissing", { row, what: { term: "date" } });
    if (isBlank(a[i])) throw new InputError("value", "rowMissing", { row, what: { term: "amount" } });
    const serial = dateFromCell(d[i]);
    if (Number.isNaN(serial)) throw new InputError("value", "badDate", { row, value: String(d[i]) });
    const amount = positionNumber(a[i], row, "amount");
    keys.push(String(c[i]).trim());
    original.push(c[i]);
    dates.push(serial);
    amounts.push(amount);
  }
  if (keys.length === 0) throw new InputError("value", "emptyInput", { what: { term: "rfmInputs" } });
  let asOfSerial: number | undefined;
  if (!isOmitted(asOf)) {
    const cell = toGrid(asOf).cells[0][0];
    asOfSerial = dateFromCell(cell);
    if (Number.isNaN(asOfSerial))
      throw new InputError("value", "notANumber", { what: { term: "asOf" }, value: String(readOptionalText(asOf)) });
  }
  const table = buildRfmTable(keys, dates, amounts, { asOf: asOfSerial, frequencyMode: mode });
  const out: ResultValue[][] = [];
  if (!isOmitted(headers) && toGrid(headers).cells[0][0] === true) out.push(rfmTableHeaders(language));
  for (let k = 0; k < table.customers.length; k++) {
    const first = original[table.firstRow[k]];
    out.push([first as ResultValue, table.recency[k], table.frequency[k], table.monetary[k]]);
  }
  return out;
}
