import { InputError, requireNotNegative } from "../errors";

/**
 * Margin of safety (安全边际): how far sales can fall before a loss. Amount = sales − break-even sales;
 * rate = amount ÷ sales. Both in the unit given (units or money). Negative means below break-even.
 * Source: Horngren, Cost Accounting, ch. 3.
 *
 * @throws InputError(num) for negative inputs; InputError(div0) for zero sales (the rate)
 * @example marginOfSafety(80, 50) // { amount: 30, rate: 0.375 }
 */
export function marginOfSafety(sales: number, breakEven: number): { amount: number; rate: number } {
  requireNotNegative(sales, "sales");
  requireNotNegative(breakEven, "breakEven");
  if (sales === 0) throw new InputError("div0", "zeroSales");
  const amount = sales - breakEven;
  return { amount, rate: amount / sales };
}
