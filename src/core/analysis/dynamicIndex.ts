import { InputError } from "../errors";

/**
 * Fixed-base indices (定基比率): each value ÷ the value at the base position (1-based, default the first).
 * Growth rates are index − 1. Source: the seed's sales activity analysis (dynamic ratios).
 *
 * @throws InputError(num) for a base position outside the series; InputError(div0) for a zero base value
 * @example fixedBaseIndex([100, 110, 121]) // [1, 1.1, 1.21]
 */
export function fixedBaseIndex(series: ArrayLike<number>, basePosition = 1): number[] {
  if (!Number.isInteger(basePosition) || basePosition < 1 || basePosition > series.length)
    throw new InputError("num", "basePositionRange", { value: basePosition, length: series.length });
  const base = series[basePosition - 1];
  if (base === 0) throw new InputError("div0", "zeroBase");
  return Array.from(series, (x) => x / base);
}

/**
 * Chain indices (环比比率): each value ÷ the one before it; the first has none (NaN). A zero previous value gives
 * NaN at that position (the caller shows #DIV/0!). Growth rates are index − 1.
 * The product of the chain indices from 2 to k equals the fixed-base index of k on the first value.
 *
 * @example chainIndex([100, 110, 121]) // [NaN, 1.1, 1.1]
 */
export function chainIndex(series: ArrayLike<number>): number[] {
  return Array.from(series, (x, i) => (i === 0 || series[i - 1] === 0 ? NaN : x / series[i - 1]));
}
