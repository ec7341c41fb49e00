/** The limits of QUOTACHECK's rules, in one place so the docs and the code agree. */
export const QUOTA_CHECK_LIMITS = {
  /** fair: a row's quota/potential may differ from the group's by at most ±20 % of the group's ratio */
  fairness: 0.2,
  /** feasible: growth over history above +30 % is a stretch the seed warns against */
  growth: 0.3,
  /** controllable: a cut of more than 10 % below history needs a reason (the quota no longer drives effort) */
  decline: 0.1,
} as const;

export type QuotaWarning =
  | { rule: "aboveSalesPotential"; quota: number; potential: number }
  | { rule: "unfair"; ratio: number; groupRatio: number }
  | { rule: "tooMuchGrowth"; growth: number }
  | { rule: "belowHistory"; growth: number }
  | { rule: "noHistory" };

/**
 * Checks quotas against the seed's principles of a good quota, per row:
 * - feasible: the quota must not exceed the row's potential ("aboveSalesPotential");
 * - fair: quota ÷ potential should be close to the group's Σquota ÷ Σpotential (within ±20 % of it, "unfair");
 * - feasible: growth over history above +30 % ("tooMuchGrowth");
 * - controllable: a quota more than 10 % below history ("belowHistory");
 * - a quota for a row with no history (0) is flagged "noHistory" (nothing to judge growth by).
 * Rows with NaN in any input get no check. Source: the seed's quota principles (公平、可行、弹性、可控、易懂).
 *
 * @example checkQuotas([120, 100], [1000, 1000], [100, 100])[0] // [] (fine)
 */
export function checkQuotas(
  quota: ArrayLike<number>,
  potential: ArrayLike<number>,
  history: ArrayLike<number>,
): QuotaWarning[][] {
  const n = quota.length;
  let sumQ = 0;
  let sumP = 0;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(quota[i]) || Number.isNaN(potential[i]) || Number.isNaN(history[i])) continue;
    sumQ += quota[i];
    sumP += potential[i];
  }
  const groupRatio = sumP > 0 ? sumQ / sumP : NaN;
  const out: QuotaWarning[][] = [];
  for (let i = 0; i < n; i++) {
    const q = quota[i];
    const p = potential[i];
    const h = history[i];
    const warnings: QuotaWarning[] = [];
    out.push(warnings);
    if (Number.isNaN(q) || Number.isNaN(p) || Number.isNaN(h)) continue;
    if (q > p) warnings.push({ rule: "aboveSalesPotential", quota: q, potential: p });
    if (p > 0 && groupRatio > 0) {
      const ratio = q / p;
      if (Math.abs(ratio / groupRatio - 1) > QUOTA_CHECK_LIMITS.fairness + 1e-12)
        warnings.push({ rule: "unfair", ratio, groupRatio });
    }
    if (h > 0) {
      const growth = q / h - 1;
      if (growth > QUOTA_CHECK_LIMITS.growth + 1e-12) warnings.push({ rule: "tooMuchGrowth", growth });
      else if (growth < -QUOTA_CHECK_LIMITS.decline - 1e-12) warnings.push({ rule: "belowHistory", growth });
    } else if (q > 0) warnings.push({ rule: "noHistory" });
  }
  return out;
}
