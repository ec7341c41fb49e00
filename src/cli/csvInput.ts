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
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * Streams the records of a CSV file (quotes, CRLF, BOM handled by csv-parse), decoded from `encoding`; the header row
 * comes first. Memory stays bounded whatever the file size. Malformed CSV is a CliError with the line.
 */
export async function* readCsv(file: string, encoding: Encoding | "auto" = "auto"): AsyncGenerator<CsvRecord> {
  if (!fs.existsSync(file)) throw new CliError("fileMissing", { file });
  const enc = encoding === "auto" ? detectEncoding(file) : encoding;
  const decode: Transform = iconv.decodeStream(enc === "gbk" ? "gb18030" : "utf8") as unknown as Transform;
  const parser = fs
    .createReadStream(file)
    .pipe(decode)
    .pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (enc === "utf8" && rec.record.some((f) => f.includes("\ufffd")))
        throw new CliError("badEncoding", { file: path.basename(file), encoding: "UTF-8" });
      yield { line: rec.info.lines, fields: rec.record };
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    const err = e as { message?: string; lines?: number };
    throw new CliError("badCsv", { file: path.basename(file), line: err.lines ?? 0, message: err.message ?? String(e) });
  }
}
