/**
 * Write plans: plain, JSON-serialisable descriptions of what sheets should hold. Builders (pure functions of core
 * results) produce them; adapters apply them — src/xlsx to a file with ExcelJS, src/excel to a live workbook through
 * Office.js — so the task panes, the CLI and the tests all write the very same thing.
 *
 * Conventions:
 * - Addresses are A1 references on the plan's own sheet ("B3", "A5:D20"); formulas are standard Excel formulas in
 *   English, without the leading "=", referencing other sheets as 'Sheet name'!A1.
 * - `value` is always data: a string is written as text even when it starts with "=", "+", "-" or "@".
 *   Only `formula` makes a formula. `result` is the engine's value of the formula (the cached result).
 */

export type PlanValue = string | number | boolean | null;

/** Named styles the adapters know how to draw. */
export type PlanStyle = "title" | "subtitle" | "header" | "input" | "total" | "note" | "bad" | "good" | "warning";

export interface PlanCell {
  /** A1 address on the sheet */
  readonly ref: string;
  readonly value?: PlanValue;
  /** a formula without "=", e.g. "SUM(B2:B9)" */
  readonly formula?: string;
  /** the engine's value of the formula, written as the cached result */
  readonly result?: PlanValue;
  /** Excel number format, e.g. "#,##0.00", "0.0%" */
  readonly numFmt?: string;
  readonly style?: PlanStyle;
}

export interface PlanTableColumn {
  readonly name: string;
  /** "sum" | "average" | "count" | "none" — the totals-row function of the column */
  readonly totals?: "sum" | "average" | "count" | "none";
  /** label in the totals row (first column usually) */
  readonly totalsLabel?: string;
}

/** An Excel table (ListObject): header at `ref`, then the data rows; its cells are ordinary plan cells. */
export interface PlanTable {
  readonly name: string;
  /** the table's full range including the header (and the totals row when there is one) */
  readonly ref: string;
  readonly columns: readonly PlanTableColumn[];
  readonly totalsRow?: boolean;
  /** Excel's built-in style name, e.g. "TableStyleMedium2" */
  readonly style?: string;
}

export type ConditionalRule =
  | {
      readonly type: "cellIs";
      readonly operator: "greaterThan" | "lessThan" | "equal" | "between";
      readonly formulae: readonly string[];
      readonly style: PlanStyle;
    }
  | { readonly type: "expression"; readonly formula: string; readonly style: PlanStyle }
  | { readonly type: "containsText"; readonly text: string; readonly style: PlanStyle };

export interface PlanConditionalFormat {
  readonly ref: string;
  readonly rules: readonly ConditionalRule[];
}

export interface PlanValidation {
  readonly ref: string;
  readonly type: "list" | "decimal" | "whole";
  /** list items, or [min, max] for numbers */
  readonly values?: readonly (string | number)[];
  readonly prompt?: string;
  readonly error?: string;
}

export interface PlanChartSeries {
  readonly name: string;
  /** range of the category labels (x axis), e.g. "A5:A15" on this sheet */
  readonly categories: string;
  /** range of the values */
  readonly values: string;
}

export interface PlanChart {
  readonly type: "column" | "bar" | "line" | "pie" | "scatter";
  readonly title: string;
  /** top-left cell where the chart is placed */
  readonly anchor: string;
  readonly series: readonly PlanChartSeries[];
  readonly xAxisTitle?: string;
  readonly yAxisTitle?: string;
}

/**
 * A rectangle of data values (no formulas) starting at `ref`, one array per row: the compact form for large tables
 * (a million customers are a million small arrays, not eleven million cell objects), and what adapters write in
 * chunks. Values are data: text stays text.
 */
export interface PlanBlock {
  /** top-left cell */
  readonly ref: string;
  readonly rows: readonly (readonly PlanValue[])[];
  /** number format per column of the block */
  readonly numFmts?: readonly (string | undefined)[];
}

export interface PlanSheet {
  readonly name: string;
  readonly cells: readonly PlanCell[];
  readonly blocks?: readonly PlanBlock[];
  readonly tables?: readonly PlanTable[];
  /** column widths in characters, by 1-based column number */
  readonly columnWidths?: Readonly<Record<number, number>>;
  /** rows and columns frozen above and left of this cell, e.g. "A2" freezes the first row */
  readonly freeze?: string;
  readonly conditionalFormats?: readonly PlanConditionalFormat[];
  readonly validations?: readonly PlanValidation[];
  readonly charts?: readonly PlanChart[];
}

export interface PlanName {
  readonly name: string;
  /** a reference with its sheet, e.g. "'Quota plan'!$B$3" */
  readonly ref: string;
}

export interface WritePlan {
  readonly sheets: readonly PlanSheet[];
  readonly names?: readonly PlanName[];
}
