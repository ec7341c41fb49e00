import { InputError, requireNotNegative } from "../errors";

export interface MarginalStep {
  readonly spend: number;
  readonly revenue: number;
  /** Δrevenue × margin − Δspend from the previous level (NaN for the first level) */
  readonly marginalGain: number;
}

/**
 * Marginal-revenue budget (边际收益法): raise spending level by level while the extra revenue it brings,
 * times the gross margin, still covers the extra spend: Δrevenue × margin ≥ Δspend. The budget is the last level
 * reached that way (the first level is the floor). Levels are taken in increasing order of spend.
 * Source: the seed's budget methods; Kotler, Marketing Management (marginal analysis of the promotion budget).
 *
 * @throws InputError(value) for fewer than two levels, lists of different lengths or a repeated spend level;
 *   InputError(num) for negative values or a margin outside (0, 1]
 * @example budgetMarginal([0, 100, 200, 300], [1000, 1300, 1450, 1500], 1).spend // 200
 */
export function budgetMarginal(
  spend: ArrayLike<number>,
  revenue: ArrayLike<number>,
  margin = 1,
): { spend: number; revenue: number; steps: MarginalStep[] } {
  const n = spend.length;
  if (revenue.length !== n)
    throw new InputError("value", "shapeMismatch", {
      what: { term: "spendLevels" },
      expected: `${n}×1`,
      actual: `${revenue.length}×1`,
    });
  if (n < 2) throw new InputError("value", "seriesTooShort", { method: "BUDGETMARGINAL", minimum: 2, actual: n });
  if (!(margin > 0 && margin <= 1)) throw new InputError("num", "rateRange", { what: { term: "margin" }, value: margin });
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => spend[a] - spend[b]);
  const steps: MarginalStep[] = [];
  for (let k = 0; k < n; k++) {
    const i = order[k];
    requireNotNegative(spend[i], "spendLevels");
    requireNotNegative(revenue[i], "revenue");
    if (k > 0 && spend[i] === spend[order[k - 1]]) throw new InputError("value", "repeatedLevel", { value: spend[i] });
    const prev = k > 0 ? order[k - 1] : -1;
    steps.push({
      spend: spend[i],
      revenue: revenue[i],
      marginalGain: prev < 0 ? NaN : (revenue[i] - revenue[prev]) * margin - (spend[i] - spend[prev]),
    });
  }
  let best = 0;
  while (best + 1 < n && steps[best + 1].marginalGain >= -1e-9) best++;
  return { spend: steps[best].spend, revenue: steps[best].revenue, steps };
}
