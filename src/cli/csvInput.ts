import { parse } from "csv-parse";
import * as fs from "fs";
import iconv from "iconv-lite";
import * as path from "path";
import { Transform } from "stream";
import { CliError } from "./errors";

export type Encoding = "utf8" | "gbk";

/**
 * Guess the encoding of a file from its first bytes: a UTF-8 BOM or valid UTF-8 → utf8; otherwise gbk (what Chinese
 * Excel writes for "CSV"). Reads at most 64 KiB.
 */
export function detectEncoding(file: string): Encoding {
  const fd = fs.openSync(file, "r");
  try {
    const buf = Buffer.alloc(65_536);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const head = buf.subarray(0, n);
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf8";
    // a multi-byte character may be cut at the end of the sample: ignore the last 3 bytes
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, n === buf.length ? n - 3 : n));
      return "utf8";
    } catch {
      return "gbk";
    }
  } finally {
    fs.closeSync(fd);
  }
}

export interface CsvRecord {
  /**
   * The line of the record in the file; for CSV read at full speed, the record's number (header = 1), turned into
   * the true line (quoted fields may span lines, empty lines are skipped) only when an error needs it: see `source`.
   */
  readonly line: number;
  readonly fields: readonly string[];
  /** set when `line` is a record number to resolve with lineOfRecord */
  readonly source?: RecordSource;
}

export interface RecordSource {
  readonly file: string;
  readonly encoding: Encoding | "auto";
}

/** The file as a stream of text, decoded from its encoding (detected when "auto"). */
function decodedText(file: string, encoding: Encoding | "auto"): { enc: Encoding; text: Transform } {
  const enc = encoding === "auto" ? detectEncoding(file) : encoding;
  const text = fs.createReadStream(file).pipe(iconv.decodeStream(enc === "gbk" ? "gb18030" : "utf8") as unknown as Transform);
  return { enc, text };
}

/**
 * The line on which record `record` (1-based, header = 1) starts, counting physical lines as an editor shows them
 * (CRLF, LF or CR is one line break, also inside quoted fields; empty lines count but are no records). Done by a
 * second, simple pass over the file, only when an error has to name a line, so the normal read stays fast.
 */
export async function lineOfRecord(source: RecordSource, record: number): Promise<number> {
  const { text } = decodedText(source.file, source.encoding);
  let line = 1;
  let inQuotes = false;
  let hasContent = false;
  let startLine = 1;
  let done = 0;
  let afterCR = false;
  for await (const chunk of text as AsyncIterable<string>) {
    for (const ch of chunk) {
      if (afterCR && ch === "\n") {
        afterCR = false;
        continue; // the LF of a CRLF was counted at the CR
      }
      afterCR = ch === "\r";
      if (ch === "\r" || ch === "\n") {
        if (!inQuotes && hasContent) {
          if (++done === record) {
            text.destroy();
            return startLine;
          }
          hasContent = false;
        }
        line++;
        continue;
      }
      if (ch === '"') inQuotes = !inQuotes;
      if (!hasContent) {
        hasContent = true;
        startLine = line;
      }
    }
  }
  return hasContent && done + 1 === record ? startLine : record;
}

/**
 * Streams the records of a CSV file (quotes, CRLF, BOM handled by csv-parse), decoded from `encoding`; the header row
 * comes first. Memory stays bounded whatever the file size. Malformed CSV is a CliError with the line.
 */
export async function* readCsv(file: string, encoding: Encoding | "auto" = "auto"): AsyncGenerator<CsvRecord> {
  if (!fs.existsSync(file)) throw new CliError("fileMissing", { file });
  const { enc, text } = decodedText(file, encoding);
  const parser = text.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
  const source: RecordSource = { file, encoding: enc };
  let record = 0;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      record++;
      if (enc === "utf8" && fields.some((f) => f.includes("\ufffd")))
        throw new CliError("badEncoding", { file: path.basename(file), encoding: "UTF-8" });
      yield { line: record, fields, source };
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    const err = e as { message?: string; lines?: number };
    throw new CliError("badCsv", { file: path.basename(file), line: err.lines ?? 0, message: err.message ?? String(e) });
  }
}
