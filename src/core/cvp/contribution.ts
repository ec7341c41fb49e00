import { requireNotNegative } from "../errors";

/**
 * Contribution margin: (P − VC) per unit, times the volume when one is given (total contribution).
 * A negative margin is returned as is: it tells the user the product loses money on every unit.
 * Source: cost-volume-profit analysis (边际贡献), Horngren, Cost Accounting, ch. 3.
 *
 * @throws InputError(num) for a negative price, cost or volume
 * @example contribution(50, 30, 100) // 2000
 */
export function contribution(price: number, variableCost: number, volume = 1): number {
  requireNotNegative(price, "price");
  requireNotNegative(variableCost, "variableCost");
  requireNotNegative(volume, "volume");
  return (price - variableCost) * volume;
}
