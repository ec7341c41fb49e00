/*
 * The Excel custom functions of Sales Planner. Each function here is a thin shell: it reads Excel's cells,
 * calls the pure engine in src/core through an adapter, and turns input problems into Excel errors
 * (never an exception). custom-functions-metadata-plugin reads the JSDoc below to generate functions.json;
 * the Chinese descriptions live in metadata.zh-CN.json and become functions.zh-CN.json at build time.
 */

import type { Language } from "../core/i18n/language";
import { bepCells } from "./bep";
import { guard } from "./excelErrors";
import { displayLanguage, languageOrDisplay, readLanguage } from "./language";
import { quotaAllocCells } from "./quotaAlloc";
import { lifecycleCells } from "./lifecycle";
import { rfmActionCells } from "./rfmAction";
import { rfmMapCells } from "./rfmMap";
import { rfmScoreCells } from "./rfmScore";
import { rfmSegmentCells } from "./rfmSegment";
import { rfmTableCells } from "./rfmTable";
import { tagNormalizeCells } from "./tagNormalize";

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

/**
 * Turns transactions into one row per customer: customer, recency (days from the last purchase to the analysis date), frequency and monetary (sum).
 * @customfunction RFMTABLE RFMTABLE
 * @param customer Customer of each transaction (a column).
 * @param date Date of each transaction: Excel dates, or text as YYYY-MM-DD or YYYY/MM/DD.
 * @param amount Amount of each transaction.
 * @param [as_of] Analysis date; omitted: the day after the last transaction.
 * @param [frequency_mode] "rows" (default): one per transaction; "days": distinct purchase days.
 * @param [headers] TRUE adds a header row in the display language.
 * @returns Customers in order of first appearance, with recency, frequency and monetary.
 */
export function RFMTABLE(
  customer: any[][],
  date: any[][],
  amount: any[][],
  as_of?: any[][],
  frequency_mode?: any[][],
  headers?: any[][],
): any[][] {
  return guard("RFMTABLE", byDisplay, () =>
    rfmTableCells(customer, date, amount, as_of, frequency_mode, headers, displayLanguage()),
  ) as any[][];
}

/**
 * Scores recency, frequency and monetary 1..bins and combines them as 100R+10F+M. Recency scores high when it is small.
 * @customfunction RFMSCORE RFMSCORE
 * @param recency Days since the last purchase, one row per customer.
 * @param frequency Number of purchases.
 * @param monetary Amount spent.
 * @param [bins] Number of scores, 2 to 9 (default 5).
 * @param [method] "quantile" (default, exactly R's rfm package), "rank" (pandas qcut of rank, equal-count bins) or "percentrank".
 * @returns n×4: R, F, M scores and the combined score.
 */
export function RFMSCORE(recency: any[][], frequency: any[][], monetary: any[][], bins?: any[][], method?: any[][]): any[][] {
  return guard("RFMSCORE", byDisplay, () => rfmScoreCells(recency, frequency, monetary, bins, method)) as any[][];
}

/**
 * Names the segment of each customer from R, F and M scores: R rfm's ten segments, the 11-segment R×FM grid, or your own rules.
 * @customfunction RFMMAP RFMMAP
 * @param r_score Recency scores (1..5).
 * @param f_score Frequency scores.
 * @param m_score Monetary scores.
 * @param [map] Omitted or "rfm": R rfm's ten segments; "grid11": the R×FM grid; or a range of name, r_low, r_high, f_low, f_high, m_low, m_high (first match wins).
 * @param [language] "zh-CN" or "en-US"; omitted: the Office display language.
 * @returns The segment of each customer.
 */
export function RFMMAP(r_score: any[][], f_score: any[][], m_score: any[][], map?: any[][], language?: string): any[][] {
  return guard(
    "RFMMAP",
    () => languageOrDisplay(language),
    () => rfmMapCells(r_score, f_score, m_score, map, readLanguage(language)),
  ) as any[][];
}

/**
 * The recommended treatment for a customer segment from RFMSEGMENT or RFMMAP, in either language.
 * @customfunction RFMACTION RFMACTION
 * @param segment Segment names (a value or a column).
 * @param [language] "zh-CN" or "en-US"; omitted: the Office display language.
 * @returns The treatment for each segment.
 */
export function RFMACTION(segment: any[][], language?: string): any[][] {
  return guard(
    "RFMACTION",
    () => languageOrDisplay(language),
    () => rfmActionCells(segment, readLanguage(language)),
  ) as any[][];
}

/**
 * The customer lifecycle stage: e-commerce (new → first purchase → repeat → super user) or high-ticket (stranger → potential → intent → first order → repeat → super user).
 * @customfunction LIFECYCLESTAGE LIFECYCLESTAGE
 * @param orders Number of orders of each customer.
 * @param [interactions] High-ticket only: furthest pre-sale step reached, 0 none, 1 contact, 2 quote (or the stage words).
 * @param [path] "ecommerce" (default) or "highticket".
 * @param [super_threshold] Orders that make a super user (default 5).
 * @param [language] "zh-CN" or "en-US"; omitted: the Office display language.
 * @returns The stage of each customer.
 */
export function LIFECYCLESTAGE(
  orders: any[][],
  interactions?: any[][],
  path?: any[][],
  super_threshold?: any[][],
  language?: string,
): any[][] {
  return guard(
    "LIFECYCLESTAGE",
    () => languageOrDisplay(language),
    () => lifecycleCells(orders, interactions, path, super_threshold, readLanguage(language)),
  ) as any[][];
}

/**
 * Maps whatever a colleague typed to the canonical tag of your unified tag dictionary (case, width and spacing ignored).
 * @customfunction TAGNORMALIZE TAGNORMALIZE
 * @param tag Tags as typed (a value or a column).
 * @param dictionary Range: canonical tag, synonyms separated by ";", optional kind (passive/active), optional group.
 * @returns The canonical tag of each input.
 */
export function TAGNORMALIZE(tag: any[][], dictionary: any[][]): any[][] {
  return guard("TAGNORMALIZE", byDisplay, () => tagNormalizeCells(tag, dictionary, displayLanguage())) as any[][];
}
