import { CUSTOM_FUNCTION_NAMES } from "../core/catalog";
import { parseCell, parseRange, withinGrid } from "./a1";
import type { PlanSheet, WritePlan } from "./plan";

/** One thing wrong with a plan, in both languages; nothing is written while any exists. */
export interface PlanProblem {
  readonly sheet?: string;
  readonly ref?: string;
  readonly "en-US": string;
  readonly "zh-CN": string;
}

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|[RrCc])$/;

/** Excel's rules for a sheet name: 1–31 characters, none of [ ] : * ? / \, not starting or ending with an apostrophe. */
export function sheetNameProblem(name: string): PlanProblem | undefined {
  if (name.length === 0 || name.length > 31)
    return {
      sheet: name,
      "en-US": `Sheet name "${name}" must be 1 to 31 characters.`,
      "zh-CN": `工作表名“${name}”必须为 1 到 31 个字符。`,
    };
  if (BAD_SHEET_CHARS.test(name))
    return {
      sheet: name,
      "en-US": `Sheet name "${name}" may not contain [ ] : * ? / \\.`,
      "zh-CN": `工作表名“${name}”不能包含 [ ] : * ? / \\。`,
    };
  if (name.startsWith("'") || name.endsWith("'"))
    return {
      sheet: name,
      "en-US": `Sheet name "${name}" may not start or end with an apostrophe.`,
      "zh-CN": `工作表名“${name}”不能以单引号开头或结尾。`,
    };
  if (name.toLowerCase() === "history")
    return { sheet: name, "en-US": `"History" is reserved by Excel.`, "zh-CN": `“History”是 Excel 的保留名称。` };
  return undefined;
}

/** Excel's rules for a table or defined name: letter, underscore or backslash first; letters, digits, _ . \ after; not a cell reference; ≤ 255. */
export function tableNameProblem(name: string): PlanProblem | undefined {
  if (name.length === 0 || name.length > 255 || !TABLE_NAME.test(name) || LOOKS_LIKE_CELL.test(name))
    return { "en-US": `"${name}" is not a valid table or range name.`, "zh-CN": `“${name}”不是有效的表名或名称。` };
  return undefined;
}

/** Sheet names a formula refers to: 'Quoted name'!A1 and Plain!A1. */
export function referencedSheets(formula: string): string[] {
  const out: string[] = [];
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""'); // ignore string literals
  for (const m of text.matchAll(/'((?:[^']|'')+)'!/g)) out.push(m[1].replace(/''/g, "'"));
  for (const m of text.replace(/'(?:[^']|'')+'!/g, "").matchAll(/([A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*)!/g)) out.push(m[1]);
  return out;
}

const CUSTOM_CALL = new RegExp(`(^|[^A-Za-z0-9_.])(${CUSTOM_FUNCTION_NAMES.join("|")})\\s*\\(`, "i");

/** The first of our custom functions a formula calls (string literals ignored), if any. */
export function customFunctionCalled(formula: string): string | undefined {
  const m = CUSTOM_CALL.exec(formula.replace(/"(?:[^"]|"")*"/g, '""'));
  return m ? m[2].toUpperCase() : undefined;
}

export interface ValidateOptions {
  /** sheets already in the workbook, which formulas may refer to */
  readonly existingSheets?: readonly string[];
  /** allow formulas that call Sales Planner's custom functions (only for workbooks that run with the add-in) */
  readonly allowCustomFunctions?: boolean;
}

/**
 * Every rule a plan must meet before anything is written: sheet names (Excel's rules, unique ignoring case),
 * table and defined names (valid, unique across the workbook), addresses inside Excel's grid (1,048,576 × 16,384),
 * each cell written once, tables whose range has one column per declared column, and no formula that refers to a
 * sheet the plan neither creates nor names in `existingSheets` (sheets already in the workbook), and — unless
 * `allowCustomFunctions` — no formula that calls one of our custom functions (files must work without the add-in).
 */
export function validatePlan(plan: WritePlan, options: ValidateOptions = {}): PlanProblem[] {
  const existingSheets = options.existingSheets ?? [];
  const problems: PlanProblem[] = [];
  const sheetNames = new Set<string>();
  const known = new Set([...existingSheets, ...plan.sheets.map((s) => s.name)].map((n) => n.toLowerCase()));
  const names = new Set<string>();
  for (const sheet of plan.sheets) {
    const p = sheetNameProblem(sheet.name);
    if (p) problems.push(p);
    const key = sheet.name.toLowerCase();
    if (sheetNames.has(key))
      problems.push({
        sheet: sheet.name,
        "en-US": `Two sheets are called "${sheet.name}".`,
        "zh-CN": `有两个工作表都叫“${sheet.name}”。`,
      });
    sheetNames.add(key);
    problems.push(...sheetProblems(sheet, known, names, options.allowCustomFunctions ?? false));
  }
  for (const n of plan.names ?? []) {
    const p = tableNameProblem(n.name);
    if (p) problems.push(p);
    if (names.has(n.name.toLowerCase()))
      problems.push({ "en-US": `The name "${n.name}" is used twice.`, "zh-CN": `名称“${n.name}”重复使用。` });
    names.add(n.name.toLowerCase());
    for (const s of referencedSheets(n.ref))
      if (!known.has(s.toLowerCase()))
        problems.push({
          ref: n.ref,
          "en-US": `The name "${n.name}" refers to a missing sheet "${s}".`,
          "zh-CN": `名称“${n.name}”引用了不存在的工作表“${s}”。`,
        });
  }
  return problems;
}

function sheetProblems(sheet: PlanSheet, known: Set<string>, names: Set<string>, allowCustom: boolean): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const where = (ref: string) => ({ sheet: sheet.name, ref });
  const badRef = (ref: string): PlanProblem => ({
    ...where(ref),
    "en-US": `"${ref}" on "${sheet.name}" is not inside Excel's grid.`,
    "zh-CN": `“${sheet.name}”上的“${ref}”不在 Excel 的表格范围内。`,
  });
  const written = new Set<string>();
  for (const cell of sheet.cells) {
    const a = parseCell(cell.ref);
    if (!a || !withinGrid(a)) {
      problems.push(badRef(cell.ref));
      continue;
    }
    const key = `${a.row}:${a.column}`;
    if (written.has(key))
      problems.push({
        ...where(cell.ref),
        "en-US": `${cell.ref} on "${sheet.name}" is written twice.`,
        "zh-CN": `“${sheet.name}”的 ${cell.ref} 被写入两次。`,
      });
    written.add(key);
    if (cell.formula !== undefined) {
      if (cell.formula.startsWith("="))
        problems.push({
          ...where(cell.ref),
          "en-US": `Formulas are stored without "=" (${cell.ref}).`,
          "zh-CN": `公式应不带“=”保存（${cell.ref}）。`,
        });
      const custom = allowCustom ? undefined : customFunctionCalled(cell.formula);
      if (custom)
        problems.push({
          ...where(cell.ref),
          "en-US": `The formula in ${cell.ref} on "${sheet.name}" calls ${custom}, which works only with the add-in; use standard functions.`,
          "zh-CN": `“${sheet.name}”${cell.ref} 的公式调用了 ${custom}，它只能在加载项中使用；请改用标准函数。`,
        });
      for (const s of referencedSheets(cell.formula))
        if (!known.has(s.toLowerCase()))
          problems.push({
            ...where(cell.ref),
            "en-US": `The formula in ${cell.ref} on "${sheet.name}" refers to a missing sheet "${s}".`,
            "zh-CN": `“${sheet.name}”${cell.ref} 的公式引用了不存在的工作表“${s}”。`,
          });
    }
  }
  const blockRects: { ref: string; top: number; left: number; bottom: number; right: number }[] = [];
  for (const b of sheet.blocks ?? []) {
    const a = parseCell(b.ref);
    const width = b.rows.reduce((w, r) => Math.max(w, r.length), 0);
    if (
      !a ||
      !withinGrid(a) ||
      !withinGrid({ row: a.row + Math.max(0, b.rows.length - 1), column: a.column + Math.max(0, width - 1) })
    ) {
      problems.push(badRef(b.ref));
      continue;
    }
    blockRects.push({ ref: b.ref, top: a.row, left: a.column, bottom: a.row + b.rows.length - 1, right: a.column + width - 1 });
  }
  for (const cell of sheet.cells) {
    const a = parseCell(cell.ref);
    if (!a) continue;
    const hit = blockRects.find((r) => a.row >= r.top && a.row <= r.bottom && a.column >= r.left && a.column <= r.right);
    if (hit)
      problems.push({
        ...where(cell.ref),
        "en-US": `${cell.ref} on "${sheet.name}" is written twice (also by the block at ${hit.ref}).`,
        "zh-CN": `“${sheet.name}”的 ${cell.ref} 被写入两次（${hit.ref} 处的数据块也写入了它）。`,
      });
  }
  for (const t of sheet.tables ?? []) {
    const p = tableNameProblem(t.name);
    if (p) problems.push({ ...p, sheet: sheet.name });
    if (names.has(t.name.toLowerCase()))
      problems.push({
        sheet: sheet.name,
        "en-US": `The table name "${t.name}" is used twice.`,
        "zh-CN": `表名“${t.name}”重复使用。`,
      });
    names.add(t.name.toLowerCase());
    const r = parseRange(t.ref);
    if (!r || !withinGrid(r.from) || !withinGrid(r.to)) {
      problems.push(badRef(t.ref));
      continue;
    }
    const width = r.to.column - r.from.column + 1;
    if (width !== t.columns.length)
      problems.push({
        ...where(t.ref),
        "en-US": `Table "${t.name}" spans ${width} columns but declares ${t.columns.length}.`,
        "zh-CN": `表“${t.name}”占 ${width} 列，却声明了 ${t.columns.length} 列。`,
      });
    const seen = new Set<string>();
    t.columns.forEach((c, j) => {
      if (seen.has(c.name.toLowerCase()))
        problems.push({
          ...where(t.ref),
          "en-US": `Table "${t.name}" has two columns called "${c.name}".`,
          "zh-CN": `表“${t.name}”有两列都叫“${c.name}”。`,
        });
      seen.add(c.name.toLowerCase());
      const header = sheet.cells.find((cell) => {
        const a = parseCell(cell.ref);
        return a !== undefined && a.row === r.from.row && a.column === r.from.column + j;
      });
      if (header && header.value !== c.name)
        problems.push({
          ...where(t.ref),
          "en-US": `The header of column ${j + 1} of table "${t.name}" reads "${String(header.value)}", not "${c.name}".`,
          "zh-CN": `表“${t.name}”第 ${j + 1} 列的标题是“${String(header.value)}”，而不是“${c.name}”。`,
        });
    });
    if (r.to.row - r.from.row < (t.totalsRow ? 2 : 1))
      problems.push({ ...where(t.ref), "en-US": `Table "${t.name}" has no data row.`, "zh-CN": `表“${t.name}”没有数据行。` });
  }
  for (const ref of [
    ...(sheet.conditionalFormats ?? []).map((c) => c.ref),
    ...(sheet.validations ?? []).map((v) => v.ref),
    ...(sheet.charts ?? []).flatMap((c) => [c.anchor, ...c.series.flatMap((s) => [s.categories, s.values])]),
  ]) {
    const r = parseRange(ref);
    if (!r || !withinGrid(r.from) || !withinGrid(r.to)) problems.push(badRef(ref));
  }
  for (const chart of sheet.charts ?? [])
    for (const series of chart.series) {
      const c = parseRange(series.categories);
      const v = parseRange(series.values);
      if (!c || !v) continue;
      const cells = (r: NonNullable<typeof c>) => (r.to.row - r.from.row + 1) * (r.to.column - r.from.column + 1);
      if (cells(c) !== cells(v))
        problems.push({
          ...where(series.values),
          "en-US": `Chart "${chart.title}": series "${series.name}" has ${cells(v)} values for ${cells(c)} categories.`,
          "zh-CN": `图表“${chart.title}”：系列“${series.name}”有 ${cells(v)} 个数值，却有 ${cells(c)} 个类别。`,
        });
    }
  if (sheet.freeze !== undefined) {
    const f = parseCell(sheet.freeze);
    if (!f || !withinGrid(f)) problems.push(badRef(sheet.freeze));
  }
  return problems;
}

/** Thrown when a plan breaks the rules; carries every problem. */
export class PlanValidationError extends Error {
  constructor(readonly problems: readonly PlanProblem[]) {
    super(problems.map((p) => p["en-US"]).join("\n"));
    this.name = "PlanValidationError";
  }
}

export function assertValidPlan(plan: WritePlan, options: ValidateOptions = {}): void {
  const problems = validatePlan(plan, options);
  if (problems.length > 0) throw new PlanValidationError(problems);
}
