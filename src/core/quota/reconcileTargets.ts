import { InputError, requireNotNegative } from "../errors";
import { decimalsIn } from "../money";
import { roundLargestRemainder } from "./largestRemainder";

export const RECONCILE_METHODS = ["topdown", "scale", "max", "min"] as const;
export type ReconcileMethod = (typeof RECONCILE_METHODS)[number];

export interface Reconciliation {
  /** bottom-up − top-down, per row */
  readonly gap: Float64Array;
  /** gap ÷ top-down, per row (NaN where top-down is 0) */
  readonly gapRate: Float64Array;
  /** the reconciled target per row */
  readonly reconciled: Float64Array;
  /** what the reconciled column sums to, exactly */
  readonly total: number;
}

/**
 * Reconciles top-down targets (分配方式: management splits the company target) with bottom-up ones
 * (上行方式: each unit's own estimate), row by row.
 *
 * - "topdown": management's total stands, T = Σ top-down; it is re-shared in proportion to the bottom-up numbers
 *   (the field knows where the sales are): Rᵢ = T · bᵢ / Σb. Sums exactly to T.
 * - "scale": the field's numbers are scaled up to management's total when they fall short, and never cut when
 *   they exceed it (a commitment stays a commitment): Rᵢ = bᵢ · max(1, T / Σb). Sums exactly to max(T, Σb).
 * - "max" / "min": per row, the larger / smaller of the two. Sums to Σ max / Σ min.
 * Results are rounded once, by largest remainder, to the finest precision of the inputs (whole numbers in →
 * whole numbers out), so the column adds up exactly to the promised total.
 * Source: the seed's sales-plan chapter (target setting: top-down and bottom-up must be reconciled).
 *
 * @throws InputError(value) for different lengths or no rows; InputError(num) for negative targets;
 *   InputError(div0) when "topdown"/"scale" meet an all-zero bottom-up column
 * @example reconcileTargets([100, 100], [60, 180], "topdown").reconciled // [50, 150]
 */
export function reconcileTargets(
  topDown: ArrayLike<number>,
  bottomUp: ArrayLike<number>,
  method: ReconcileMethod = "topdown",
): Reconciliation {
  const n = topDown.length;
  if (n === 0) throw new InputError("value", "emptyInput", { what: { term: "targets" } });
  if (bottomUp.length !== n)
    throw new InputError("value", "shapeMismatch", {
      what: { term: "targets" },
      expected: `${n}×1`,
      actual: `${bottomUp.length}×1`,
    });
  let decimals = 0;
  let sumTop = 0;
  let sumBottom = 0;
  const gap = new Float64Array(n);
  const gapRate = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = topDown[i];
    const b = bottomUp[i];
    requireNotNegative(t, "topDown");
    requireNotNegative(b, "bottomUp");
    decimals = Math.max(decimals, decimalsIn(t), decimalsIn(b));
    sumTop += t;
    sumBottom += b;
  }
  decimals = Math.min(decimals, 6);
  const f = 10 ** decimals;
  const toUnits = (x: number) => Math.round(x * f);
  for (let i = 0; i < n; i++) {
    gap[i] = (toUnits(bottomUp[i]) - toUnits(topDown[i])) / f;
    gapRate[i] = topDown[i] === 0 ? NaN : gap[i] / topDown[i];
  }
  const topUnits = toUnits(sumTop);
  const bottomUnits = toUnits(sumBottom);
  let units: Float64Array;
  if (method === "max" || method === "min") {
    units = Float64Array.from({ length: n }, (_, i) =>
      (method === "max" ? Math.max : Math.min)(toUnits(topDown[i]), toUnits(bottomUp[i])),
    );
  } else {
    if (bottomUnits === 0) throw new InputError("div0", "bottomUpAllZero");
    const target = method === "topdown" ? topUnits : Math.max(topUnits, bottomUnits);
    const exact = Float64Array.from({ length: n }, (_, i) => (toUnits(bottomUp[i]) * target) / bottomUnits);
    units = roundLargestRemainder(exact, target);
  }
  let totalUnits = 0;
  const reconciled = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    totalUnits += units[i];
    reconciled[i] = Number((units[i] / f).toFixed(decimals));
  }
  return { gap, gapRate, reconciled, total: Number((totalUnits / f).toFixed(decimals)) };
}
