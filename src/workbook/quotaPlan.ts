import type { Language } from "../core/i18n/language";
import { quotaWarningText } from "../core/i18n/planLabels";
import { checkQuotas } from "../core/quota/quotaCheck";
import { absRef, cellRef, rangeRef } from "./a1";
import { label, monthNames, type LabelId } from "./labels";
import { writeLargestRemainderBlock } from "./largestRemainderBlock";
import type { PlanSheet } from "./plan";
import { FMT, SheetBuilder } from "./sheetBuilder";

export const QUOTA_DIMENSIONS = ["product", "region", "department", "salesperson", "customer", "month"] as const;
export type QuotaDimension = (typeof QUOTA_DIMENSIONS)[number];

export interface QuotaPlanInput {
  readonly dimension: QuotaDimension;
  readonly names: readonly string[];
  readonly basis: readonly number[];
  readonly total: number;
  readonly unit?: number;
  /** seasonal indices for the monthly split of the total (12, or one per season position) */
  readonly seasonalIndex?: readonly number[];
  /** for the principle warnings */
  readonly potential?: readonly number[];
  readonly history?: readonly number[];
  /** sheet name; default the localized "Quota plan" */
  readonly sheetName?: string;
  readonly tableName?: string;
}

/**
 * The quota plan sheet: inputs (total target, rounding unit), the quota table by dimension with live standard
 * formulas (share, exact quota, whole units, remainder, remainder rank, quota — largest remainder, so the quotas add
 * up exactly when the user edits the total or a basis), a totals row, principle warnings (QUOTACHECK's rules, as of
 * writing), and the monthly split of the total by seasonal index (the same live rounding).
 */
export function buildQuotaPlan(input: QuotaPlanInput, language: Language): PlanSheet {
  const L = (id: LabelId, p?: Record<string, string>) => label(language, id, p);
  const s = new SheetBuilder(input.sheetName ?? L("quotaSheet"));
  const unit = input.unit ?? 1;
  const dimLabel = L(input.dimension === "month" ? "monthDim" : input.dimension);
  s.value(1, 1, L("quotaTitle", { dimension: dimLabel }), { style: "title" });
  s.value(2, 1, L("quotaNote"), { style: "note" });
  s.value(3, 1, L("totalTarget"), { style: "header" }).value(3, 2, input.total, {
    style: "input",
    numFmt: unit < 1 ? FMT.money : FMT.integer,
  });
  s.value(4, 1, L("unit"), { style: "header" }).value(4, 2, unit, { style: "input" });
  s.validation({ ref: "B3", type: "decimal", values: [0, 1e15], prompt: L("totalTarget") });
  const totalRef = absRef(3, 2);
  const unitRef = absRef(4, 2);

  const header = 6;
  const first = header + 1;
  const n = input.names.length;
  const last = first + n - 1;
  const withChecks = input.potential !== undefined && input.history !== undefined;
  const columns = [
    dimLabel.charAt(0).toUpperCase() + dimLabel.slice(1),
    L("basis"),
    L("share"),
    L("exact"),
    L("floor"),
    L("fraction"),
    L("rank"),
    L("quota"),
    ...(withChecks ? [L("potential"), L("history"), L("warnings")] : []),
  ];
  columns.forEach((c, j) => s.value(header, j + 1, c, { style: "header" }));
  input.names.forEach((name, i) => {
    s.value(first + i, 1, name);
    s.value(first + i, 2, input.basis[i], { numFmt: FMT.number, style: "input" });
  });
  const block = writeLargestRemainderBlock(s, {
    firstRow: first,
    basisColumn: 2,
    firstOutputColumn: 3,
    basis: input.basis,
    totalRef,
    total: input.total,
    unitRef,
    unit,
  });
  if (withChecks) {
    const warnings = checkQuotas(
      Float64Array.from(block.quotas),
      Float64Array.from(input.potential!),
      Float64Array.from(input.history!),
    );
    input.names.forEach((_, i) => {
      s.value(first + i, 9, input.potential![i], { numFmt: FMT.number });
      s.value(first + i, 10, input.history![i], { numFmt: FMT.number });
      s.value(first + i, 11, warnings[i].map((w) => quotaWarningText(w, language)).join(language === "zh-CN" ? "；" : "; "), {
        style: "warning",
      });
    });
  }
  // totals row
  const totalRow = last + 1;
  s.value(totalRow, 1, L("total"), { style: "total" });
  const sum = (c: number, result: number, numFmt: string) =>
    s.formula(totalRow, c, `SUBTOTAL(109,${rangeRef(first, c, last, c)})`, result, { style: "total", numFmt });
  sum(
    2,
    input.basis.reduce((a, b) => a + b, 0),
    FMT.number,
  );
  sum(3, 1, FMT.percent);
  sum(block.quota, Number(block.quotas.reduce((a, b) => a + b, 0).toFixed(10)), unit < 1 ? FMT.money : FMT.integer);
  if (withChecks) {
    sum(
      9,
      input.potential!.reduce((a, b) => a + b, 0),
      FMT.number,
    );
    sum(
      10,
      input.history!.reduce((a, b) => a + b, 0),
      FMT.number,
    );
  }
  // the check cell: quotas add up to the total
  s.value(totalRow + 1, 1, L("check"), { style: "note" });
  const sumQuota = Number(block.quotas.reduce((a, b) => a + b, 0).toFixed(10));
  s.formula(
    totalRow + 1,
    block.quota,
    `ROUND(${cellRef(totalRow, block.quota)}-${totalRef},10)=0`,
    Math.abs(sumQuota - input.total) < 1e-9,
    { style: "good" },
  );
  s.table({
    name: input.tableName ?? "QuotaTable",
    ref: rangeRef(header, 1, totalRow, columns.length),
    columns: columns.map((name, j) => ({
      name,
      totals: j === 0 ? "none" : [1, 2, 7, 8, 9].includes(j) ? "sum" : "none",
      totalsLabel: j === 0 ? L("total") : undefined,
    })),
    totalsRow: true,
    style: "TableStyleMedium2",
  });
  s.conditionalFormat({
    ref: rangeRef(first, block.rank, last, block.rank),
    rules: [
      {
        type: "expression",
        formula: `${cellRef(first, block.rank)}<=${totalRef}/${unitRef}-SUM(${rangeRef(first, block.floor, last, block.floor).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")})`,
        style: "good",
      },
    ],
  });
  if (withChecks)
    s.conditionalFormat({
      ref: rangeRef(first, 11, last, 11),
      rules: [{ type: "expression", formula: `LEN(${cellRef(first, 11)})>0`, style: "warning" }],
    });

  // monthly split of the total
  if (input.seasonalIndex && input.seasonalIndex.length >= 2) {
    const mTop = totalRow + 4;
    s.value(mTop, 1, L("monthlyTitle"), { style: "subtitle" });
    const mHeader = mTop + 1;
    const mFirst = mHeader + 1;
    const names = input.seasonalIndex.length === 12 ? monthNames(language) : input.seasonalIndex.map((_, i) => String(i + 1));
    [L("month"), L("seasonalIndex"), L("share"), L("exact"), L("floor"), L("fraction"), L("rank"), L("quota")].forEach((c, j) =>
      s.value(mHeader, j + 1, c, { style: "header" }),
    );
    names.forEach((m, i) => {
      s.value(mFirst + i, 1, m);
      s.value(mFirst + i, 2, input.seasonalIndex![i], { numFmt: FMT.ratio, style: "input" });
    });
    const months = writeLargestRemainderBlock(s, {
      firstRow: mFirst,
      basisColumn: 2,
      firstOutputColumn: 3,
      basis: input.seasonalIndex,
      totalRef,
      total: input.total,
      unitRef,
      unit,
    });
    const mLast = mFirst + names.length - 1;
    s.value(mLast + 1, 1, L("total"), { style: "total" });
    s.formula(
      mLast + 1,
      months.quota,
      `SUM(${rangeRef(mFirst, months.quota, mLast, months.quota)})`,
      Number(months.quotas.reduce((a, b) => a + b, 0).toFixed(10)),
      {
        style: "total",
        numFmt: unit < 1 ? FMT.money : FMT.integer,
      },
    );
    s.chart({
      type: "column",
      title: L("monthlyTitle"),
      anchor: cellRef(mTop, 10),
      series: [
        {
          name: L("quota"),
          categories: rangeRef(mFirst, 1, mLast, 1),
          values: rangeRef(mFirst, months.quota, mLast, months.quota),
        },
      ],
    });
  }
  s.chart({
    type: "bar",
    title: L("quota"),
    anchor: cellRef(1, withChecks ? 13 : 10),
    series: [
      { name: L("quota"), categories: rangeRef(first, 1, last, 1), values: rangeRef(first, block.quota, last, block.quota) },
    ],
  });
  s.width(1, 16).width(2, 14).width(3, 10).width(4, 14).width(5, 10).width(6, 10).width(7, 10).width(8, 14);
  if (withChecks) s.width(11, 60);
  s.freeze(cellRef(first, 2));
  return s.build();
}
