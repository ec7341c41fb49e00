import { InputError, requireNotNegative } from "../errors";
import { roundMoney } from "../money";

/**
 * Percentage-of-sales budget (销售百分比法): budget = sales × pct, to the cent.
 * Source: the seed's budget methods; Kotler, Marketing Management (setting the promotion budget).
 *
 * @throws InputError(num) for negative sales or a rate outside 0..1 (give 5 % as 0.05)
 * @example budgetPercentOfSales(1_000_000, 0.05) // 50000
 */
export function budgetPercentOfSales(sales: number, pct: number): number {
  requireNotNegative(sales, "sales");
  if (!(pct >= 0 && pct <= 1)) throw new InputError("num", "rateRange", { what: { term: "rate" }, value: pct });
  return roundMoney(sales * pct);
}
