/**
 * Round exact amounts (in whole units) to integers that add up exactly to `totalUnits`
 * by the largest-remainder (Hamilton) method: everyone gets the floor, and the units left over go one each
 * to the rows with the largest fractional parts (ties: larger exact amount first, then earlier row).
 * Rows already at `upper` receive nothing more.
 *
 * Source: Hamilton's method of apportionment; Balinski & Young, "Fair Representation" (1982).
 * Because every exact amount lies within its bounds and bounds are whole units, the result stays within them.
 *
 * @example roundLargestRemainder([3.5, 2.1, 1.4], 7) // Int-valued [4, 2, 1]
 */
export function roundLargestRemainder(
  exact: ArrayLike<number>,
  totalUnits: number,
  upper?: ArrayLike<number>,
  lower?: ArrayLike<number>,
): Float64Array {
  const n = exact.length;
  const out = new Float64Array(n);
  const frac = new Float64Array(n);
  let assigned = 0;
  for (let i = 0; i < n; i++) {
    let a = exact[i];
    const r = Math.round(a);
    if (Math.abs(a - r) <= 1e-9 * Math.max(1, Math.abs(a))) a = r; // snap float noise to whole units
    const f = Math.floor(a);
    out[i] = f;
    frac[i] = a - f;
    assigned += f;
  }
  let left = totalUnits - assigned;
  if (left === 0) return out;
  const order = Array.from({ length: n }, (_, i) => i);
  if (left > 0) {
    order.sort((a, b) => frac[b] - frac[a] || exact[b] - exact[a] || a - b);
    for (let pass = 0; left > 0 && pass < 2; pass++) {
      for (const i of order) {
        if (left === 0) break;
        if (upper && out[i] + 1 > upper[i]) continue;
        if (pass === 0 && frac[i] === 0) continue;
        out[i] += 1;
        left--;
      }
    }
  } else {
    // Only reachable through floating-point overshoot: take back from the smallest remainders.
    order.sort((a, b) => frac[a] - frac[b] || exact[a] - exact[b] || b - a);
    for (const i of order) {
      if (left === 0) break;
      if (lower && out[i] - 1 < lower[i]) continue;
      out[i] -= 1;
      left++;
    }
  }
  return out;
}
