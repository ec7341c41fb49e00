import { InputError } from "../errors";

/** One rule of a segment map: a name and inclusive score ranges; the first rule that matches wins. */
export interface SegmentRule {
  readonly name: string;
  readonly r: readonly [number, number];
  readonly f: readonly [number, number];
  readonly m: readonly [number, number];
}

/** A segment map over the R, F and M scores (or, for "grid11", over R and the FM average). */
export interface SegmentMap {
  readonly id: string;
  readonly rules: readonly SegmentRule[];
  /** "rfm": match R, F, M; "rxfm": match R and FM = round((F + M) / 2) against the `f` range. */
  readonly axes: "rfm" | "rxfm";
}

/** The name given when no rule matches (R rfm's "Others"). */
export const OTHERS = "Others";

const rule = (name: string, r: [number, number], f: [number, number], m: [number, number]): SegmentRule => ({ name, r, f, m });

/**
 * R rfm's ten default segments, in the package's order (README and `rfm_segment` examples), first match wins:
 * Champions R5 F5 M5; Potential Loyalist R3–5 F3–5 M2–5; Loyal Customers R2–4 F2–4 M2–4; Promising R3–4 F1–3 M3–5;
 * New Customers R4–5 F1–3 M1–5; Can't Lose Them R1–2 F3–4 M4–5; At Risk R1–2 F2–5 M4–5; Need Attention R1–3 F3–5 M3–5;
 * About To Sleep R2–3 F1–3 M1–4; Lost R1 F1–5 M1–5.
 * Source: rsquaredacademy/rfm, R/rfm-segment.R (examples) and README.
 */
export const RFM_DEFAULT_MAP: SegmentMap = {
  id: "rfm",
  axes: "rfm",
  rules: [
    rule("Champions", [5, 5], [5, 5], [5, 5]),
    rule("Potential Loyalist", [3, 5], [3, 5], [2, 5]),
    rule("Loyal Customers", [2, 4], [2, 4], [2, 4]),
    rule("Promising", [3, 4], [1, 3], [3, 5]),
    rule("New Customers", [4, 5], [1, 3], [1, 5]),
    rule("Can't Lose Them", [1, 2], [3, 4], [4, 5]),
    rule("At Risk", [1, 2], [2, 5], [4, 5]),
    rule("Need Attention", [1, 3], [3, 5], [3, 5]),
    rule("About To Sleep", [2, 3], [1, 3], [1, 4]),
    rule("Lost", [1, 1], [1, 5], [1, 5]),
  ],
};

/**
 * The common 11-segment R × FM grid: R score against FM = round((F + M)/2), 1..5 each — the widely used segment
 * map of the pandas RFM recipes (Champions, Loyal Customers, Potential Loyalist, New Customers, Promising,
 * Need Attention, About To Sleep, At Risk, Can't Lose Them, Hibernating) with Lost split from Hibernating (R1, FM1).
 * Every one of the 25 cells belongs to exactly one segment.
 */
export const GRID11_MAP: SegmentMap = {
  id: "grid11",
  axes: "rxfm",
  rules: [
    rule("Champions", [5, 5], [4, 5], [1, 5]),
    rule("Loyal Customers", [3, 4], [4, 5], [1, 5]),
    rule("Potential Loyalist", [4, 5], [2, 3], [1, 5]),
    rule("New Customers", [5, 5], [1, 1], [1, 5]),
    rule("Promising", [4, 4], [1, 1], [1, 5]),
    rule("Need Attention", [3, 3], [3, 3], [1, 5]),
    rule("About To Sleep", [3, 3], [1, 2], [1, 5]),
    rule("Can't Lose Them", [1, 2], [5, 5], [1, 5]),
    rule("At Risk", [1, 2], [3, 4], [1, 5]),
    rule("Lost", [1, 1], [1, 1], [1, 5]),
    rule("Hibernating", [1, 2], [1, 2], [1, 5]),
  ],
};

/**
 * The segment of each customer: the first rule whose ranges (inclusive) hold all the scores, else "Others".
 * Rows with score 0 (skipped) get "" (blank).
 *
 * @example segmentByMap([3], [4], [3], RFM_DEFAULT_MAP) // ["Potential Loyalist"]
 */
export function segmentByMap(r: ArrayLike<number>, f: ArrayLike<number>, m: ArrayLike<number>, map: SegmentMap): string[] {
  const out = new Array<string>(r.length);
  const rules = map.rules;
  for (let i = 0; i < r.length; i++) {
    const R = r[i];
    if (!(R > 0)) {
      out[i] = "";
      continue;
    }
    const F = map.axes === "rxfm" ? Math.floor((f[i] + m[i]) / 2 + 0.5) : f[i];
    const M = map.axes === "rxfm" ? 1 : m[i];
    let name = OTHERS;
    for (const x of rules) {
      if (R >= x.r[0] && R <= x.r[1] && F >= x.f[0] && F <= x.f[1] && M >= x.m[0] && M <= x.m[1]) {
        name = x.name;
        break;
      }
    }
    out[i] = name;
  }
  return out;
}

/**
 * A user's segment map from rows of [name, r_low, r_high, f_low, f_high, m_low, m_high] (R rfm's `rfm_segment`
 * arguments, one row per segment). A header row is recognised and skipped.
 *
 * @throws InputError(value) naming the first malformed row
 */
export function segmentMapFromRows(rows: readonly (readonly unknown[])[]): SegmentMap {
  const rules: SegmentRule[] = [];
  rows.forEach((row, index) => {
    const looksLikeHeader = index === 0 && typeof row[1] === "string" && Number.isNaN(Number(row[1]));
    if (looksLikeHeader) return;
    if (row.every((c) => c === null || c === undefined || c === "")) return;
    const name = row[0];
    const bounds = row.slice(1, 7).map((c) => (typeof c === "number" ? c : NaN));
    if (typeof name !== "string" && typeof name !== "number") throw new InputError("value", "badMapRow", { row: index + 1 });
    if (String(name).trim() === "" || bounds.length !== 6 || bounds.some((b) => Number.isNaN(b)))
      throw new InputError("value", "badMapRow", { row: index + 1 });
    rules.push(rule(String(name), [bounds[0], bounds[1]], [bounds[2], bounds[3]], [bounds[4], bounds[5]]));
  });
  if (rules.length === 0) throw new InputError("value", "badMapRow", { row: 1 });
  return { id: "custom", axes: "rfm", rules };
}
