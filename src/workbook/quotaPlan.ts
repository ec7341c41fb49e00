import type { Language } from "../core/i18n/language";
import { roundTo } from "../core/money";
import { quotaWarningsText } from "../core/i18n/planLabels";
import { allocateQuota } from "../core/quota/allocateQuota";
import { checkQuotas } from "../core/quota/quotaCheck";
import { absRef, cellRef, rangeRef } from "./a1";
import { label, monthNames, type LabelId } from "./labels";
import { writeLargestRemainderBlock } from "./largestRemainderBlock";
import type { PlanSheet } from "./plan";
import { FMT, SheetBuilder, sumExact } from "./sheetBuilder";

export const QUOTA_DIMENSIONS = ["product", "region", "department", "salesperson", "customer", "month"] as const;
export type QuotaDimension = (typeof QUOTA_DIMENSIONS)[number];

export interface QuotaPlanInput {
  readonly dimension: QuotaDimension;
  readonly names: readonly string[];
  readonly basis: readonly number[];
  readonly total: number;
  readonly unit?: number;
  /** per-row minimum and maximum quotas (NaN: none); with caps the quotas come from the allocation engine */
  readonly minimum?: readonly number[];
  readonly maximum?: readonly number[];
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
 * The quota plan sheet: inputs (total target, rounding unit), the quota table by dimension, a totals row and a check
 * that the quotas add up to the total, principle warnings (QUOTACHECK's rules, as of writing), and the monthly split
 * of the total by seasonal index.
 *
 * Without caps the quota table is all live standard formulas (share, exact quota, whole units, remainder, remainder
 * rank, quota — largest remainder), so the quotas add up exactly whenever the user edits the total or a basis.
 * With caps (minimum/maximum) the quotas are the allocation engine's (capped rows fixed, the rest re-shared, as
 * QUOTAALLOC), written as values; shares, totals, the sum check and a live "within caps" check stay formulas, and a
 * note tells the user to rebuild the plan after changing the inputs. Throws the engine's InputError when the caps
 * cannot be met.
 */
export function buildQuotaPlan(input: QuotaPlanInput, language: Language): PlanSheet {
  const L = (id: LabelId, p?: Record<string, string>) => label(language, id, p);
  const s = new SheetBuilder(input.sheetName ?? L("quotaSheet"));
  const unit = input.unit ?? 1;
  const capped = input.minimum !== undefined || input.maximum !== undefined;
  const moneyFmt = unit < 1 ? FMT.money : FMT.integer;
  const dimLabel = L(input.dimension === "month" ? "monthDim" : input.dimension);
  s.value(1, 1, L("quotaTitle", { dimension: dimLabel }), { style: "title" });
  s.value(2, 1, L(capped ? "quotaNoteCapped" : "quotaNote"), { style: "note" });
  s.value(3, 1, L("totalTarget"), { style: "header" }).value(3, 2, input.total, { style: "input", numFmt: moneyFmt });
  s.value(4, 1, L("unit"), { style: "header" }).value(4, 2, unit, { style: "input" });
  s.validation({ ref: "B3", type: "decimal", values: [0, 1e15], prompt: L("totalTarget") });
  const totalRef = absRef(3, 2);
  const unitRef = absRef(4, 2);

  const header = 6;
  const first = header + 1;
  const n = input.names.length;
  const last = first + n - 1;
  const withChecks = input.potential !== undefined && input.history !== undefined;
  const core = capped
    ? [L("basis"), L("share"), L("minimum"), L("maximum"), L("quota"), L("withinCaps")]
    : [L("basis"), L("share"), L("exact"), L("floor"), L("fraction"), L("rank"), L("quota")];
  const columns = [
    dimLabel.charAt(0).toUpperCase() + dimLabel.slice(1),
    ...core,
    ...(withChecks ? [L("potential"), L("history"), L("warnings")] : []),
  ];
  const quotaCol = capped ? 6 : 8;
  // an index or share basis (all below 10, e.g. 0.3020) keeps its decimals; amounts show as money
  const basisFmt = input.basis.every((b) => Math.abs(b) < 10) ? FMT.ratio : FMT.number;
  const checkCol = quotaCol + (capped ? 2 : 1);
  columns.forEach((c, j) => s.value(header, j + 1, c, { style: "header" }));
  input.names.forEach((name, i) => {
    s.value(first + i, 1, name);
    s.value(first + i, 2, input.basis[i], { numFmt: basisFmt, style: "input" });
  });
  let quotas: number[];
  if (capped) {
    const allocation = allocateQuota({
      total: input.total,
      basis: [input.basis],
      minimum: input.minimum,
      maximum: input.maximum,
      unit,
    });
    quotas = Array.from(allocation.quotas);
    const basisSum = input.basis.reduce((a, b) => a + b, 0);
    input.names.forEach((_, i) => {
      const r = first + i;
      const lo = input.minimum?.[i];
      const hi = input.maximum?.[i];
      s.formula(r, 3, `B${r}/SUM(${absRef(first, 2)}:${absRef(last, 2)})`, input.basis[i] / basisSum, { numFmt: FMT.percent });
      if (lo !== undefined && !Number.isNaN(lo)) s.value(r, 4, lo, { numFmt: moneyFmt, style: "input" });
      if (hi !== undefined && !Number.isNaN(hi)) s.value(r, 5, hi, { numFmt: moneyFmt, style: "input" });
      s.value(r, 6, quotas[i], { numFmt: moneyFmt });
      const within =
        (lo === undefined || Number.isNaN(lo) || quotas[i] >= lo) && (hi === undefined || Number.isNaN(hi) || quotas[i] <= hi);
      s.formula(r, 7, `AND(OR(D${r}="",F${r}>=D${r}),OR(E${r}="",F${r}<=E${r}))`, within);
    });
    s.conditionalFormat({
      ref: rangeRef(first, 7, last, 7),
      rules: [{ type: "cellIs", operator: "equal", formulae: ["FALSE"], style: "bad" }],
    });
  } else {
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
    quotas = block.quotas;
    s.conditionalFormat({
      ref: rangeRef(first, block.rank, last, block.rank),
      rules: [
        {
          type: "expression",
          formula: `${cellRef(first, block.rank)}<=${totalRef}/${unitRef}-SUM(${absRef(first, block.floor)}:${absRef(last, block.floor)})`,
          style: "good",
        },
      ],
    });
  }
  if (withChecks) {
    const warnings = checkQuotas(
      Float64Array.from(quotas),
      Float64Array.from(input.potential!),
      Float64Array.from(input.history!),
    );
    input.names.forEach((_, i) => {
      s.value(first + i, checkCol, input.potential![i], { numFmt: FMT.number });
      s.value(first + i, checkCol + 1, input.history![i], { numFmt: FMT.number });
      s.value(first + i, checkCol + 2, quotaWarningsText(warnings[i], language), {
        style: "warning",
      });
    });
    s.conditionalFormat({
      ref: rangeRef(first, checkCol + 2, last, checkCol + 2),
      rules: [{ type: "expression", formula: `LEN(${cellRef(first, checkCol + 2)})>0`, style: "warning" }],
    });
  }
  // totals row and the check that the quotas add up to the total
  const totalRow = last + 1;
  const sumQuota = Number(quotas.reduce((a, b) => a + b, 0).toFixed(10));
  s.value(totalRow, 1, L("total"), { style: "total" });
  const sum = (c: number, result: number, numFmt: string) =>
    s.formula(totalRow, c, `SUBTOTAL(109,${rangeRef(first, c, last, c)})`, result, { style: "total", numFmt });
  const summed = [2, 3, quotaCol, ...(withChecks ? [checkCol, checkCol + 1] : [])];
  sum(2, sumExact(input.basis), FMT.number);
  sum(3, 1, FMT.percent);
  sum(quotaCol, sumQuota, moneyFmt);
  if (withChecks) {
    sum(checkCol, sumExact(input.potential!), FMT.number);
    sum(checkCol + 1, sumExact(input.history!), FMT.number);
  }
  s.value(totalRow + 1, 1, L("check"), { style: "note" });
  s.formula(
    totalRow + 1,
    quotaCol,
    `ROUND(${cellRef(totalRow, quotaCol)}-${totalRef},10)=0`,
    Math.abs(sumQuota - input.total) < 1e-9,
    { style: "good" },
  );
  s.conditionalFormat({
    ref: cellRef(totalRow + 1, quotaCol),
    rules: [{ type: "cellIs", operator: "equal", formulae: ["FALSE"], style: "bad" }],
  });
  s.table({
    name: input.tableName ?? "QuotaTable",
    ref: rangeRef(header, 1, totalRow, columns.length),
    columns: columns.map((name, j) => ({
      name,
      totals: j === 0 ? "none" : summed.includes(j + 1) ? "sum" : "none",
      totalsLabel: j === 0 ? L("total") : undefined,
    })),
    totalsRow: true,
    style: "TableStyleMedium2",
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

    // each row's quota by month: cumulative rounding on the seasonal shares, live
    writeMonthlyMatrix(s, {
      top: mLast + 4,
      title: L("matrixTitle", { dimension: dimLabel }),
      corner: columns[0],
      monthNames: names,
      rowNames: input.names,
      quotaCells: input.names.map((_, i) => absRef(first + i, quotaCol)),
      quotas,
      indexFirst: mFirst,
      indices: input.seasonalIndex,
      unitRef,
      unit,
      totalLabel: L("total"),
      numFmt: moneyFmt,
    });
  }
  s.chart({
    type: "bar",
    title: L("quota"),
    anchor: cellRef(1, columns.length + 2),
    series: [{ name: L("quota"), categories: rangeRef(first, 1, last, 1), values: rangeRef(first, quotaCol, last, quotaCol) }],
  });
  s.width(1, 16).width(2, 14).width(3, 10).width(4, 14).width(5, 10).width(6, 10).width(7, 10).width(8, 14);
  if (withChecks) s.width(checkCol + 2, 60);
  s.freeze(cellRef(first, 2));
  return s.build();
}

/**
 * The quota of each row split over the months by the seasonal shares, with cumulative rounding:
 * month m = (ROUND(Q·Sₘ/S/unit) − ROUND(Q·Sₘ₋₁/S/unit))·unit, where Sₘ is the sum of the first m indices. The months
 * telescope to exactly Q, each within one unit of its exact share, and it stays live: editing the total, a basis or
 * an index re-splits every row. The cached values use the same arithmetic in the same order.
 */
function writeMonthlyMatrix(
  s: SheetBuilder,
  o: {
    top: number;
    title: string;
    corner: string;
    monthNames: readonly string[];
    rowNames: readonly string[];
    quotaCells: readonly string[];
    quotas: readonly number[];
    indexFirst: number;
    indices: readonly number[];
    unitRef: string;
    unit: number;
    totalLabel: string;
    numFmt: string;
  },
): void {
  const L = o.indices.length;
  const header = o.top + 1;
  s.value(o.top, 1, o.title, { style: "subtitle" });
  s.value(header, 1, o.corner, { style: "header" });
  o.monthNames.forEach((m, j) => s.value(header, 2 + j, m, { style: "header" }));
  s.value(header, 2 + L, o.totalLabel, { style: "header" });
  const idx = (m: number) => `${absRef(o.indexFirst, 2)}:${absRef(o.indexFirst + m - 1, 2)}`;
  const all = idx(L);
  const S = o.indices.reduce((a, b) => a + b, 0);
  const partial = o.indices.map((_, m) => o.indices.slice(0, m + 1).reduce((a, b) => a + b, 0));
  const columnTotals = new Array<number>(L).fill(0);
  o.rowNames.forEach((name, i) => {
    const r = header + 1 + i;
    const Q = o.quotas[i];
    s.value(r, 1, name);
    let previous = 0;
    for (let m = 1; m <= L; m++) {
      const current = roundTo((Q * partial[m - 1]) / S / o.unit, 0);
      const value = Number(((current - previous) * o.unit).toFixed(10));
      const before = m === 1 ? "0" : `ROUND(${o.quotaCells[i]}*SUM(${idx(m - 1)})/SUM(${all})/${o.unitRef},0)`;
      s.formula(r, 1 + m, `(ROUND(${o.quotaCells[i]}*SUM(${idx(m)})/SUM(${all})/${o.unitRef},0)-${before})*${o.unitRef}`, value, {
        numFmt: o.numFmt,
      });
      columnTotals[m - 1] += value;
      previous = current;
    }
    s.formula(r, 2 + L, `SUM(${rangeRef(r, 2, r, 1 + L)})`, Q, { numFmt: o.numFmt, style: "total" });
  });
  const totalRow = header + 1 + o.rowNames.length;
  s.value(totalRow, 1, o.totalLabel, { style: "total" });
  for (let m = 1; m <= L + 1; m++) {
    const value = m <= L ? columnTotals[m - 1] : o.quotas.reduce((a, b) => a + b, 0);
    s.formula(totalRow, 1 + m, `SUM(${rangeRef(header + 1, 1 + m, totalRow - 1, 1 + m)})`, Number(value.toFixed(10)), {
      numFmt: o.numFmt,
      style: "total",
    });
  }
}
