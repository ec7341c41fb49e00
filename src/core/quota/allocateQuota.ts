import { InputError, requireNotNegative } from "../errors";
import { blendShares } from "./blendShares";
import { cappedProportional } from "./cappedProportional";
import { roundLargestRemainder } from "./largestRemainder";

export interface QuotaAllocationInput {
  /** The target to split, ≥ 0, a whole number of `unit`s. */
  readonly total: number;
  /** Basis columns (one or more), each with one value ≥ 0 per row. */
  readonly basis: readonly ArrayLike<number>[];
  /** One weight per basis column; omitted → equal weights. */
  readonly weights?: readonly number[];
  /** Per-row minimum (NaN or undefined = none), or one value for every row. */
  readonly minimum?: number | ArrayLike<number>;
  /** Per-row maximum (NaN or undefined = none), or one value for every row. */
  readonly maximum?: number | ArrayLike<number>;
  /** Rounding unit: 1 (default), 0.01 for cents, 1000 for thousands. */
  readonly unit?: number;
}

export interface QuotaAllocation {
  /** Rounded quotas, in the currency of `total`; they add up exactly to `total`. */
  readonly quotas: Float64Array;
  /** Blended share of each row before caps, summing to 1. */
  readonly shares: Float64Array;
  /** Exact (unrounded) quota of each row after caps. */
  readonly exact: Float64Array;
  /** Whether each row ended at its minimum ("min"), its maximum ("max") or neither (""). */
  readonly capped: readonly ("min" | "max" | "")[];
}

/**
 * Allocate a sales target over rows (products, regions, people, months...) in proportion to a basis,
 * with optional minimum and maximum per row, rounded to whole units so the quotas add up exactly.
 *
 * Steps: shares from the basis (blended by weights for several columns) → exact split with caps
 * (capped rows fixed, the rest re-shared) → largest-remainder rounding in units of `unit`.
 * Source: the seed's quota-allocation principles (fair, feasible, controllable); Hamilton apportionment.
 *
 * @throws InputError for a negative or fractional-unit total, a bad basis, or caps that cannot be met
 * @example allocateQuota({ total: 7, basis: [[50, 30, 20]] }).quotas // [4, 2, 1]
 */
export function allocateQuota(input: QuotaAllocationInput): QuotaAllocation {
  const unit = input.unit ?? 1;
  if (!(unit > 0) || !Number.isFinite(unit))
    throw new InputError("num", "mustBePositive", { what: { term: "unit" }, value: unit });
  const total = input.total;
  if (!(total >= 0) || !Number.isFinite(total))
    throw new InputError("num", "mustNotBeNegative", { what: { term: "total" }, value: total });
  const totalUnits = Math.round(total / unit);
  if (Math.abs(totalUnits - total / unit) > 1e-9 * Math.max(1, totalUnits))
    throw new InputError("value", "totalNotMultipleOfUnit", { total, unit });

  const shares = blendShares(input.basis, input.weights);
  const n = shares.length;
  const lowerUnits = new Float64Array(n);
  const upperUnits = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lo = capAt(input.minimum, i);
    const hi = capAt(input.maximum, i);
    requireNotNegative(lo, "minimum");
    requireNotNegative(hi, "maximum");
    const loValue = Number.isNaN(lo) ? 0 : lo;
    const hiValue = Number.isNaN(hi) ? Infinity : hi;
    if (loValue > hiValue)
      throw new InputError("value", "minimumAboveMaximum", { row: i + 1, minimum: loValue, maximum: hiValue });
    // Caps in whole units, rounded inwards so a rounded quota can never break them.
    lowerUnits[i] = Math.ceil(loValue / unit - 1e-9);
    upperUnits[i] = hiValue === Infinity ? Infinity : Math.floor(hiValue / unit + 1e-9);
    if (lowerUnits[i] > upperUnits[i])
      throw new InputError("value", "capsNotWholeUnits", { row: i + 1, unit, minimum: loValue, maximum: hiValue });
  }

  const exactUnits = cappedProportional(totalUnits, shares, lowerUnits, upperUnits);
  const roundedUnits = roundLargestRemainder(exactUnits, totalUnits, upperUnits, lowerUnits);
  const decimals = decimalsOf(unit);
  const quotas = new Float64Array(n);
  const exact = new Float64Array(n);
  const capped: ("min" | "max" | "")[] = new Array(n);
  for (let i = 0; i < n; i++) {
    quotas[i] = toUnitValue(roundedUnits[i], unit, decimals);
    exact[i] = exactUnits[i] * unit;
    const free = totalUnits * shares[i];
    capped[i] =
      exactUnits[i] === upperUnits[i] && free > upperUnits[i]
        ? "max"
        : exactUnits[i] === lowerUnits[i] && free < lowerUnits[i]
          ? "min"
          : "";
  }
  return { quotas, shares, exact, capped };
}

function capAt(cap: number | ArrayLike<number> | undefined, i: number): number {
  if (cap === undefined) return NaN;
  if (typeof cap === "number") return cap;
  return i < cap.length ? cap[i] : NaN;
}

/** Number of decimals in a unit such as 0.01 (2) or 1000 (0), so k·unit is printed without float noise. */
export function decimalsOf(unit: number): number {
  for (let d = 0; d <= 10; d++) {
    const scaled = unit * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return d;
  }
  return 10;
}

/** k units of `unit` as the nearest double to the decimal value (e.g. 7 × 0.01 → 0.07, not 0.07000000000000001). */
export function toUnitValue(units: number, unit: number, decimals: number): number {
  return decimals === 0 ? units * unit : Number((units * unit).toFixed(decimals));
}
