import { InputError, requireNotNegative } from "../errors";
import { roundMoney } from "../money";

export interface ZeroBasedLine {
  /** index of the item in the input */
  readonly item: number;
  readonly cost: number;
  readonly priority: number;
  readonly funded: boolean;
  /** running total of the funded costs up to this line */
  readonly cumulative: number;
}

/**
 * Zero-based budget (零基预算法): every item starts from zero and is justified on its own; items are ranked by
 * priority (1 = most important; ties keep their order) and funded in that order until the next one no longer fits
 * the limit — the funding line. Everything below the line is unfunded, even if a smaller item would still fit:
 * a lower priority never jumps the queue. Limit omitted → everything is funded (the ranking and the total).
 * Source: the seed's budget methods; Pyhrr, Zero-Base Budgeting (decision packages ranked, cut at the funding level).
 *
 * @throws InputError(num) for negative costs or limit; InputError(value) for lists of different lengths
 * @example budgetZeroBased([50, 30, 40], [2, 1, 3], 90).map(l => l.funded) // [true, true, false] in priority order
 */
export function budgetZeroBased(costs: ArrayLike<number>, priorities: ArrayLike<number>, limit = Infinity): ZeroBasedLine[] {
  const n = costs.length;
  if (priorities.length !== n)
    throw new InputError("value", "shapeMismatch", {
      what: { term: "budgetItems" },
      expected: `${n}×1`,
      actual: `${priorities.length}×1`,
    });
  requireNotNegative(limit, "limit");
  for (let i = 0; i < n; i++) requireNotNegative(costs[i], "cost");
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => priorities[a] - priorities[b] || a - b);
  const lines: ZeroBasedLine[] = [];
  let cents = 0;
  const limitCents = Number.isFinite(limit) ? Math.round(limit * 100) : Infinity;
  let open = true;
  for (const i of order) {
    const c = Math.round(costs[i] * 100);
    if (open && cents + c <= limitCents) cents += c;
    else open = false;
    lines.push({ item: i, cost: costs[i], priority: priorities[i], funded: open, cumulative: roundMoney(cents / 100) });
  }
  return lines;
}
