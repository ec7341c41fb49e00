import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { readCsv, type CsvRecord, type Encoding, type RecordSource } from "./csvInput";
import { CliError } from "./errors";

/** A cell of an .xlsx input as text: numbers as written, dates as YYYY-MM-DD, formulas by their cached result. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("result" in v) return cellText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}

/** The records of an input table, header first: a CSV file (streamed) or the first sheet of an .xlsx workbook. */
export async function* readRecordsFrom(file: string, encoding: Encoding | "auto"): AsyncGenerator<CsvRecord> {
  if (!file.toLowerCase().endsWith(".xlsx")) {
    yield* readCsv(file, encoding);
    return;
  }
  if (!fs.existsSync(file)) throw new CliError("fileMissing", { file });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new CliError("badCsv", { file: path.basename(file), line: 0, message: e instanceof Error ? e.message : String(e) });
  }
  const ws = wb.worksheets[0];
  if (!ws) return;
  const records: CsvRecord[] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    records.push({ line, fields: values.map(cellText) });
  });
  yield* records;
}

/** A data row of an input table, its cells looked up by (lower-case) header name. */
export interface InputRow {
  readonly line: number;
  readonly source?: RecordSource;
  readonly get: (name: string) => string | undefined;
}

/** An input table (CSV or the first sheet of an .xlsx) with a header row and at least one data row. */
export async function readTable(file: string, encoding: Encoding | "auto"): Promise<{ header: string[]; rows: InputRow[] }> {
  let header: string[] | undefined;
  const rows: InputRow[] = [];
  for await (const rec of readRecordsFrom(file, encoding)) {
    if (!header) {
      header = rec.fields.map((h) => h.trim().toLowerCase());
      continue;
    }
    const fields = rec.fields;
    const h = header;
    rows.push({
      line: rec.line,
      source: rec.source,
      get: (name) => {
        const i = h.indexOf(name);
        return i >= 0 ? fields[i] : undefined;
      },
    });
  }
  if (!header) throw new CliError("emptyFile", { file: path.basename(file) });
  if (rows.length === 0) throw new CliError("noRows", { file: path.basename(file) });
  return { header, rows };
}
