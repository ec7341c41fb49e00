#!/usr/bin/env node
/* The sales-planner command line: CSV/XLSX in, XLSX/CSV out, through core + workbook + xlsx. Exit codes: 0 done,
 * 2 bad input (nothing written), 1 a bug. */
import * as path from "path";
import { InputError } from "../core/errors";
import type { Language } from "../core/i18n/language";
import { parseLanguage } from "../core/i18n/language";
import type { ScoreMethod } from "../core/rfm/rfmScore";
import { buildAnalysisReport, buildAnalysisSheet } from "../workbook/analysisSheet";
import { buildBudgetControl } from "../workbook/budgetPlan";
import { buildQuotaPlan, QUOTA_DIMENSIONS, type QuotaDimension } from "../workbook/quotaPlan";
import type { WritePlan } from "../workbook/plan";
import { PlanValidationError } from "../workbook/validate";
import { writePlanFile } from "../xlsx/applyPlan";
import { lineOfRecord } from "./csvInput";
import { readTable, type InputRow } from "./records";
import { buildDemoPlan } from "./demo";
import { CliError } from "./errors";
import { checkOutput, writeAtomically } from "./output";
import { parseAmount, rfmCommand } from "./rfmCommand";

const HELP = {
  "en-US": `sales-planner — marketing and sales planning from the command line (Sales Planner for Excel)

Usage:
  sales-planner rfm <transactions.csv|.xlsx> --out <file.xlsx|file.csv> [options]
      --customer COL --date COL --amount COL   column names (found by header otherwise: customer/客户, date/日期, amount/金额)
      --as-of YYYY-MM-DD                        analysis date (default: the day after the last transaction)
      --frequency rows|days                     count transaction rows (default) or distinct purchase days
      --method quantile|rank|percentrank        R rfm (default), pandas qcut of rank, or percent rank
  sales-planner quota <basis.csv|.xlsx> --total N --out <file.xlsx> [--name COL] [--basis COL] [--dimension ${QUOTA_DIMENSIONS.join("|")}] [--unit U]
      basis.csv: one row per name with its basis (e.g. last year's sales); optional columns potential, history
      (principle warnings) and minimum, maximum (caps; blank = none)
  sales-planner budget <expenses.csv|.xlsx> --out <file.xlsx>
      expenses.csv: line, actual, budget[, cap, norm, volume] → the budget-control sheet
  sales-planner analyze <units.csv|.xlsx> --out <file.xlsx> [--title TEXT] [--author NAME] [--date YYYY-MM-DD]
      units.csv: name, plan, actual, prior → comparisons, composition and the analysis report
  sales-planner demo [--lang zh-CN|en-US] [--out demo/sales-planner-demo.xlsx]
      the demo workbook of a made-up machinery dealer, every sheet (default --lang zh-CN)

Common options:
  --lang zh-CN|en-US   labels and messages (default: zh-CN when LANG starts with zh, else en-US)
  --encoding auto|utf8|gbk   input encoding (auto: UTF-8, or GBK as Chinese Excel saves CSV)
  --force              overwrite an existing output file
  --help               this help (in --lang)

Bad input: a message with file, line and column, exit code 2, and no output file.`,
  "zh-CN": `sales-planner —— 命令行版销售计划助手

用法：
  sales-planner rfm <交易明细.csv|.xlsx> --out <文件.xlsx|文件.csv> [选项]
      --customer 列名 --date 列名 --amount 列名   指定列（默认按标题识别：customer/客户、date/日期、amount/金额）
      --as-of YYYY-MM-DD                         分析日期（默认：最后一笔交易的次日）
      --frequency rows|days                      按交易行数（默认）或按不同购买日计频次
      --method quantile|rank|percentrank         R rfm 分位数法（默认）、pandas 排名分箱或百分比排名
  sales-planner quota <基数.csv|.xlsx> --total 总额 --out <文件.xlsx> [--name 列名] [--basis 列名] [--dimension ${QUOTA_DIMENSIONS.join("|")}] [--unit 单位]
      基数.csv：每行一个名称及其分配基数（如上年销售额）；可选列 potential、history（配额原则提示）
      以及 minimum、maximum（上下限；空白表示不设）
  sales-planner budget <费用.csv|.xlsx> --out <文件.xlsx>
      费用.csv：line, actual, budget[, cap, norm, volume] → 费用控制表
  sales-planner analyze <单位.csv|.xlsx> --out <文件.xlsx> [--title 标题] [--author 报告人] [--date YYYY-MM-DD]
      单位.csv：name, plan, actual, prior → 比较分析、构成比率与分析报告
  sales-planner demo [--lang zh-CN|en-US] [--out demo/sales-planner-demo.xlsx]
      虚构机械经销商的示例工作簿，包含全部工作表（默认 --lang zh-CN）

通用选项：
  --lang zh-CN|en-US   标签与提示语言（默认：LANG 以 zh 开头时为 zh-CN，否则 en-US）
  --encoding auto|utf8|gbk   输入编码（auto：UTF-8，或中文 Excel 另存的 GBK）
  --force              覆盖已存在的输出文件
  --help               显示本帮助（按 --lang）

输入有误时：给出文件、行号和列号，退出码 2，且不生成输出文件。`,
} as const;

export interface Parsed {
  command?: string;
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[]): Parsed {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--")) {
      const [k, v] = a.slice(2).split("=", 2);
      if (v !== undefined) flags.set(k, v);
      else if (["force", "help"].includes(k) || i + 1 >= argv.length || argv[i + 1].startsWith("--")) flags.set(k, true);
      else flags.set(k, argv[++i]);
    } else positional.push(a);
  }
  return { command: positional.shift(), positional, flags };
}

function flag(p: Parsed, name: string): string | undefined {
  const v = p.flags.get(name);
  if (v === true) throw new CliError("badFlag", { flag: `--${name}`, message: "needs a value" });
  return v;
}

function choice<T extends string>(p: Parsed, name: string, allowed: readonly T[], fallback: T): T {
  const v = flag(p, name);
  if (v === undefined) return fallback;
  if (!allowed.includes(v as T)) throw new CliError("badFlag", { flag: `--${name}`, message: `${v} (${allowed.join("|")})` });
  return v as T;
}

function languageOf(p: Parsed, env: NodeJS.ProcessEnv): Language {
  const v = p.flags.get("lang");
  if (typeof v === "string") {
    const l = parseLanguage(v);
    if (!l) throw new CliError("badFlag", { flag: "--lang", message: `${v} (zh-CN|en-US)` });
    return l;
  }
  return (env.LANG ?? "").toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

function numberAt(file: string, row: InputRow, header: string[], name: string, optional = false): number | undefined {
  const text = row.get(name);
  if (text === undefined || text.trim() === "") {
    if (optional) return undefined;
    if (!header.includes(name)) throw new CliError("missingColumn", { file, what: name, names: name, flag: name });
    throw new CliError("blankCell", { file, line: row.line, column: header.indexOf(name) + 1 }, row.source);
  }
  const n = parseAmount(text);
  if (Number.isNaN(n))
    throw new CliError("badNumber", { file, line: row.line, column: header.indexOf(name) + 1, value: text }, row.source);
  return n;
}

async function writePlan(plan: WritePlan, out: string, force: boolean): Promise<void> {
  await writeAtomically(out, force, async (tmp) => {
    await writePlanFile(plan, tmp);
  });
}

export async function run(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  const p = parseArgs(argv);
  let language: Language = "en-US";
  try {
    language = languageOf(p, env);
    if (p.flags.has("help") || p.command === undefined || p.command === "help") {
      io.out.write(HELP[language] + "\n");
      return 0;
    }
    const force = p.flags.has("force");
    const encoding = choice(p, "encoding", ["auto", "utf8", "gbk"] as const, "auto");
    const input = p.positional[0];
    switch (p.command) {
      case "rfm": {
        if (!input) throw new CliError("fileMissing", { file: "<transactions>" });
        const message = await rfmCommand({
          input,
          out: flag(p, "out"),
          customer: flag(p, "customer"),
          date: flag(p, "date"),
          amount: flag(p, "amount"),
          asOf: flag(p, "as-of"),
          frequency: choice(p, "frequency", ["rows", "days"] as const, "rows"),
          method: choice(p, "method", ["quantile", "rank", "percentrank"] as const, "quantile") as ScoreMethod,
          language,
          encoding,
          force,
          progress: (n) => io.err.write(`… ${n.toLocaleString("en-US")} rows\n`),
        });
        io.out.write(message + "\n");
        return 0;
      }
      case "quota": {
        const out = checkOutput(flag(p, "out"), force, [".xlsx"]);
        if (!input) throw new CliError("fileMissing", { file: "<basis.csv>" });
        const totalText = flag(p, "total");
        const total = totalText === undefined ? NaN : parseAmount(totalText);
        if (Number.isNaN(total)) throw new CliError("badFlag", { flag: "--total", message: String(totalText) });
        const { header, rows } = await readTable(input, encoding);
        const file = path.basename(input);
        const nameCol = (flag(p, "name") ?? header[0]).toLowerCase();
        const basisCol = (flag(p, "basis") ?? header[1]).toLowerCase();
        const withChecks = header.includes("potential") && header.includes("history");
        const caps = (name: string) =>
          header.includes(name) ? rows.map((r) => numberAt(file, r, header, name, true) ?? NaN) : undefined;
        const sheet = buildQuotaPlan(
          {
            dimension: choice(p, "dimension", QUOTA_DIMENSIONS, "region") as QuotaDimension,
            names: rows.map((r) => r.get(nameCol) ?? ""),
            basis: rows.map((r) => numberAt(file, r, header, basisCol)!),
            total,
            unit: flag(p, "unit") === undefined ? 1 : parseAmount(flag(p, "unit")!),
            potential: withChecks ? rows.map((r) => numberAt(file, r, header, "potential")!) : undefined,
            history: withChecks ? rows.map((r) => numberAt(file, r, header, "history")!) : undefined,
            minimum: caps("minimum"),
            maximum: caps("maximum"),
          },
          language,
        );
        await writePlan({ sheets: [sheet] }, out, force);
        io.out.write(`${rows.length} quotas → ${out}\n`);
        return 0;
      }
      case "budget": {
        const out = checkOutput(flag(p, "out"), force, [".xlsx"]);
        if (!input) throw new CliError("fileMissing", { file: "<expenses.csv>" });
        const { header, rows } = await readTable(input, encoding);
        const file = path.basename(input);
        const sheet = buildBudgetControl(
          rows.map((r) => ({
            line: r.get("line") ?? "",
            actual: numberAt(file, r, header, "actual")!,
            budget: numberAt(file, r, header, "budget")!,
            cap: numberAt(file, r, header, "cap", true),
            norm: numberAt(file, r, header, "norm", true),
            volume: numberAt(file, r, header, "volume", true),
          })),
          language,
        );
        await writePlan({ sheets: [sheet] }, out, force);
        io.out.write(`${rows.length} expense lines → ${out}\n`);
        return 0;
      }
      case "analyze": {
        const out = checkOutput(flag(p, "out"), force, [".xlsx"]);
        if (!input) throw new CliError("fileMissing", { file: "<units.csv>" });
        const { header, rows } = await readTable(input, encoding);
        const file = path.basename(input);
        const units = rows.map((r) => ({
          name: r.get("name") ?? "",
          plan: numberAt(file, r, header, "plan")!,
          actual: numberAt(file, r, header, "actual")!,
          prior: numberAt(file, r, header, "prior")!,
        }));
        const input2 = {
          title: flag(p, "title") ?? (language === "zh-CN" ? "销售活动分析" : "Sales activity analysis"),
          units,
          author: flag(p, "author") ?? "",
          date: flag(p, "date") ?? new Date().toISOString().slice(0, 10),
        };
        const sheet = buildAnalysisSheet(input2, language);
        await writePlan({ sheets: [sheet, buildAnalysisReport(input2, language, sheet.name)] }, out, force);
        io.out.write(`${units.length} units → ${out}\n`);
        return 0;
      }
      case "demo": {
        if (!p.flags.has("lang")) language = "zh-CN"; // the demo dealer is Chinese: zh-CN unless asked otherwise
        const out = flag(p, "out") ?? path.join("demo", "sales-planner-demo.xlsx");
        checkOutput(out, true, [".xlsx"]);
        const { plan, summary } = await buildDemoPlan(language);
        await writePlan(plan, out, true);
        io.out.write(`${language === "zh-CN" ? "已写入" : "Wrote"} ${out} (${language}):\n${summary.join("\n")}\n`);
        return 0;
      }
      default:
        throw new CliError("unknownCommand", { command: p.command });
    }
  } catch (e) {
    if (e instanceof CliError) {
      const resolved =
        e.source && typeof e.args.line === "number"
          ? e.withLine(await lineOfRecord(e.source, e.args.line).catch(() => e.args.line as number))
          : e;
      io.err.write(`sales-planner: ${resolved.localized(language)}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err.write(`sales-planner: ${e.localized(language)}\n`);
      return 2;
    }
    if (e instanceof PlanValidationError) {
      io.err.write(`sales-planner: ${e.problems.map((x) => x[language]).join("\n")}\n`);
      return 2;
    }
    io.err.write(`sales-planner: internal error, please report: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
