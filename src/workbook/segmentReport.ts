import type { Language } from "../core/i18n/language";
import { term } from "../core/i18n/terms";
import { RFM_CLASS_8_LABELS, rfmClass8Label } from "../core/i18n/rfmLabels";
import { segmentLabel } from "../core/i18n/segmentLabels";
import { classifyRfm8, rfmThresholdsFromData } from "../core/rfm/rfmClass8";
import { scoreRfm, type ScoreMethod } from "../core/rfm/rfmScore";
import { segmentAction } from "../core/rfm/segmentActions";
import { RFM_DEFAULT_MAP, segmentByMap } from "../core/rfm/segmentMaps";
import type { RfmTable } from "../core/rfm/rfmTable";
import { absRef, cellRef, rangeRef, sheetPrefix } from "./a1";
import type { PlanSheet } from "./plan";
import { FMT, SheetBuilder, sumExact } from "./sheetBuilder";

export interface SegmentRow {
  readonly customer: string;
  readonly recency: number;
  readonly frequency: number;
  readonly monetary: number;
  readonly r: number;
  readonly f: number;
  readonly m: number;
  readonly score: number;
  readonly class8: string;
  readonly segment: string;
  readonly action: string;
}

/** The per-customer results of the layering engine: scores, the eight classes (thresholds = averages), rfm's segments, actions. */
export function segmentRows(table: RfmTable, language: Language, method: ScoreMethod = "quantile"): SegmentRow[] {
  const scores = scoreRfm(table.recency, table.frequency, table.monetary, 5, method);
  const thresholds = rfmThresholdsFromData(table.recency, table.frequency, table.monetary, "average");
  const segments = segmentByMap(scores.recency, scores.frequency, scores.monetary, RFM_DEFAULT_MAP);
  // eight labels, so eight lookups, not one normalisation per customer
  const actions = new Map<string, string>();
  const actionOf = (label: string) => {
    let action = actions.get(label);
    if (action === undefined) actions.set(label, (action = segmentAction(label, language)));
    return action;
  };
  return table.customers.map((customer, i) => {
    const class8 = rfmClass8Label(classifyRfm8(table.recency[i], table.frequency[i], table.monetary[i], thresholds), language);
    return {
      customer,
      recency: table.recency[i],
      frequency: table.frequency[i],
      monetary: Number(table.monetary[i].toFixed(2)),
      r: scores.recency[i],
      f: scores.frequency[i],
      m: scores.monetary[i],
      score: scores.combined[i],
      class8,
      segment: segmentLabel(segments[i], language),
      action: actionOf(class8),
    };
  });
}

const T = {
  customers: ["Customer segments", "客户分层"],
  summary: ["Segment summary", "分层汇总"],
  title: ["Customer layering: RFM eight classes and rfm segments", "客户分层：RFM 八类客户与 rfm 分群"],
  class8: ["Class (8)", "八类客户"],
  segment: ["Segment", "rfm 分群"],
  action: ["Recommended action", "建议策略"],
  rScore: ["R score", "R 分"],
  fScore: ["F score", "F 分"],
  mScore: ["M score", "M 分"],
  score: ["RFM score", "RFM 分数"],
  count: ["Customers", "客户数"],
  revenue: ["Revenue", "消费金额"],
  shareCustomers: ["Share of customers", "客户占比"],
  shareRevenue: ["Share of revenue", "金额占比"],
  note: [
    "Classes: R, F, M high or low against the averages. Scores and segments: R's rfm package (quantile method).",
    "八类客户：R、F、M 与平均值比较分高低。分数与分群：与 R 语言 rfm 包一致（分位数法）。",
  ],
} as const;

/**
 * The segment report: the customer table (customer, R, F, M, scores, eight-class label, rfm segment, action) as an
 * Excel table, and a summary sheet with live COUNTIF/SUMIF formulas over it (customers, revenue and shares per
 * class) and a chart of customers per class.
 */
export function buildSegmentReport(rows: readonly SegmentRow[], language: Language): PlanSheet[] {
  const t = (k: keyof typeof T) => T[k][language === "zh-CN" ? 1 : 0];
  const cs = new SheetBuilder(t("customers"));
  const headers = [
    term(language, "customer"),
    term(language, "recency"),
    term(language, "frequency"),
    term(language, "monetary"),
    t("rScore"),
    t("fScore"),
    t("mScore"),
    t("score"),
    t("class8"),
    t("segment"),
    t("action"),
  ];
  headers.forEach((h, j) => cs.value(1, j + 1, h, { style: "header" }));
  // the customers as one block: one small array per customer, not eleven cell objects
  cs.block({
    ref: "A2",
    rows: rows.map((r) => [
      r.customer,
      r.recency,
      r.frequency,
      r.monetary,
      r.r,
      r.f,
      r.m,
      r.score,
      r.class8,
      r.segment,
      r.action,
    ]),
    numFmts: [undefined, FMT.integer, FMT.integer, FMT.money],
  });
  const last = rows.length + 1;
  cs.table({
    name: "CustomerSegments",
    ref: rangeRef(1, 1, last, headers.length),
    columns: headers.map((name) => ({ name })),
    style: "TableStyleMedium9",
  });
  cs.freeze("B2")
    .width(1, 24)
    .width(2, 14)
    .width(3, 12)
    .width(4, 16)
    .width(5, 8)
    .width(6, 8)
    .width(7, 8)
    .width(8, 11)
    .width(9, 16)
    .width(10, 18)
    .width(11, 80);
  cs.conditionalFormat({
    ref: rangeRef(2, 8, last, 8),
    rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["444"], style: "good" }],
  });

  const ss = new SheetBuilder(t("summary"));
  ss.value(1, 1, t("title"), { style: "title" });
  ss.value(2, 1, t("note"), { style: "note" });
  [t("class8"), t("count"), t("shareCustomers"), t("revenue"), t("shareRevenue")].forEach((h, j) =>
    ss.value(4, j + 1, h, { style: "header" }),
  );
  const src = sheetPrefix(cs.name);
  const classRange = `${src}${absRef(2, 9)}:${absRef(last, 9)}`;
  const moneyRange = `${src}${absRef(2, 4)}:${absRef(last, 4)}`;
  const labels = Object.values(RFM_CLASS_8_LABELS).map((l) => l[language]);
  const totalRevenue = sumExact(rows.map((r) => r.monetary));
  labels.forEach((label, i) => {
    const row = 5 + i;
    const count = rows.filter((r) => r.class8 === label).length;
    const revenue = sumExact(rows.filter((r) => r.class8 === label).map((r) => r.monetary));
    ss.value(row, 1, label);
    ss.formula(row, 2, `COUNTIF(${classRange},${cellRef(row, 1)})`, count, { numFmt: FMT.integer });
    ss.formula(row, 3, `${cellRef(row, 2)}/SUM(${absRef(5, 2)}:${absRef(12, 2)})`, count / rows.length, { numFmt: FMT.percent });
    ss.formula(row, 4, `SUMIF(${classRange},${cellRef(row, 1)},${moneyRange})`, revenue, { numFmt: FMT.money });
    ss.formula(row, 5, `${cellRef(row, 4)}/SUM(${absRef(5, 4)}:${absRef(12, 4)})`, revenue / totalRevenue, {
      numFmt: FMT.percent,
    });
  });
  ss.value(13, 1, term(language, "sum"), { style: "total" });
  ss.formula(13, 2, "SUM(B5:B12)", rows.length, { style: "total", numFmt: FMT.integer });
  ss.formula(13, 4, "SUM(D5:D12)", totalRevenue, { style: "total", numFmt: FMT.money });
  ss.chart({
    type: "column",
    title: t("count"),
    anchor: "G4",
    series: [{ name: t("count"), categories: "A5:A12", values: "B5:B12" }],
  });
  ss.width(1, 22).width(2, 12).width(3, 14).width(4, 16).width(5, 14);
  return [ss.build(), cs.build()];
}
