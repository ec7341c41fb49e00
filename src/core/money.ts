/**
 * Rounding of money and ratios shown to users: once, at the end, half away from zero, on the decimal value
 * (1.005 → 1.01, not 1.00 as binary floating point would give), so no float noise reaches a cell.
 *
 * @example roundTo(1.005, 2) // 1.01
 * @example roundTo(1000 * 0.07, 2) // 70, not 70.00000000000001
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Money to the cent. */
export function roundMoney(value: number): number {
  return roundTo(value, 2);
}

/** Number of decimals written in a value (up to 10): 12.5 → 1, 100 → 0, 0.125 → 3. */
export function decimalsIn(value: number): number {
  for (let d = 0; d <= 10; d++) {
    const scaled = value * 10 ** d;
    // the error of x·10^d is a few ulps of the result: tolerate that, no more (9999999.99 has 2 decimals, not 1)
    if (Math.abs(scaled - Math.round(scaled)) <= Math.max(1e-9, Math.abs(scaled) * 4e-16)) return d;
  }
  return 10;
}

/** Sum without float drift for values that are whole multiples of 10^−decimals. */
export function exactSum(values: ArrayLike<number>, decimals: number): number {
  const factor = 10 ** decimals;
  let units = 0;
  for (let i = 0; i < values.length; i++) units += Math.round(values[i] * factor);
  return Number((units / factor).toFixed(decimals));
}
