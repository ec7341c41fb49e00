import ExcelJS from "exceljs";
import { parseCell, parseRange } from "../workbook/a1";
import type { PlanCell, PlanSheet, PlanStyle, PlanTable, WritePlan } from "../workbook/plan";
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

function dxf(style: PlanStyle): Partial<ExcelJS.Style> {
  const argb = FILLS[style] ?? "FFFFEB9C";
  return { fill: { type: "pattern", pattern: "solid", bgColor: { argb } } };
}

function addTable(ws: ExcelJS.Worksheet, t: PlanTable, cells: Map<string, PlanCell>, cached: boolean): void {
  const r = parseRange(t.ref)!;
  const lastData = t.totalsRow ? r.to.row - 1 : r.to.row;
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = r.from.row + 1; row <= lastData; row++) {
    const line: ExcelJS.CellValue[] = [];
    for (let col = r.from.column; col <= r.to.column; col++) {
      const c = cells.get(`${row}:${col}`);
      line.push(c ? cellValue(c, cached) : null);
    }
    rows.push(line);
  }
  ws.addTable({
    name: t.name,
    ref: `${colLetter(r.from.column)}${r.from.row}`,
    headerRow: true,
    totalsRow: t.totalsRow ?? false,
    style: { theme: (t.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: t.columns.map((c, j) => {
      if (!t.totalsRow) return { name: c.name, filterButton: true };
      const total = cells.get(`${r.to.row}:${r.from.column + j}`);
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

function colLetter(column: number): string {
  let s = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function applySheet(wb: ExcelJS.Workbook, sheet: PlanSheet, cached: boolean): void {
  const ws = wb.addWorksheet(sheet.name);
  const byPos = new Map<string, PlanCell>();
  for (const c of sheet.cells) {
    const a = parseCell(c.ref)!;
    byPos.set(`${a.row}:${a.column}`, c);
  }
  const inTable = new Set<string>();
  for (const t of sheet.tables ?? []) {
    const r = parseRange(t.ref)!;
    for (let row = r.from.row; row <= r.to.row; row++)
      for (let col = r.from.column; col <= r.to.column; col++) inTable.add(`${row}:${col}`);
    addTable(ws, t, byPos, cached);
  }
  for (const c of sheet.cells) {
    const a = parseCell(c.ref)!;
    const cell = ws.getCell(a.row, a.column);
    if (!inTable.has(`${a.row}:${a.column}`)) cell.value = cellValue(c, cached);
    if (c.numFmt) cell.numFmt = c.numFmt;
    styleCell(cell, c.style);
  }
  for (const [col, width] of Object.entries(sheet.columnWidths ?? {})) ws.getColumn(Number(col)).width = width;
  if (sheet.freeze) {
    const f = parseCell(sheet.freeze)!;
    ws.views = [{ state: "frozen", xSplit: f.column - 1, ySplit: f.row - 1 }];
  }
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
    const r = parseRange(v.ref)!;
    for (let row = r.from.row; row <= r.to.row; row++)
      for (let col = r.from.column; col <= r.to.column; col++) {
        ws.getCell(row, col).dataValidation =
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
      }
  }
  // Charts: ExcelJS cannot write native charts. The plan's chart ranges are written as they are (chart-ready);
  // the Office.js adapter draws the charts. See README ("Charts in .xlsx files").
}

/** Applies a validated plan to a new ExcelJS workbook. */
export function planToWorkbook(plan: WritePlan, options: ApplyOptions = {}): ExcelJS.Workbook {
  assertValidPlan(plan);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sales Planner";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) applySheet(wb, sheet, options.cachedResults ?? true);
  for (const n of plan.names ?? []) wb.definedNames.add(n.ref, n.name);
  return wb;
}

/** Writes a plan to an .xlsx buffer. */
export async function planToXlsxBuffer(plan: WritePlan, options: ApplyOptions = {}): Promise<Buffer> {
  const wb = planToWorkbook(plan, options);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
