import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Language } from "../core/i18n/language";
import { serialFromText } from "../core/rfm/dates";
import { RfmAccumulator } from "../core/rfm/rfmAccumulator";
import type { ScoreMethod } from "../core/rfm/rfmScore";
import type { FrequencyMode, RfmTable } from "../core/rfm/rfmTable";
import { InputError } from "../core/errors";
import { buildSegmentReport, segmentRows, type SegmentRow } from "../workbook/segmentReport";
import { writePlanFile } from "../xlsx/applyPlan";
import { findColumn } from "./columns";
import { readCsv, type Encoding, type RecordSource } from "./csvInput";
import { CliError } from "./errors";
import { checkOutput, writeAtomically } from "./output";

export interface RfmOptions {
  readonly input: string;
  readonly out?: string;
  readonly customer?: string;
  readonly date?: string;
  readonly amount?: string;
  readonly asOf?: string;
  readonly frequency: FrequencyMode;
  readonly method: ScoreMethod;
  readonly language: Language;
  readonly encoding: Encoding | "auto";
  readonly force: boolean;
  readonly progress: (rows: number) => void;
}

/** A date cell of an input file: ISO, YYYY/MM/DD, or an Excel serial number. */
export function parseDateCell(text: string): number {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) {
    const serial = Number(t);
    return serial >= 1 && serial < 2_958_466 ? serial : NaN;
  }
  return serialFromText(t);
}

/** Parse a number as written in exports: 1234.5, 1,234.50, ¥1,234.50, "  12 ". */
export function parseAmount(text: string): number {
  const t = text
    .trim()
    .replace(/^[¥$€£]/, "")
    .replace(/,(?=\d{3}(\D|$))/g, "");
  if (t === "" || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return NaN;
  return Number(t);
}

/** Reads transactions (CSV streamed, or the first sheet of an .xlsx) into the streaming accumulator. */
export async function readTransactions(options: RfmOptions): Promise<RfmTable> {
  const file = path.basename(options.input);
  const acc = new RfmAccumulator(options.frequency);
  let columns: [number, number, number] | undefined;
  const take = (line: number, fields: readonly unknown[], source?: RecordSource) => {
    if (!columns) {
      const header = fields.map((f) => String(f ?? ""));
      columns = [
        findColumn(header, "customer", options.customer, file, "--customer"),
        findColumn(header, "date", options.date, file, "--date"),
        findColumn(header, "amount", options.amount, file, "--amount"),
      ];
      return;
    }
    const [ci, di, ai] = columns;
    if (fields.every((f) => f === null || f === undefined || String(f).trim() === "")) return;
    const cell = (i: number) => {
      const v = fields[i];
      if (v === null || v === undefined || String(v).trim() === "")
        throw new CliError("blankCell", { file, line, column: i + 1 }, source);
      return v;
    };
    const customer = String(cell(ci)).trim();
    const rawDate = cell(di);
    const date =
      rawDate instanceof Date
        ? rawDate.getTime() / 86_400_000 + 25_569
        : typeof rawDate === "number"
          ? rawDate
          : parseDateCell(String(rawDate));
    if (Number.isNaN(date)) throw new CliError("badDate", { file, line, column: di + 1, value: String(rawDate) }, source);
    const rawAmount = cell(ai);
    const amount = typeof rawAmount === "number" ? rawAmount : parseAmount(String(rawAmount));
    if (Number.isNaN(amount)) throw new CliError("badNumber", { file, line, column: ai + 1, value: String(rawAmount) }, source);
    acc.add(customer, date, amount);
    if (acc.transactions % 500_000 === 0) options.progress(acc.transactions);
  };
  if (options.input.toLowerCase().endsWith(".xlsx")) {
    if (!fs.existsSync(options.input)) throw new CliError("fileMissing", { file: options.input });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(options.input);
    const ws = wb.worksheets[0];
    if (!ws || ws.rowCount === 0) throw new CliError("emptyFile", { file });
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const values = (row.values as unknown[])
        .slice(1)
        .map((v) => (v && typeof v === "object" && "result" in (v as object) ? (v as { result: unknown }).result : v));
      take(n, values);
    });
  } else {
    for await (const rec of readCsv(options.input, options.encoding)) take(rec.line, rec.fields, rec.source);
  }
  if (!columns) throw new CliError("emptyFile", { file });
  if (acc.transactions === 0) throw new CliError("noRows", { file });
  let asOf: number | undefined;
  if (options.asOf !== undefined) {
    asOf = parseDateCell(options.asOf);
    if (Number.isNaN(asOf)) throw new CliError("badFlag", { flag: "--as-of", message: options.asOf });
  }
  try {
    return acc.finish(asOf);
  } catch (e) {
    if (e instanceof InputError) throw new CliError("engine", { file, message: e.localized(options.language) });
    throw e;
  }
}

const CSV_HEADER = [
  "customer",
  "recency",
  "frequency",
  "monetary",
  "r_score",
  "f_score",
  "m_score",
  "rfm_score",
  "class8",
  "segment",
  "action",
];

function csvLine(cells: readonly (string | number)[]): string {
  return cells
    .map((c) => (typeof c === "number" ? String(c) : /[",\r\n]/.test(c) || /^[=+\-@]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
    .join(",");
}

/** Writes the CSV in chunks (UTF-8 with a BOM so Excel opens Chinese text correctly, CRLF line ends). */
export async function writeRowsCsv(file: string, rows: readonly SegmentRow[]): Promise<void> {
  const out = fs.createWriteStream(file, { encoding: "utf8" });
  const write = (text: string) => new Promise<void>((resolve, reject) => out.write(text, (e) => (e ? reject(e) : resolve())));
  await write("\ufeff" + csvLine(CSV_HEADER) + "\r\n");
  for (let i = 0; i < rows.length; i += 10_000) {
    let chunk = "";
    for (const r of rows.slice(i, i + 10_000))
      chunk +=
        csvLine([r.customer, r.recency, r.frequency, r.monetary, r.r, r.f, r.m, r.score, r.class8, r.segment, r.action]) + "\r\n";
    await write(chunk);
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

/** `sales-planner rfm`: transactions → RFM table, scores, eight classes, segments; CSV or the segment-report workbook. */
export async function rfmCommand(options: RfmOptions): Promise<string> {
  const out = checkOutput(options.out, options.force, [".xlsx", ".csv"]);
  const table = await readTransactions(options);
  const rows = segmentRows(table, options.language, options.method);
  await writeAtomically(out, options.force, async (tmp) => {
    if (out.toLowerCase().endsWith(".csv")) await writeRowsCsv(tmp, rows);
    else await writePlanFile({ sheets: buildSegmentReport(rows, options.language) }, tmp);
  });
  return `${table.customers.length} customers from ${options.input} → ${out}`;
}
