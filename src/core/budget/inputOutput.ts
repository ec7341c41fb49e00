import { InputError, requireNotNegative } from "../errors";
import { roundMoney } from "../money";

/**
 * Input-output budget (投入产出法): from the planned outputs and the inputs each unit of output needs
 * (a ratio per output and input), the inputs required, priced: budgetᵢ = outputᵢ × Σⱼ ratioᵢⱼ × priceⱼ
 * (to the cent), and the total.
 * Source: the seed's budget methods (expense budgets derived from planned output and input norms).
 *
 * @throws InputError(value) when the ratio matrix does not have one row per output and one column per price;
 *   InputError(num) for negative outputs, ratios or prices
 * @example budgetInputOutput([100, 50], [[2, 1], [1, 3]], [10, 4]) // { costs: [2400, 1100], total: 3500 }
 */
export function budgetInputOutput(
  outputs: ArrayLike<number>,
  ratios: readonly ArrayLike<number>[],
  prices: ArrayLike<number>,
): { costs: number[]; total: number } {
  if (ratios.length !== outputs.length || ratios.some((r) => r.length !== prices.length))
    throw new InputError("value", "ratioShape", { outputs: outputs.length, inputs: prices.length });
  for (let j = 0; j < prices.length; j++) requireNotNegative(prices[j], "price");
  const costs: number[] = [];
  let cents = 0;
  for (let i = 0; i < outputs.length; i++) {
    requireNotNegative(outputs[i], "output");
    let unitCost = 0;
    for (let j = 0; j < prices.length; j++) {
      requireNotNegative(ratios[i][j], "inputRatio");
      unitCost += ratios[i][j] * prices[j];
    }
    const c = roundMoney(outputs[i] * unitCost);
    costs.push(c);
    cents += Math.round(c * 100);
  }
  return { costs, total: roundMoney(cents / 100) };
}
