import { InputError, requireNotNegative } from "../errors";

/**
 * Degree of operating leverage (经营杠杆系数): contribution ÷ operating profit = Q(P − VC) / (Q(P − VC) − FC).
 * A 10 % change in sales changes profit by DOL × 10 %. Below break-even the value is negative.
 * Source: Horngren, Cost Accounting, ch. 3; Brealey & Myers (operating leverage).
 *
 * @throws InputError(num) for negative inputs; InputError(div0) at break-even (profit 0)
 * @example operatingLeverage(100, 50, 30, 1000) // 2
 */
export function operatingLeverage(volume: number, price: number, variableCost: number, fixedCosts: number): number {
  requireNotNegative(volume, "volume");
  requireNotNegative(price, "price");
  requireNotNegative(variableCost, "variableCost");
  requireNotNegative(fixedCosts, "fixedCosts");
  const margin = volume * (price - variableCost);
  const profit = margin - fixedCosts;
  if (profit === 0) throw new InputError("div0", "zeroProfit");
  return margin / profit;
}
