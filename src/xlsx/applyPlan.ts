import ExcelJS from "exceljs";
import { columnName, parseCell, parseRange } from "../workbook/a1";
import type { PlanBlock, PlanCell, PlanSheet, PlanStyle, PlanTable, WritePlan } from "../workbook/plan";
import { assertValidPlan } from "../workbook/validate";

export interface ApplyOptions {
  /** write the engine's values as the cached results of formulas (default true); false leaves them for a spreadsheet engine to compute */
  readonly cachedResults?: boolean;
}

const FILLS: Partial<Record<PlanStyle, string>> = {
  header: "FF1F4E79",
  input: "FFFFF2CC",
  total: "FFD9E1F2",
  bad: "FFFFC7CE",
  good: "FFC6EFCE",
  warning: "FFFFEB9C",
};

function styleCell(cell: ExcelJS.Cell, style: PlanStyle | undefined): void {
  if (!style) return;
  if (style === "title") cell.font = { bold: true, size: 14 };
  else if (style === "subtitle") cell.font = { bold: true, size: 12 };
  else if (style === "header") cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
  else if (style === "total") cell.font = { bold: true };
  else if (style === "note") cell.font = { italic: true, color: { argb: "FF595959" } };
  const fill = FILLS[style];
  if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
}

/** The value ExcelJS should write for a plan cell: data stays data (a string is never a formula); formulas carry their result. */
function cellValue(c: PlanCell, cached: boolean): ExcelJS.CellValue {
  if (c.formula !== undefined) {
    const result = c.result === null || c.result === undefined ? undefined : c.result;
    return cached && result !== undefined
      ? ({ formula: c.formula, result } as ExcelJS.CellFormulaValue)
      : ({ formula: c.formula } as ExcelJS.CellFormulaValue);
  }
  if (c.value === undefined || c.value === null) return null;
  // a string is written as a string (a shared string in the file), never parsed: "=1+1" stays text
  if (typeof c.value === "string") return c.value;
  return c.value;
}

/** Writes a plan cell into an ExcelJS cell: the value (unless a table already wrote it), the number format, the style. */
function fillCell(cell: ExcelJS.Cell, c: PlanCell, cached: boolean, withValue = true): void {
  if (withValue) cell.value = cellValue(c, cached);
  if (c.numFmt) cell.numFmt = c.numFmt;
  styleCell(cell, c.style);
}

/** A block's value at (row i, column k) as a plan cell. */
function blockCell(b: PlanBlock, i: number, k: number): PlanCell {
  return { ref: "", value: b.rows[i][k], numFmt: b.numFmts?.[k] };
}

/** The frozen-pane view of a sheet, if it has one. */
function frozenViews(sheet: PlanSheet): Partial<ExcelJS.WorksheetView>[] | undefined {
  if (!sheet.freeze) return undefined;
  const f = parseCell(sheet.freeze)!;
  return [{ state: "frozen", xSplit: f.column - 1, ySplit: f.row - 1 }];
}

function dxf(style: PlanStyle): Partial<ExcelJS.Style> {
  const argb = FILLS[style] ?? "FFFFEB9C";
  return { fill: { type: "pattern", pattern: "solid", bgColor: { argb } } };
}

type Lookup = (row: number, column: number) => PlanCell | undefined;

/** Finds the plan cell at (row, column), from the cells or from a block (as a value cell). */
function lookupFor(sheet: PlanSheet): Lookup {
  const byPos = new Map<string, PlanCell>();
  for (const c of sheet.cells) {
    const a = parseCell(c.ref)!;
    byPos.set(`${a.row}:${a.column}`, c);
  }
  const blocks = (sheet.blocks ?? []).map((b) => ({ b, at: parseCell(b.ref)! }));
  return (row, column) => {
    const c = byPos.get(`${row}:${column}`);
    if (c) return c;
    for (const { b, at } of blocks) {
      const r = row - at.row;
      const k = column - at.column;
      if (r >= 0 && r < b.rows.length && k >= 0 && k < b.rows[r].length) return blockCell(b, r, k);
    }
    return undefined;
  };
}

function addTable(ws: ExcelJS.Worksheet, t: PlanTable, cellAt: Lookup, cached: boolean): void {
  const r = parseRange(t.ref)!;
  const lastData = t.totalsRow ? r.to.row - 1 : r.to.row;
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = r.from.row + 1; row <= lastData; row++) {
    const line: ExcelJS.CellValue[] = [];
    for (let col = r.from.column; col <= r.to.column; col++) {
      const c = cellAt(row, col);
      line.push(c ? cellValue(c, cached) : null);
    }
    rows.push(line);
  }
  ws.addTable({
    name: t.name,
    ref: `${columnName(r.from.column)}${r.from.row}`,
    headerRow: true,
    totalsRow: t.totalsRow ?? false,
    style: { theme: (t.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: t.columns.map((c, j) => {
      if (!t.totalsRow) return { name: c.name, filterButton: true };
      const total = cellAt(r.to.row, r.from.column + j);
      if (total?.formula)
        return {
          name: c.name,
          filterButton: true,
          totalsRowFunction: "custom",
          totalsRowFormula: total.formula,
          totalsRowResult: total.result,
        } as ExcelJS.TableColumnProperties;
      return {
        name: c.name,
        filterButton: true,
        totalsRowLabel: typeof total?.value === "string" ? total.value : undefined,
      } as ExcelJS.TableColumnProperties;
    }),
    rows,
  });
}

function applySheet(wb: ExcelJS.Workbook, sheet: PlanSheet, cached: boolean): void {
  const ws = wb.addWorksheet(sheet.name);
  const cellAt = lookupFor(sheet);
  const tableRects = (sheet.tables ?? []).map((t) => parseRange(t.ref)!);
  const inTable = (row: number, col: number) =>
    tableRects.some((r) => row >= r.from.row && row <= r.to.row && col >= r.from.column && col <= r.to.column);
  for (const t of sheet.tables ?? []) addTable(ws, t, cellAt, cached);
  for (const c of sheet.cells) {
    const a = parseCell(c.ref)!;
    fillCell(ws.getCell(a.row, a.column), c, cached, !inTable(a.row, a.column));
  }
  for (const b of sheet.blocks ?? []) {
    const at = parseCell(b.ref)!;
    b.rows.forEach((values, i) =>
      values.forEach((_, k) =>
        fillCell(ws.getCell(at.row + i, at.column + k), blockCell(b, i, k), cached, !inTable(at.row + i, at.column + k)),
      ),
    );
  }
  for (const [col, width] of Object.entries(sheet.columnWidths ?? {})) ws.getColumn(Number(col)).width = width;
  const views = frozenViews(sheet);
  if (views) ws.views = views;
  applyFormats(ws, sheet);
}

/** Conditional formats and data validation, the same for the in-memory and the streaming writer. */
function applyFormats(ws: ExcelJS.Worksheet, sheet: PlanSheet): void {
  for (const cf of sheet.conditionalFormats ?? []) {
    ws.addConditionalFormatting({
      ref: cf.ref,
      rules: cf.rules.map((rule, priority) => {
        if (rule.type === "expression")
          return { type: "expression", formulae: [rule.formula], style: dxf(rule.style), priority: priority + 1 };
        if (rule.type === "containsText")
          return {
            type: "containsText",
            operator: "containsText",
            text: rule.text,
            style: dxf(rule.style),
            priority: priority + 1,
          };
        return {
          type: "cellIs",
          operator: rule.operator,
          formulae: [...rule.formulae],
          style: dxf(rule.style),
          priority: priority + 1,
        };
      }) as ExcelJS.ConditionalFormattingRule[],
    });
  }
  for (const v of sheet.validations ?? []) {
    const rule: ExcelJS.DataValidation =
      v.type === "list"
        ? {
            type: "list",
            allowBlank: true,
            formulae: [`"${(v.values ?? []).join(",")}"`],
            showInputMessage: !!v.prompt,
            prompt: v.prompt,
            showErrorMessage: true,
            error: v.error,
          }
        : {
            type: v.type,
            operator: "between",
            allowBlank: true,
            formulae: [(v.values ?? [])[0] ?? 0, (v.values ?? [])[1] ?? 1e15],
            showInputMessage: !!v.prompt,
            prompt: v.prompt,
            showErrorMessage: true,
            error: v.error,
          };
    const r = parseRange(v.ref)!;
    for (let row = r.from.row; row <= r.to.row; row++)
      for (let col = r.from.column; col <= r.to.column; col++)
        (ws as unknown as { dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(
          `${columnName(col)}${row}`,
          rule,
        );
  }
  // Charts: ExcelJS cannot write native charts. The plan's chart ranges are written as they are (chart-ready);
  // the Office.js adapter draws the charts. See README ("Charts in .xlsx files").
}

/** Validates a plan and applies it to a new ExcelJS workbook. */
export function planToWorkbook(plan: WritePlan, options: ApplyOptions = {}): ExcelJS.Workbook {
  assertValidPlan(plan);
  return buildWorkbook(plan, options);
}

function buildWorkbook(plan: WritePlan, options: ApplyOptions): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sales Planner";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) applySheet(wb, sheet, options.cachedResults ?? true);
  for (const n of plan.names ?? []) wb.definedNames.add(n.ref, n.name);
  return wb;
}

/** Plans with more cells than this are written by ExcelJS's streaming writer (bounded memory). */
export const STREAMING_THRESHOLD = 200_000;

function planSize(plan: WritePlan): number {
  let n = 0;
  for (const s of plan.sheets) {
    n += s.cells.length;
    for (const b of s.blocks ?? []) for (const r of b.rows) n += r.length;
  }
  return n;
}

/**
 * Writes a plan to an .xlsx file. Up to STREAMING_THRESHOLD cells the workbook is built in memory, with real Excel
 * tables; above it (a million customers), ExcelJS's streaming writer writes row by row in bounded memory. The
 * streaming writer cannot write Excel tables: their ranges get an AutoFilter and a styled header instead, and
 * everything else (values, formulas with results, formats, styles, widths, frozen panes, conditional formats, data
 * validation, names) is the same.
 */
export async function writePlanFile(
  plan: WritePlan,
  file: string,
  options: ApplyOptions & { streaming?: boolean } = {},
): Promise<void> {
  assertValidPlan(plan);
  const streaming = options.streaming ?? planSize(plan) > STREAMING_THRESHOLD;
  if (!streaming) {
    await buildWorkbook(plan, options).xlsx.writeFile(file);
    return;
  }
  const cached = options.cachedResults ?? true;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  wb.creator = "Sales Planner";
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: frozenViews(sheet) });
    for (const [col, width] of Object.entries(sheet.columnWidths ?? {})) ws.getColumn(Number(col)).width = width;
    const firstTable = sheet.tables?.[0];
    if (firstTable) {
      const r = parseRange(firstTable.ref)!;
      const lastData = firstTable.totalsRow ? r.to.row - 1 : r.to.row;
      ws.autoFilter = `${columnName(r.from.column)}${r.from.row}:${columnName(r.to.column)}${lastData}`;
    }
    applyFormats(ws as unknown as ExcelJS.Worksheet, sheet);
    // rows in ascending order: cells grouped by row, blocks row by row
    const byRow = new Map<number, { c: PlanCell; column: number }[]>();
    let lastRow = 0;
    for (const c of sheet.cells) {
      const a = parseCell(c.ref)!;
      let list = byRow.get(a.row);
      if (!list) byRow.set(a.row, (list = []));
      list.push({ c, column: a.column });
      lastRow = Math.max(lastRow, a.row);
    }
    const blocks = (sheet.blocks ?? []).map((b) => ({ b, at: parseCell(b.ref)! }));
    for (const { b, at } of blocks) lastRow = Math.max(lastRow, at.row + b.rows.length - 1);
    for (let r = 1; r <= lastRow; r++) {
      const cells = byRow.get(r);
      const inBlocks = blocks.filter(({ b, at }) => r >= at.row && r < at.row + b.rows.length);
      if (!cells && inBlocks.length === 0) continue;
      const row = ws.getRow(r);
      for (const { c, column } of cells ?? []) fillCell(row.getCell(column), c, cached);
      for (const { b, at } of inBlocks)
        b.rows[r - at.row].forEach((_, k) => fillCell(row.getCell(at.column + k), blockCell(b, r - at.row, k), cached));
      row.commit();
    }
    ws.commit();
  }
  for (const n of plan.names ?? []) wb.definedNames.add(n.ref, n.name);
  await wb.commit();
}

/** Writes a plan to an .xlsx buffer. */
export async function planToXlsxBuffer(plan: WritePlan, options: ApplyOptions = {}): Promise<Buffer> {
  const wb = planToWorkbook(plan, options);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
