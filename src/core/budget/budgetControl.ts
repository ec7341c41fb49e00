import { requireNotNegative } from "../errors";
import { roundMoney } from "../money";

export type BudgetStatus = "within" | "overBudget" | "overCap" | "overNorm";

export interface BudgetControlLine {
  /** actual − budget, to the cent */
  readonly variance: number;
  /** variance ÷ budget (NaN when the budget is 0) */
  readonly rate: number;
  readonly status: BudgetStatus;
}

/**
 * Expense control of one budget line (费用控制). The status, most serious first:
 * - "overCap": the actual exceeds the line's hard cap (费用专控: a ceiling that may not be exceeded);
 * - "overNorm": the actual exceeds the norm allowance, norm × volume (定额管理: e.g. travel cost per visit × visits);
 * - "overBudget": the actual exceeds the budget;
 * - "within".
 * Source: the seed's budget control (费用专控 and 定额管理).
 *
 * @throws InputError(num) for negative amounts
 * @example budgetControl(1200, 1000, 1100).status // "overCap"
 */
export function budgetControl(actual: number, budget: number, cap = NaN, norm = NaN, volume = NaN): BudgetControlLine {
  requireNotNegative(actual, "actual");
  requireNotNegative(budget, "budget");
  requireNotNegative(cap, "cap");
  requireNotNegative(norm, "norm");
  requireNotNegative(volume, "volume");
  const variance = roundMoney(actual - budget);
  const rate = budget === 0 ? NaN : (actual - budget) / budget;
  let status: BudgetStatus = "within";
  if (!Number.isNaN(cap) && actual > cap) status = "overCap";
  else if (!Number.isNaN(norm) && !Number.isNaN(volume) && actual > norm * volume + 1e-9) status = "overNorm";
  else if (actual > budget) status = "overBudget";
  return { variance, rate, status };
}
