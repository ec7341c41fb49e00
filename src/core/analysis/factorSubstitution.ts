import { InputError } from "../errors";
import { decimalsIn } from "../money";

export type FactorMethod = "chain" | "differences";

/**
 * Factor substitution (连环替代法) for an indicator that is the product of factors, Y = F₁ × F₂ × … × Fₖ:
 * replace the base value of each factor by its actual value, one at a time in the given order, keeping the ones
 * already replaced; each factor's effect is the change that its replacement makes. The effects add up exactly to
 * Y(actual) − Y(base). "differences" (差额分析法) computes the same effects directly,
 * effectᵢ = (aᵢ − bᵢ) × a₁…aᵢ₋₁ × bᵢ₊₁…bₖ — the shortcut of the chain method, with identical results.
 *
 * The order matters; the seed's rules: quantity factors before quality factors, physical before monetary
 * (volume before price), primary before secondary. E.g. sales = customers × orders per customer × price.
 * Source: the seed's sales activity analysis; Chinese financial-analysis texts (因素分析法).
 *
 * The arithmetic is exact (integers in units of the factors' decimals, BigInt products), so the effects are the exact
 * decimal values and add up exactly to the change.
 *
 * @throws InputError(value) for lists of different lengths, fewer than two factors, or an order that is not a permutation
 * @example factorSubstitution([90, 7, 4], [100, 6, 5]).effects // [280, -400, 600] (2,520 → 3,000: +480)
 */
export function factorSubstitution(
  base: ArrayLike<number>,
  actual: ArrayLike<number>,
  order?: ArrayLike<number>,
  method: FactorMethod = "chain",
): { effects: number[]; baseValue: number; actualValue: number; change: number } {
  const k = base.length;
  if (actual.length !== k)
    throw new InputError("value", "shapeMismatch", { what: { term: "factors" }, expected: `${k}`, actual: `${actual.length}` });
  if (k < 2) throw new InputError("value", "seriesTooShort", { method: "FACTORSUB", minimum: 2, actual: k });
  const sequence = order ? checkOrder(order, k) : Array.from({ length: k }, (_, i) => i);
  // Exact arithmetic: each factor as an integer count of 10^−dᵢ, products as BigInt with scale 10^−Σdᵢ.
  const scales = Array.from({ length: k }, (_, i) => Math.min(6, Math.max(decimalsIn(base[i]), decimalsIn(actual[i]))));
  const decimals = scales.reduce((a, b) => a + b, 0);
  const toInt = (x: number, d: number) => BigInt(Math.round(x * 10 ** d));
  const b = Array.from({ length: k }, (_, i) => toInt(base[i], scales[i]));
  const a = Array.from({ length: k }, (_, i) => toInt(actual[i], scales[i]));
  const product = (xs: readonly bigint[]) => xs.reduce((p, x) => p * x, 1n);
  const toNumber = (x: bigint) => scaledToNumber(x, decimals);
  const current = b.slice();
  const effects = new Array<number>(k).fill(0);
  for (const i of sequence) {
    if (method === "differences") {
      let others = 1n;
      for (let j = 0; j < k; j++) if (j !== i) others *= current[j];
      effects[i] = toNumber((a[i] - b[i]) * others);
      current[i] = a[i];
    } else {
      const before = product(current);
      current[i] = a[i];
      effects[i] = toNumber(product(current) - before);
    }
  }
  const baseValue = product(b);
  const actualValue = product(a);
  return {
    effects,
    baseValue: toNumber(baseValue),
    actualValue: toNumber(actualValue),
    change: toNumber(actualValue - baseValue),
  };
}

/** An integer count of 10^−decimals as the nearest double to the decimal value. */
function scaledToNumber(x: bigint, decimals: number): number {
  const negative = x < 0n;
  const digits = (negative ? -x : x).toString().padStart(decimals + 1, "0");
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return negative ? -Number(text) : Number(text);
}

function checkOrder(order: ArrayLike<number>, k: number): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  for (let s = 0; s < order.length; s++) {
    const p = order[s];
    if (!Number.isInteger(p) || p < 1 || p > k || seen.has(p)) throw new InputError("value", "badOrder", { factors: k });
    seen.add(p);
    out.push(p - 1);
  }
  if (out.length !== k) throw new InputError("value", "badOrder", { factors: k });
  return out;
}
