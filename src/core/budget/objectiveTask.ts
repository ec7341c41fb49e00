import { requireNotNegative } from "../errors";
import { roundMoney } from "../money";

/**
 * Objective-task budget (目标任务法): list the tasks that reach the objective, cost each one
 * (quantity × unit cost, to the cent) and add them up: the budget is what the tasks cost.
 * Source: the seed's budget methods; Kotler, Marketing Management (objective-and-task method).
 *
 * @throws InputError(num) for negative quantities or unit costs
 * @example budgetObjectiveTask([10, 2], [150, 2500]) // { costs: [1500, 5000], total: 6500 }
 */
export function budgetObjectiveTask(
  quantities: ArrayLike<number>,
  unitCosts: ArrayLike<number>,
): { costs: number[]; total: number } {
  const costs: number[] = [];
  let cents = 0;
  for (let i = 0; i < quantities.length; i++) {
    requireNotNegative(quantities[i], "quantity");
    requireNotNegative(unitCosts[i], "unitCost");
    const c = roundMoney(quantities[i] * unitCosts[i]);
    costs.push(c);
    cents += Math.round(c * 100);
  }
  return { costs, total: roundMoney(cents / 100) };
}
