/* The invariants of the core functions that have no property test next to their known values (GUIDE.md: every
 * public function of core has one). */
import fc from "fast-check";
import { planVariance } from "../../src/core/analysis/planVariance";
import { budgetControl } from "../../src/core/budget/budgetControl";
import { budgetMarginal } from "../../src/core/budget/marginalBudget";
import { budgetObjectiveTask } from "../../src/core/budget/objectiveTask";
import { budgetPercentOfSales } from "../../src/core/budget/percentOfSales";
import { budgetZeroBased } from "../../src/core/budget/zeroBased";
import { breakEvenMix } from "../../src/core/cvp/breakEvenMix";
import { marginOfSafety } from "../../src/core/cvp/marginOfSafety";
import { operatingLeverage } from "../../src/core/cvp/operatingLeverage";
import { exponentialSmoothingForecast } from "../../src/core/forecast/exponentialSmoothing";
import { linearTrendForecast } from "../../src/core/forecast/linearTrend";
import { movingAverageForecast } from "../../src/core/forecast/movingAverage";
import { roundTo } from "../../src/core/money";
import { buyingPowerIndex } from "../../src/core/quota/buyingPower";
import { compositeAttainment } from "../../src/core/quota/compositeAttainment";
import { checkQuotas } from "../../src/core/quota/quotaCheck";
import { isoFromSerial, serialFromText } from "../../src/core/rfm/dates";
import { LIFECYCLE_STAGES, lifecycleStage } from "../../src/core/rfm/lifecycleStage";
import { GRID11_MAP, OTHERS, RFM_DEFAULT_MAP, segmentByMap } from "../../src/core/rfm/segmentMaps";
import { normalizeText } from "../../src/core/tags/normalizeText";
import { buildTagDictionary, normalizeTag } from "../../src/core/tags/tagDictionary";

const cents = fc.integer({ min: 0, max: 1e9 }).map((c) => c / 100);
const positive = fc.integer({ min: 1, max: 1e6 });

describe("customer layering", () => {
  test("dates: ISO text ↔ serial round trip", () => {
    fc.assert(fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => serialFromText(isoFromSerial(serial)) === serial));
  });

  test("lifecycle: more orders never move a customer to an earlier stage", () => {
    const rank = (s: string) => LIFECYCLE_STAGES.indexOf(s as never);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom("ecommerce" as const, "highticket" as const),
        fc.integer({ min: 2, max: 20 }),
        (a, b, step, path, threshold) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          return rank(lifecycleStage(lo, step, path, threshold)) <= rank(lifecycleStage(hi, step, path, threshold));
        },
      ),
    );
  });

  test("segment maps: every score triple gets exactly one known name", () => {
    const score = fc.integer({ min: 1, max: 5 });
    const names = (m: typeof RFM_DEFAULT_MAP) => new Set([...m.rules.map((r) => r.name), OTHERS]);
    fc.assert(
      fc.property(score, score, score, (r, f, m) => {
        const a = segmentByMap([r], [f], [m], RFM_DEFAULT_MAP)[0];
        const b = segmentByMap([r], [f], [m], GRID11_MAP)[0];
        return names(RFM_DEFAULT_MAP).has(a) && names(GRID11_MAP).has(b);
      }),
    );
  });

  test("tags: normalizeText is idempotent, and any spacing/case/width of a synonym finds its tag", () => {
    const dictionary = buildTagDictionary([{ tag: "First order", synonyms: ["首单", "客户首单"] }]);
    fc.assert(fc.property(fc.string(), (t) => normalizeText(normalizeText(t)) === normalizeText(t)));
    fc.assert(
      fc.property(
        fc.constantFrom("first order", "首单", "客户首单"),
        fc.array(fc.boolean(), { maxLength: 12 }),
        (word, flips) => {
          const typed = [...word]
            .map((ch, i) =>
              flips[i]
                ? ch.toUpperCase() + " "
                : String.fromCharCode(
                    ch.charCodeAt(0) >= 0x21 && ch.charCodeAt(0) <= 0x7e ? ch.charCodeAt(0) + 0xfee0 : ch.charCodeAt(0),
                  ),
            )
            .join("");
          return normalizeTag(dictionary, `  ${typed}\u3000`).tag === "First order";
        },
      ),
    );
  });
});

describe("forecast", () => {
  const series = fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 3, maxLength: 60 });
  test("moving average and smoothing stay within the history's range", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 3 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (xs, w, alpha) => {
        const lo = Math.min(...xs) - 1e-6;
        const hi = Math.max(...xs) + 1e-6;
        const ma = movingAverageForecast(xs, 2, w)[0];
        const ses = exponentialSmoothingForecast(xs, 2, alpha)[0];
        return ma >= lo && ma <= hi && ses >= lo && ses <= hi;
      }),
    );
  });
  test("the linear trend continues a straight line exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 2, max: 40 }),
        (a, b, n) => {
          const xs = Array.from({ length: n }, (_, t) => a + b * (t + 1));
          const next = linearTrendForecast(xs, 3);
          return next.every((y, h) => Math.abs(y - (a + b * (n + h + 1))) <= 1e-6 * (1 + Math.abs(y)));
        },
      ),
    );
  });
});

describe("quotas", () => {
  test("buying power index lies between the smallest and largest share", () => {
    fc.assert(
      fc.property(cents, cents, cents, (i, r, p) => {
        const x = buyingPowerIndex(i, r, p);
        return x >= Math.min(i, r, p) - 1e-9 && x <= Math.max(i, r, p) + 1e-9;
      }),
    );
  });
  test("composite attainment lies between the smallest and largest capped ratio", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cents, positive, positive), { minLength: 1, maxLength: 8 }), (rows) => {
        const ratios = rows.map(([a, q]) => Math.min(a / q, 1.5));
        const x = compositeAttainment(
          rows.map((r) => r[0]),
          rows.map((r) => r[1]),
          rows.map((r) => r[2]),
          1.5,
        );
        return x >= Math.min(...ratios) - 1e-9 && x <= Math.max(...ratios) + 1e-9;
      }),
    );
  });
  test("quotas in proportion to potential are never unfair", () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 50 }), (potential, pct) => {
        const quota = potential.map((p) => (p * pct) / 100);
        return checkQuotas(quota, potential, quota).every((w) => w.every((x) => x.rule !== "unfair"));
      }),
    );
  });
});

describe("cost-volume-profit", () => {
  test("margin of safety + break-even = sales; DOL × profit = contribution; the mix break-even covers fixed costs", () => {
    fc.assert(
      fc.property(positive, positive, (sales, be) => {
        const m = marginOfSafety(sales, be);
        return Math.abs(m.amount + be - sales) < 1e-9 && Math.abs(m.rate * sales - m.amount) < 1e-6;
      }),
    );
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 0, max: 1e5 }), fc.integer({ min: 0, max: 1e6 }), (q, p, vc, fcost) => {
        fc.pre(q * (p - vc) !== fcost);
        const dol = operatingLeverage(q, p, vc, fcost);
        return Math.abs(dol * (q * (p - vc) - fcost) - q * (p - vc)) <= 1e-6 * Math.max(1, Math.abs(q * (p - vc)));
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e7 }),
        fc.array(fc.tuple(fc.integer({ min: 2, max: 1000 }), fc.integer({ min: 1, max: 20 })), { minLength: 1, maxLength: 5 }),
        (fcost, products) => {
          const prices = products.map(([p]) => p);
          const vcs = products.map(([p]) => Math.floor(p / 2));
          const mix = products.map(([, m]) => m);
          const units = breakEvenMix(fcost, prices, vcs, mix);
          const covered = units.reduce((s, u, i) => s + u * (prices[i] - vcs[i]), 0);
          return Math.abs(covered - fcost) <= 1e-6 * Math.max(1, fcost);
        },
      ),
    );
  });
});

describe("budgets and control", () => {
  test("percentage of sales is the product rounded once to the cent", () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 10_000 }), (sales, bp) => {
        const b = budgetPercentOfSales(sales, bp / 10_000);
        return Math.abs(b - (sales * bp) / 10_000) <= 0.005 + 1e-9 && Math.abs(b * 100 - Math.round(b * 100)) < 1e-6;
      }),
    );
  });
  test("zero-based: the funded items are a prefix in priority order and stay within the limit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cents, fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 15 }),
        cents,
        (items, limit) => {
          const lines = budgetZeroBased(
            items.map((i) => i[0]),
            items.map((i) => i[1]),
            limit,
          );
          const firstUnfunded = lines.findIndex((l) => !l.funded);
          const prefix = firstUnfunded < 0 || lines.slice(firstUnfunded).every((l) => !l.funded);
          const funded = lines.filter((l) => l.funded).reduce((s, l) => s + Math.round(l.cost * 100), 0);
          const ordered = lines.every((l, k) => k === 0 || lines[k - 1].priority <= l.priority);
          return prefix && ordered && funded <= Math.round(limit * 100);
        },
      ),
    );
  });
  test("objective-task total = Σ rounded task costs; marginal budget: every step up to the chosen level pays", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), cents), { minLength: 1, maxLength: 10 }), (tasks) => {
        const r = budgetObjectiveTask(
          tasks.map((t) => t[0]),
          tasks.map((t) => t[1]),
        );
        return Math.round(r.total * 100) === r.costs.reduce((s, c) => s + Math.round(c * 100), 0);
      }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1e6 }), { minLength: 2, maxLength: 10 }),
        fc.array(positive, { minLength: 10, maxLength: 10 }),
        (spend, revenue) => {
          const r = budgetMarginal(spend, revenue.slice(0, spend.length), 0.5);
          const k = r.steps.findIndex((s) => s.spend === r.spend);
          return r.steps.slice(1, k + 1).every((s) => s.marginalGain >= -1e-9);
        },
      ),
    );
  });
  test("control: without caps or norms the status is within exactly when actual ≤ budget; variance adds up", () => {
    fc.assert(
      fc.property(cents, cents, (actual, budget) => {
        const c = budgetControl(actual, budget);
        return (
          (c.status === "within") === actual <= budget && Math.round((budget + c.variance) * 100) === Math.round(actual * 100)
        );
      }),
    );
  });
});

describe("analysis and money", () => {
  test("plan variance: reference + difference = actual, exactly in cents", () => {
    fc.assert(fc.property(cents, cents, (a, r) => Math.round((r + planVariance(a, r).difference) * 100) === Math.round(a * 100)));
  });
  test("roundTo is within half a unit and idempotent", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const y = roundTo(x, d);
        return Math.abs(y - x) <= 0.5 / 10 ** d + 1e-6 && roundTo(y, d) === y;
      }),
    );
  });
});

test("decimalsIn counts the decimals of large amounts too (found by fast-check: 9,999,999.99 once read as 1 decimal)", async () => {
  const { decimalsIn } = await import("../../src/core/money");
  // 0.1 + 0.2 is 0.30000000000000004: float noise, read as the 1 decimal it was meant to have
  expect([9999999.99, 12.5, 100, 0.125, 1.005, 123456789.01, 0.1 + 0.2].map(decimalsIn)).toEqual([2, 1, 0, 3, 3, 2, 1]);
});
