import type { RecordSource } from "./csvInput";

/** Messages of the command line, in both languages; every bad input exits with code 2 and one of these. */
export const CLI_MESSAGES = {
  fileMissing: ["File not found: {file}", "找不到文件：{file}"],
  emptyFile: ["{file} is empty: no header row.", "{file} 是空文件：没有标题行。"],
  missingColumn: [
    "{file}: no {what} column (looked for {names}); name it with {flag}.",
    "{file}：找不到{what}列（查找了 {names}），请用 {flag} 指定。",
  ],
  badDate: [
    '{file}, line {line}, column {column}: "{value}" is not a date (YYYY-MM-DD, YYYY/MM/DD or an Excel serial).',
    "{file} 第 {line} 行 {column} 列：“{value}”不是日期（YYYY-MM-DD、YYYY/MM/DD 或 Excel 序列号）。",
  ],
  badNumber: [
    '{file}, line {line}, column {column}: "{value}" is not a number.',
    "{file} 第 {line} 行 {column} 列：“{value}”不是数字。",
  ],
  blankCell: ["{file}, line {line}, column {column}: the cell is blank.", "{file} 第 {line} 行 {column} 列：单元格为空。"],
  badCsv: ["{file}, line {line}: {message}", "{file} 第 {line} 行：{message}"],
  badEncoding: [
    "{file} is not valid {encoding} text; try --encoding gbk or --encoding utf8.",
    "{file} 不是有效的 {encoding} 文本；请尝试 --encoding gbk 或 --encoding utf8。",
  ],
  outputExists: ["{file} exists; add --force to overwrite it.", "{file} 已存在；如需覆盖请加 --force。"],
  missingOut: ["Give an output file with --out.", "请用 --out 指定输出文件。"],
  badOutExt: ["--out must end in .xlsx or .csv: {file}", "--out 必须以 .xlsx 或 .csv 结尾：{file}"],
  unknownCommand: [
    'Unknown command "{command}". Run sales-planner --help.',
    "未知命令“{command}”。请运行 sales-planner --help。",
  ],
  badFlag: ["{flag}: {message}", "{flag}：{message}"],
  noRows: ["{file} has a header but no data rows.", "{file} 只有标题行，没有数据。"],
  engine: ["{file}: {message}", "{file}：{message}"],
} as const;

export type CliMessageId = keyof typeof CLI_MESSAGES;

export class CliError extends Error {
  constructor(
    readonly id: CliMessageId,
    readonly args: Readonly<Record<string, string | number>> = {},
    /** when args.line is a CSV record number, where to find its true line */
    readonly source?: RecordSource,
  ) {
    super(format(id, args, "en-US"));
    this.name = "CliError";
  }

  /** The same error with args.line turned from a record number into the line of the file (`resolveLine`). */
  withLine(line: number): CliError {
    return new CliError(this.id, { ...this.args, line });
  }

  localized(language: "en-US" | "zh-CN"): string {
    return format(this.id, this.args, language);
  }
}

function format(id: CliMessageId, args: Readonly<Record<string, string | number>>, language: "en-US" | "zh-CN"): string {
  return CLI_MESSAGES[id][language === "zh-CN" ? 1 : 0].replace(/\{(\w+)\}/g, (_, k: string) => String(args[k] ?? `{${k}}`));
}
