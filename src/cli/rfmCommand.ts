import * as fs from "fs";
import * as path from "path";
import type { Language } from "../core/i18n/language";
import { serialFromText } from "../core/rfm/dates";
import { RfmAccumulator } from "../core/rfm/rfmAccumulator";
import type { ScoreMethod } from "../core/rfm/rfmScore";
import type { FrequencyMode, RfmTable } from "../core/rfm/rfmTable";
import { InputError } from "../core/errors";
import { buildSegmentReport, segmentRows, type SegmentRow } from "../workbook/segmentReport";
import { writePlanFile } from "../xlsx/applyPlan";
import { findColumn } from "./columns";
import { type Encoding, type RecordSource } from "./csvInput";
import { readRecordsFrom } from "./records";
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

const isBlankText = (v: string | undefined) => v === undefined || v.length === 0 || /^\s*$/.test(v);

/** A cell that must not be blank, or a CliError naming its line and column. */
function requiredCell(fields: readonly string[], i: number, file: string, line: number, source?: RecordSource): string {
  const v = fields[i];
  if (isBlankText(v)) throw new CliError("blankCell", { file, line, column: i + 1 }, source);
  return v;
}

/** Reads transactions (CSV streamed, or the first sheet of an .xlsx) into the streaming accumulator. */
export async function readTransactions(options: RfmOptions): Promise<RfmTable> {
  const file = path.basename(options.input);
  const acc = new RfmAccumulator(options.frequency);
  let columns: [number, number, number] | undefined;
  for await (const { line, fields, source } of readRecordsFrom(options.input, options.encoding)) {
    if (!columns) {
      columns = [
        findColumn(fields, "customer", options.customer, file, "--customer"),
        findColumn(fields, "date", options.date, file, "--date"),
        findColumn(fields, "amount", options.amount, file, "--amount"),
      ];
      continue;
    }
    const [ci, di, ai] = columns;
    // a wholly blank line is skipped; the whole line is looked at only when one of our cells is blank
    if ((isBlankText(fields[ci]) || isBlankText(fields[di]) || isBlankText(fields[ai])) && fields.every(isBlankText)) continue;
    const customer = requiredCell(fields, ci, file, line, source).trim();
    const rawDate = requiredCell(fields, di, file, line, source);
    const date = parseDateCell(rawDate);
    if (Number.isNaN(date)) throw new CliError("badDate", { file, line, column: di + 1, value: rawDate }, source);
    const rawAmount = requiredCell(fields, ai, file, line, source);
    const amount = parseAmount(rawAmount);
    if (Number.isNaN(amount)) throw new CliError("badNumber", { file, line, column: ai + 1, value: rawAmount }, source);
    acc.add(customer, date, amount);
    if (acc.transactions % 500_000 === 0) options.progress(acc.transactions);
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
