import { InputError, requireNotNegative } from "../errors";

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
    requireNotNegative(parts[i], "parts");
    total += parts[i];
  }
  if (total === 0) throw new InputError("div0", "partsAllZero");
  const shares = Array.from(parts, (p) => p / total);
  const sumInOrder = () => {
    let sum = 0;
    for (const x of shares) sum += x;
    return sum;
  };
  if (sumInOrder() === 1) return shares;
  // Move the residue onto the largest shares: first by the residue itself, then by searching a few ulps around,
  // which always finds a value because the ulp of a share near 1 is finer than the spacing of sums near 1.
  const bySize = shares.map((_, i) => i).sort((a, b) => shares[b] - shares[a]);
  for (const i of bySize.slice(0, 3)) {
    const original = shares[i];
    shares[i] = original + (1 - sumInOrder());
    if (sumInOrder() === 1) return shares;
    for (let k = 1; k <= 64; k++) {
      for (const direction of [Infinity, -Infinity]) {
        let x = original;
        for (let step = 0; step < k; step++) x = nextToward(x, direction);
        shares[i] = x;
        if (sumInOrder() === 1) return shares;
      }
    }
    shares[i] = original;
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
