/*
 * The Excel custom functions of Sales Planner. Each function here is a thin shell: it reads Excel's cells,
 * calls the pure engine in src/core through an adapter, and turns input problems into Excel errors
 * (never an exception). custom-functions-metadata-plugin reads the JSDoc below to generate functions.json;
 * the Chinese descriptions live in metadata.zh-CN.json and become functions.zh-CN.json at build time.
 */

import type { Language } from "../core/i18n/language";
import { bepCells } from "./bep";
import { guard } from "./excelErrors";
import { displayLanguage, languageOrDisplay } from "./language";
import { quotaAllocCells } from "./quotaAlloc";
import { rfmSegmentCells } from "./rfmSegment";

const byDisplay = (): Language => displayLanguage();

/**
 * Classifies customers into the eight RFM classes (Important/General × value/development/retention/win-back).
 * R is high when recency ≤ its threshold, F high when frequency ≥ its threshold, M high when monetary ≥ its threshold.
 * @customfunction RFMSEGMENT RFMSEGMENT
 * @param recency Days since the last purchase (smaller is better): a value or a column.
 * @param frequency Number of purchases: same shape as recency.
 * @param monetary Amount spent: same shape as recency.
 * @param [thresholds] Omitted or "average": the column averages; "median": the medians; or three cut points {recency, frequency, monetary}.
 * @param [language] "zh-CN" or "en-US" ("zh"/"en"); omitted: the Office display language.
 * @returns The class of each customer, in the shape of recency.
 */
export function RFMSEGMENT(
  recency: any[][],
  frequency: any[][],
  monetary: any[][],
  thresholds?: any[][],
  language?: string,
): any[][] {
  return guard(
    "RFMSEGMENT",
    () => languageOrDisplay(language),
    () => rfmSegmentCells(recency, frequency, monetary, thresholds, language),
  ) as any[][];
}

/**
 * Break-even volume: the units at which contribution covers fixed costs, FC / (P − VC).
 * @customfunction BEP BEP
 * @param fixed_costs Fixed costs for the period (≥ 0): a value or a column.
 * @param price Unit selling price: a value or a column.
 * @param variable_cost Unit variable cost, below the price: a value or a column.
 * @returns Break-even units, one per row.
 */
export function BEP(fixed_costs: any[][], price: any[][], variable_cost: any[][]): any[][] {
  return guard("BEP", byDisplay, () => bepCells(fixed_costs, price, variable_cost, displayLanguage())) as any[][];
}

/**
 * Splits a sales target over rows in proportion to a basis, with optional caps, rounded so the quotas add up exactly to the total.
 * @customfunction QUOTAALLOC QUOTAALLOC
 * @param total The target to allocate (≥ 0, a whole number of units).
 * @param basis One column per basis (e.g. last year's sales, or income, retail sales and population shares): one row per quota.
 * @param [weights] One weight per basis column; omitted: equal weights.
 * @param [minimum] Minimum quota: one value for all rows, or a column (blank: none).
 * @param [maximum] Maximum quota: one value for all rows, or a column (blank: none).
 * @param [unit] Rounding unit: 1 (default), 0.01 for cents, 1000 for thousands.
 * @returns The quota of each row, as a column that sums exactly to the total.
 */
export function QUOTAALLOC(
  total: any[][],
  basis: any[][],
  weights?: any[][],
  minimum?: any[][],
  maximum?: any[][],
  unit?: any[][],
): any[][] {
  return guard("QUOTAALLOC", byDisplay, () => quotaAllocCells(total, basis, weights, minimum, maximum, unit)) as any[][];
}
