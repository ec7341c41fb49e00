import { InputError } from "../errors";
import { allocateQuota } from "./allocateQuota";

/**
 * Splits an annual quota over the periods of a season (12 months, 4 quarters…) in proportion to seasonal
 * indices, rounded by largest remainder in units of `unit` so the periods add up exactly to the annual quota.
 * Source: the seed's quota chapter (quotas by month follow the seasonal pattern of sales).
 *
 * @throws InputError(num) for a negative index; InputError(div0) when all indices are zero; as allocateQuota for the total
 * @example splitBySeasonalIndex(1200, [0.5, 1.5, 1, 1]) // [150, 450, 300, 300]
 */
export function splitBySeasonalIndex(annual: number, indices: ArrayLike<number>, unit = 1): Float64Array {
  if (indices.length < 2)
    throw new InputError("value", "seriesTooShort", { method: "QUOTAMONTHLY", minimum: 2, actual: indices.length });
  return allocateQuota({ total: annual, basis: [indices], unit }).quotas;
}
