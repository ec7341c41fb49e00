/*
 * The Excel custom functions of Sales Planner. Each function here is a thin shell: it reads Excel's cells,
 * calls the pure engine in src/core through an adapter, and turns input problems into Excel errors
 * (never an exception). custom-functions-metadata-plugin reads the JSDoc below to generate functions.json;
 * the Chinese descriptions live in metadata.zh-CN.json and become functions.zh-CN.json at build time.
 */

import type { Language } from "../core/i18n/language";
import {
  chainIndexCells,
  compositionCells,
  factorSubCells,
  fixedBaseIndexCells,
  planVarianceCells,
  relatedRatioCells,
} from "./analysis";
import {
  budgetBenchmarkCells,
  budgetControlCells,
  budgetIoCells,
  budgetMarginalCells,
  budgetPctCells,
  budgetTaskCells,
  budgetZeroCells,
} from "./budget";
import {
  bepMixCells,
  bepRevenueCells,
  contributionCells,
  marginOfSafetyCells,
  operatingLeverageCells,
  targetVolumeCells,
} from "./cvp";
import { salesForecastCells, seasonalIndexCells } from "./forecast";
import { buyingPowerCells, compositeAttainCells, quotaCheckCells, quotaMonthlyCells, targetReconcileCells } from "./quotaPlan";
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

// ---------------------------------------------------------------- forecast and targets

/**
 * Forecasts the next periods of a sales history: moving average, exponential smoothing, linear trend, or trend × seasonal index.
 * @customfunction SALESFORECAST SALESFORECAST
 * @param history Past sales, oldest first (a column or a row).
 * @param periods How many periods to forecast (1 to 1000).
 * @param [method] "ma" (default, moving average), "ses" (exponential smoothing), "linear" (trend) or "seasonal" (trend × seasonal index).
 * @param [parameter] "ma": the window (default 3); "ses": alpha (default 0.3); "seasonal": the season length (default 12).
 * @returns The forecasts, laid out like the history.
 */
export function SALESFORECAST(history: any[][], periods: any[][], method?: any[][], parameter?: any[][]): any[][] {
  return guard("SALESFORECAST", byDisplay, () => salesForecastCells(history, periods, method, parameter)) as any[][];
}

/**
 * Seasonal indices, one per month (or quarter) of the season, averaging 1.
 * @customfunction SEASONALINDEX SEASONALINDEX
 * @param history Past sales, oldest first, starting at the first position of the season.
 * @param [season_length] Periods per season (default 12).
 * @param [method] "average" (default: mean of the same month ÷ overall mean) or "ratio" (ratio to the centred moving average).
 * @returns One index per season position.
 */
export function SEASONALINDEX(history: any[][], season_length?: any[][], method?: any[][]): any[][] {
  return guard("SEASONALINDEX", byDisplay, () => seasonalIndexCells(history, season_length, method)) as any[][];
}

/**
 * Reconciles top-down (allocated) and bottom-up (reported) targets: gap, gap % and the reconciled target of each row.
 * @customfunction TARGETRECONCILE TARGETRECONCILE
 * @param top_down Targets allocated from the top, one per row.
 * @param bottom_up Targets reported from below, one per row.
 * @param [method] "topdown" (default: top-down total shared by the bottom-up numbers), "scale" (bottom-up raised to the top-down total, never cut), "max" or "min".
 * @returns n×3: gap, gap %, reconciled target.
 */
export function TARGETRECONCILE(top_down: any[][], bottom_up: any[][], method?: any[][]): any[][] {
  return guard("TARGETRECONCILE", byDisplay, () => targetReconcileCells(top_down, bottom_up, method)) as any[][];
}

// ---------------------------------------------------------------- quotas

/**
 * Splits an annual quota over the months of a season in proportion to seasonal indices, summing exactly to the annual quota.
 * @customfunction QUOTAMONTHLY QUOTAMONTHLY
 * @param annual The annual quota.
 * @param seasonal_index One index per month (or quarter).
 * @param [unit] Rounding unit: 1 (default), 0.01, 1000.
 * @returns A row of monthly quotas.
 */
export function QUOTAMONTHLY(annual: any[][], seasonal_index: any[][], unit?: any[][]): any[][] {
  return guard("QUOTAMONTHLY", byDisplay, () => quotaMonthlyCells(annual, seasonal_index, unit)) as any[][];
}

/**
 * Regional buying-power index: weighted income, retail-sales and population shares (default weights 0.5, 0.3, 0.2).
 * @customfunction BUYINGPOWER BUYINGPOWER
 * @param income_share Region's share of income (a value or a column).
 * @param retail_share Region's share of retail sales.
 * @param population_share Region's share of population.
 * @param [weights] Three weights {income, retail, population}; default {0.5, 0.3, 0.2}.
 * @returns The index of each region.
 */
export function BUYINGPOWER(income_share: any[][], retail_share: any[][], population_share: any[][], weights?: any[][]): any[][] {
  return guard("BUYINGPOWER", byDisplay, () =>
    buyingPowerCells(income_share, retail_share, population_share, weights, displayLanguage()),
  ) as any[][];
}

/**
 * Composite quota attainment: the weighted mean of actual ÷ quota, each ratio optionally capped.
 * @customfunction COMPOSITEATTAIN COMPOSITEATTAIN
 * @param actual Actual result of each quota.
 * @param quota The quotas.
 * @param weights Weight of each quota.
 * @param [cap] Highest ratio counted for one quota (e.g. 1.5); default none.
 * @returns The composite attainment as a ratio (1.02 = 102 %).
 */
export function COMPOSITEATTAIN(actual: any[][], quota: any[][], weights: any[][], cap?: any[][]): any {
  return guard("COMPOSITEATTAIN", byDisplay, () => compositeAttainCells(actual, quota, weights, cap));
}

/**
 * Checks quotas against the principles of a good quota (feasible, fair, controllable) and lists the warnings of each row.
 * @customfunction QUOTACHECK QUOTACHECK
 * @param quota Proposed quota of each row.
 * @param potential Sales potential of each row.
 * @param history Last period's sales of each row.
 * @param [language] "zh-CN" or "en-US"; omitted: the Office display language.
 * @returns The warnings of each row; blank when the quota is fine.
 */
export function QUOTACHECK(quota: any[][], potential: any[][], history: any[][], language?: string): any[][] {
  return guard(
    "QUOTACHECK",
    () => languageOrDisplay(language),
    () => quotaCheckCells(quota, potential, history, readLanguage(language)),
  ) as any[][];
}

// ---------------------------------------------------------------- cost-volume-profit

/**
 * Break-even revenue: fixed costs ÷ contribution-margin ratio, FC × P / (P − VC).
 * @customfunction BEPREVENUE BEPREVENUE
 * @param fixed_costs Fixed costs for the period.
 * @param price Unit selling price.
 * @param variable_cost Unit variable cost.
 * @returns Break-even sales amount, to the cent.
 */
export function BEPREVENUE(fixed_costs: any[][], price: any[][], variable_cost: any[][]): any[][] {
  return guard("BEPREVENUE", byDisplay, () => bepRevenueCells(fixed_costs, price, variable_cost, displayLanguage())) as any[][];
}

/**
 * Contribution margin: price − variable cost per unit, times the volume when given.
 * @customfunction CONTRIBUTION CONTRIBUTION
 * @param price Unit selling price.
 * @param variable_cost Unit variable cost.
 * @param [volume] Units sold; omitted: per unit.
 * @returns Contribution per unit or in total.
 */
export function CONTRIBUTION(price: any[][], variable_cost: any[][], volume?: any[][]): any[][] {
  return guard("CONTRIBUTION", byDisplay, () => contributionCells(price, variable_cost, volume, displayLanguage())) as any[][];
}

/**
 * Units needed to earn a target profit: (FC + target profit) / (P − VC).
 * @customfunction TARGETVOLUME TARGETVOLUME
 * @param fixed_costs Fixed costs for the period.
 * @param price Unit selling price.
 * @param variable_cost Unit variable cost.
 * @param target_profit The profit to reach.
 * @returns Units to sell.
 */
export function TARGETVOLUME(fixed_costs: any[][], price: any[][], variable_cost: any[][], target_profit: any[][]): any[][] {
  return guard("TARGETVOLUME", byDisplay, () =>
    targetVolumeCells(fixed_costs, price, variable_cost, target_profit, displayLanguage()),
  ) as any[][];
}

/**
 * Margin of safety: how far sales can fall before a loss, as an amount and a rate.
 * @customfunction MARGINOFSAFETY MARGINOFSAFETY
 * @param sales Planned or actual sales (units or amount).
 * @param break_even Break-even sales in the same unit.
 * @returns n×2: amount (sales − break-even) and rate (amount ÷ sales).
 */
export function MARGINOFSAFETY(sales: any[][], break_even: any[][]): any[][] {
  return guard("MARGINOFSAFETY", byDisplay, () => marginOfSafetyCells(sales, break_even, displayLanguage())) as any[][];
}

/**
 * Degree of operating leverage: contribution ÷ operating profit.
 * @customfunction OPERATINGLEVERAGE OPERATINGLEVERAGE
 * @param volume Units sold.
 * @param price Unit selling price.
 * @param variable_cost Unit variable cost.
 * @param fixed_costs Fixed costs for the period.
 * @returns The leverage: % change in profit per % change in sales.
 */
export function OPERATINGLEVERAGE(volume: any[][], price: any[][], variable_cost: any[][], fixed_costs: any[][]): any[][] {
  return guard("OPERATINGLEVERAGE", byDisplay, () =>
    operatingLeverageCells(volume, price, variable_cost, fixed_costs, displayLanguage()),
  ) as any[][];
}

/**
 * Break-even units of each product for a sales mix.
 * @customfunction BEPMIX BEPMIX
 * @param fixed_costs Fixed costs shared by the products.
 * @param prices Unit price of each product.
 * @param variable_costs Unit variable cost of each product.
 * @param mix Sales mix: units of each product in the mix (e.g. {3, 2}).
 * @returns Break-even units of each product.
 */
export function BEPMIX(fixed_costs: any[][], prices: any[][], variable_costs: any[][], mix: any[][]): any[][] {
  return guard("BEPMIX", byDisplay, () => bepMixCells(fixed_costs, prices, variable_costs, mix)) as any[][];
}

// ---------------------------------------------------------------- budgets

/**
 * Percentage-of-sales budget: sales × rate, to the cent.
 * @customfunction BUDGETPCT BUDGETPCT
 * @param sales Planned sales.
 * @param pct The rate, as a ratio (5 % = 0.05).
 * @returns The budget.
 */
export function BUDGETPCT(sales: any[][], pct: any[][]): any[][] {
  return guard("BUDGETPCT", byDisplay, () => budgetPctCells(sales, pct, displayLanguage())) as any[][];
}

/**
 * Benchmark (competitive-parity) budget: own sales × the benchmark's spend per unit of sales.
 * @customfunction BUDGETBENCHMARK BUDGETBENCHMARK
 * @param own_sales Our planned sales.
 * @param benchmark_sales The benchmark's (competitor's or industry's) sales.
 * @param benchmark_spend The benchmark's spend.
 * @returns The budget, to the cent.
 */
export function BUDGETBENCHMARK(own_sales: any[][], benchmark_sales: any[][], benchmark_spend: any[][]): any[][] {
  return guard("BUDGETBENCHMARK", byDisplay, () =>
    budgetBenchmarkCells(own_sales, benchmark_sales, benchmark_spend, displayLanguage()),
  ) as any[][];
}

/**
 * Marginal-revenue budget: the spend level beyond which extra revenue (× margin) no longer covers extra spend.
 * @customfunction BUDGETMARGINAL BUDGETMARGINAL
 * @param spend_levels Candidate spend levels.
 * @param revenues Expected revenue at each level.
 * @param [margin] Gross margin applied to revenue (default 1).
 * @returns The spend level to budget.
 */
export function BUDGETMARGINAL(spend_levels: any[][], revenues: any[][], margin?: any[][]): any {
  return guard("BUDGETMARGINAL", byDisplay, () => budgetMarginalCells(spend_levels, revenues, margin));
}

/**
 * Zero-based budget: items ranked by priority and funded until the limit.
 * @customfunction BUDGETZERO BUDGETZERO
 * @param items Budget items (names).
 * @param costs Cost of each item.
 * @param priorities Priority of each item (1 = most important).
 * @param [limit] Funds available; omitted: everything is funded.
 * @param [language] "zh-CN" or "en-US"; omitted: the Office display language.
 * @returns n×5 in priority order: item, cost, priority, funded or not, cumulative funded cost.
 */
export function BUDGETZERO(items: any[][], costs: any[][], priorities: any[][], limit?: any[][], language?: string): any[][] {
  return guard(
    "BUDGETZERO",
    () => languageOrDisplay(language),
    () => budgetZeroCells(items, costs, priorities, limit, readLanguage(language)),
  ) as any[][];
}

/**
 * Objective-task budget: the cost of the tasks that reach the objective (quantity × unit cost), and the total.
 * @customfunction BUDGETTASK BUDGETTASK
 * @param tasks The tasks (names).
 * @param quantities Quantity of each task.
 * @param unit_costs Unit cost of each task.
 * @param [language] "zh-CN" or "en-US"; omitted: the Office display language.
 * @returns (n+1)×2: each task with its cost, then the total.
 */
export function BUDGETTASK(tasks: any[][], quantities: any[][], unit_costs: any[][], language?: string): any[][] {
  return guard(
    "BUDGETTASK",
    () => languageOrDisplay(language),
    () => budgetTaskCells(tasks, quantities, unit_costs, readLanguage(language)),
  ) as any[][];
}

/**
 * Input-output budget: planned outputs × input ratios × input prices, per output and in total.
 * @customfunction BUDGETIO BUDGETIO
 * @param outputs Planned output of each product (a column).
 * @param input_ratios Input needed per unit of output: one row per product, one column per input.
 * @param input_prices Price of each input (a row).
 * @returns (n+1)×1: the budget of each output, then the total.
 */
export function BUDGETIO(outputs: any[][], input_ratios: any[][], input_prices: any[][]): any[][] {
  return guard("BUDGETIO", byDisplay, () => budgetIoCells(outputs, input_ratios, input_prices)) as any[][];
}

/**
 * Budget control per expense line: variance, variance % and status (within, over budget, over cap, over norm).
 * @customfunction BUDGETCONTROL BUDGETCONTROL
 * @param actual Actual spend of each line.
 * @param budget Budget of each line.
 * @param [cap] Hard cap of each line (expense cap); blank: none.
 * @param [norm] Norm per unit of activity (e.g. cost per visit); blank: none.
 * @param [volume] Activity volume the norm applies to (e.g. visits).
 * @param [language] "zh-CN" or "en-US"; omitted: the Office display language.
 * @returns n×3: variance, variance %, status.
 */
export function BUDGETCONTROL(
  actual: any[][],
  budget: any[][],
  cap?: any[][],
  norm?: any[][],
  volume?: any[][],
  language?: string,
): any[][] {
  return guard(
    "BUDGETCONTROL",
    () => languageOrDisplay(language),
    () => budgetControlCells(actual, budget, cap, norm, volume, readLanguage(language)),
  ) as any[][];
}

// ---------------------------------------------------------------- sales activity analysis

/**
 * Absolute comparison against plan, prior period or the best performer: difference and rate.
 * @customfunction PLANVARIANCE PLANVARIANCE
 * @param actual Actual values.
 * @param reference Plan, prior-period or best-performer values.
 * @returns n×2: difference (actual − reference) and rate (difference ÷ reference).
 */
export function PLANVARIANCE(actual: any[][], reference: any[][]): any[][] {
  return guard("PLANVARIANCE", byDisplay, () => planVarianceCells(actual, reference, displayLanguage())) as any[][];
}

/**
 * Composition (structure) ratios: each part's share of the whole; the shares sum to exactly 1.
 * @customfunction COMPOSITION COMPOSITION
 * @param parts The parts (a column or a row).
 * @returns The share of each part.
 */
export function COMPOSITION(parts: any[][]): any[][] {
  return guard("COMPOSITION", byDisplay, () => compositionCells(parts)) as any[][];
}

/**
 * Related ratio of two indicators, e.g. expense rate = expenses ÷ sales.
 * @customfunction RELATEDRATIO RELATEDRATIO
 * @param a Numerator (a value or a column).
 * @param b Denominator.
 * @returns a ÷ b.
 */
export function RELATEDRATIO(a: any[][], b: any[][]): any[][] {
  return guard("RELATEDRATIO", byDisplay, () => relatedRatioCells(a, b, displayLanguage())) as any[][];
}

/**
 * Fixed-base indices (dynamic ratios on one base period), or growth rates on it.
 * @customfunction FIXEDBASEINDEX FIXEDBASEINDEX
 * @param series Values by period, oldest first.
 * @param [base_position] Position of the base period (default 1).
 * @param [growth] TRUE: growth rates (index − 1) instead of indices.
 * @returns One index per period.
 */
export function FIXEDBASEINDEX(series: any[][], base_position?: any[][], growth?: any[][]): any[][] {
  return guard("FIXEDBASEINDEX", byDisplay, () => fixedBaseIndexCells(series, base_position, growth)) as any[][];
}

/**
 * Chain indices (each period on the one before), or chain growth rates.
 * @customfunction CHAININDEX CHAININDEX
 * @param series Values by period, oldest first.
 * @param [growth] TRUE: growth rates (index − 1) instead of indices.
 * @returns One index per period; the first is blank.
 */
export function CHAININDEX(series: any[][], growth?: any[][]): any[][] {
  return guard("CHAININDEX", byDisplay, () => chainIndexCells(series, growth)) as any[][];
}

/**
 * Factor substitution: the effect of each factor on a product of factors (e.g. customers × orders × price); the effects add up to the change.
 * @customfunction FACTORSUB FACTORSUB
 * @param base Base-period factors, in substitution order (quantity before price).
 * @param actual Actual factors, same order.
 * @param [order] Another substitution order: the factor positions, e.g. {2, 1, 3}.
 * @param [method] "chain" (default, chain substitution) or "differences" (difference method, same result).
 * @returns One effect per factor.
 */
export function FACTORSUB(base: any[][], actual: any[][], order?: any[][], method?: any[][]): any[][] {
  return guard("FACTORSUB", byDisplay, () => factorSubCells(base, actual, order, method)) as any[][];
}
