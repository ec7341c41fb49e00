import { InputError, requireNotNegative } from "../errors";
import { roundMoney } from "../money";

/**
 * Benchmark budget (竞争对等法 / 标杆法): spend what the benchmark spends per unit of sales,
 * budget = own sales × benchmark spend ÷ benchmark sales, to the cent.
 * Source: the seed's budget methods; Kotler, Marketing Management (competitive-parity method).
 *
 * @throws InputError(num) for negative values; InputError(div0) for zero benchmark sales
 * @example budgetBenchmark(6000, 10000, 500) // 300
 */
export function budgetBenchmark(ownSales: number, benchmarkSales: number, benchmarkSpend: number): number {
  requireNotNegative(ownSales, "sales");
  requireNotNegative(benchmarkSales, "benchmarkSales");
  requireNotNegative(benchmarkSpend, "benchmarkSpend");
  if (benchmarkSales === 0) throw new InputError("div0", "zeroSales");
  return roundMoney((ownSales * benchmarkSpend) / benchmarkSales);
}
