import { InputError, requireNotNegative } from "../errors";

/**
 * Break-even volume: the number of units at which contribution covers fixed costs.
 *
 * Formula: BEP = FC / (P − VC), where P − VC is the unit contribution margin.
 * Source: cost-volume-profit analysis (本量利分析), the seed's budget chapter; any management-accounting text,
 * e.g. Horngren, Cost Accounting, ch. 3.
 *
 * @throws InputError(num) for negative costs or price, or a price not above the variable cost;
 *   InputError(div0) when price equals variable cost (no contribution, no break-even).
 * @example breakEvenUnits(1000, 50, 30) // 50
 */
export function breakEvenUnits(fixedCosts: number, price: number, variableCost: number): number {
  checkCvpInputs(fixedCosts, price, variableCost);
  return fixedCosts / (price - variableCost);
}

/** Shared domain checks of the cost-volume-profit functions. */
export function checkCvpInputs(fixedCosts: number, price: number, variableCost: number): void {
  requireNotNegative(fixedCosts, "fixedCosts");
  requireNotNegative(price, "price");
  requireNotNegative(variableCost, "variableCost");
  if (price === variableCost) throw new InputError("div0", "priceNotAboveVariableCost", { price, variableCost });
  if (price < variableCost) throw new InputError("num", "priceNotAboveVariableCost", { price, variableCost });
}

/**
 * Break-even revenue: the sales amount at which contribution covers fixed costs,
 * BEP × P = FC / contribution-margin ratio, with CM ratio = (P − VC) / P.
 *
 * @throws as breakEvenUnits
 * @example breakEvenRevenue(1000, 50, 30) // 2500
 */
export function breakEvenRevenue(fixedCosts: number, price: number, variableCost: number): number {
  checkCvpInputs(fixedCosts, price, variableCost);
  return (fixedCosts * price) / (price - variableCost);
}
