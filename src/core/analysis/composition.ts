import { InputError } from "../errors";

/**
 * Composition ratios (构成比率, structure): each part ÷ the whole. The shares add up to exactly 1 when summed in
 * order, as a SUM over the column does: the float residue of the division (at most a few ulps) is moved onto the
 * largest share.
 * Source: the seed's sales activity analysis (ratio analysis: composition ratios).
 *
 * @throws InputError(num) for a negative part; InputError(div0) when the parts sum to 0
 * @example compositionShares([1, 1, 1]) // [0.3333333333333333, 0.33333333333333337, 0.3333333333333333] — sums to 1
 */
export function compositionShares(parts: ArrayLike<number>): number[] {
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] < 0) throw new InputError("num", "mustNotBeNegative", { what: { term: "parts" }, value: parts[i] });
    total += parts[i];
  }
  if (total === 0) throw new InputError("div0", "partsAllZero");
  const shares = Array.from(parts, (p) => p / total);
  let largest = 0;
  for (let i = 1; i < shares.length; i++) if (shares[i] > shares[largest]) largest = i;
  for (let pass = 0; pass < 64; pass++) {
    let sum = 0;
    for (const s of shares) sum += s;
    if (sum === 1) break;
    const moved = shares[largest] + (1 - sum);
    // when the residue is below the share's precision, step one ulp towards it
    shares[largest] = moved !== shares[largest] ? moved : nextToward(shares[largest], sum < 1 ? Infinity : -Infinity);
  }
  return shares;
}

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);

/** The next double after x in the direction of `toward` (x > 0). */
function nextToward(x: number, toward: number): number {
  f64[0] = x;
  i64[0] += toward > x ? 1n : -1n;
  return f64[0];
}
