import { checkCvpInputs } from "./breakEven";

/**
 * Volume needed for a target profit: (FC + target profit) / (P − VC). A negative target (a planned loss) is allowed
 * as long as the volume stays ≥ 0.
 * Source: cost-volume-profit analysis (目标利润销量), Horngren, Cost Accounting, ch. 3.
 *
 * @throws as breakEvenUnits
 * @example targetVolume(1000, 50, 30, 400) // 70
 */
export function targetVolume(fixedCosts: number, price: number, variableCost: number, targetProfit: number): number {
  checkCvpInputs(fixedCosts, price, variableCost);
  return Math.max(0, (fixedCosts + targetProfit) / (price - variableCost));
}
