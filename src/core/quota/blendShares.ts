import { InputError } from "../errors";

/**
 * Shares of each row from one or more basis columns: each column is normalised to shares (bᵢⱼ / Σᵢ bᵢⱼ),
 * then the columns are blended by their weights: sᵢ = Σⱼ wⱼ·bᵢⱼ/Σᵢbᵢⱼ / Σⱼ wⱼ.
 * With one column this is plain proportional sharing. With income, retail-sales and population shares
 * and weights 0.5/0.3/0.2 it is the regional buying-power index of the seed's quota chapter.
 *
 * @param columns basis columns of equal length, values ≥ 0
 * @param weights one weight ≥ 0 per column; omitted → equal weights
 * @returns shares that sum to 1 (up to floating point)
 * @throws InputError(num) for a negative basis or weight, InputError(div0) for a column that sums to zero,
 *   InputError(value) for a weights count that does not match the columns
 * @example blendShares([[50, 30, 20]]) // [0.5, 0.3, 0.2]
 */
export function blendShares(columns: readonly ArrayLike<number>[], weights?: readonly number[]): Float64Array {
  const k = columns.length;
  const n = k === 0 ? 0 : columns[0].length;
  if (n === 0) throw new InputError("value", "emptyInput", { what: { term: "basis" } });
  const w = weights ?? new Array<number>(k).fill(1);
  if (w.length !== k) throw new InputError("value", "weightsCount", { columns: k, weights: w.length });
  let wSum = 0;
  for (const x of w) {
    if (!(x >= 0)) throw new InputError("num", "mustNotBeNegative", { what: { term: "weights" }, value: x });
    wSum += x;
  }
  if (wSum === 0) throw new InputError("div0", "weightsAllZero");
  const shares = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    const col = columns[j];
    let colSum = 0;
    for (let i = 0; i < n; i++) {
      const b = col[i];
      if (!(b >= 0)) throw new InputError("num", "mustNotBeNegative", { what: { term: "basis" }, value: b });
      colSum += b;
    }
    if (colSum === 0) throw new InputError("div0", "basisAllZero");
    const factor = w[j] / wSum / colSum;
    for (let i = 0; i < n; i++) shares[i] += col[i] * factor;
  }
  return shares;
}
