/* RFM scores: pandas-recipe and percent-rank results worked by hand, and the invariants every method keeps. */
import fc from "fast-check";
import { scoreRfm } from "../../../src/core/rfm/rfmScore";
import { scoreByPercentRank } from "../../../src/core/rfm/rfmScorePercentRank";
import { scoreByRank } from "../../../src/core/rfm/rfmScoreRank";
import { rfmQuantileBins, scoreByBins } from "../../../src/core/rfm/rfmScoreQuantile";

describe('"rank": pandas qcut(rank(method="first"))', () => {
  test("ties broken by order of appearance", () => {
    // ranks [4, 1, 2, 3, 5]; qcut edges of 1..5 at 0, .5, 1 → [1, 3, 5]: (0.999, 3] → 1, (3, 5] → 2
    expect([...scoreByRank([3, 1, 2, 2, 5], 2, true)]).toEqual([2, 1, 1, 1, 2]);
  });
  test("ten customers in five bins of two; recency labels reversed", () => {
    const days = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([...scoreByRank(days, 5, true)]).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect([...scoreByRank(days, 5, false)]).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });
  test("seven customers in five bins: 2, 1, 1, 1, 2 (edges 1, 2.2, 3.4, 4.6, 5.8, 7)", () => {
    expect([...scoreByRank([70, 10, 60, 20, 50, 30, 40], 5, true)]).toEqual([5, 1, 5, 1, 4, 2, 3]);
  });
  test("skipped rows (NaN) score 0 and do not count", () => {
    expect([...scoreByRank([NaN, 1, 2], 2, true)]).toEqual([0, 1, 2]);
  });
});

describe('"percentrank": ceil(bins × share at or below)', () => {
  test("ties share the score", () => {
    expect([...scoreByPercentRank([10, 20, 20, 40], 4, true)]).toEqual([1, 3, 3, 4]);
  });
  test("recency: the share at or above", () => {
    expect([...scoreByPercentRank([10, 20, 20, 40], 4, false)]).toEqual([4, 3, 3, 1]);
  });
});

describe('"quantile": R rfm', () => {
  test("bins and scores on 1..10 (type-7 quantiles at .2, .4, .6, .8: 2.8, 4.6, 6.4, 8.2)", () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const bins = rfmQuantileBins(x, 5);
    // rfm adds 1 to each inner break and closes the top bin at max + 1
    [3.8, 5.6, 7.4, 9.2, 11].forEach((u, i) => expect(bins.upper[i]).toBeCloseTo(u, 12));
    expect([...scoreByBins(x, bins, 5, true)]).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
    expect([...scoreByBins(x, bins, 5, false)]).toEqual([5, 5, 5, 4, 4, 3, 3, 2, 2, 1]);
  });
  test("combined score is 100R + 10F + M", () => {
    const s = scoreRfm([1, 10], [10, 1], [10, 1], 2, "rank");
    expect([...s.combined]).toEqual([222, 111]);
  });
  test("bins outside 2..9 is #NUM!", () => {
    expect(() => scoreRfm([1], [1], [1], 10)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => scoreRfm([1], [1], [1], 1)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => scoreRfm([1], [1], [1], 2.5)).toThrow(expect.objectContaining({ kind: "num" }));
  });
});

const column = fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 300 });
const methods = fc.constantFrom("quantile" as const, "rank" as const, "percentrank" as const);

describe("properties", () => {
  test("scores stay in 1..bins for every method", () => {
    fc.assert(
      fc.property(column, fc.integer({ min: 2, max: 9 }), methods, (xs, bins, method) => {
        const s = scoreRfm(
          xs,
          xs.map((x) => x % 7),
          xs.map((x) => x * 3.5),
          bins,
          method,
        );
        for (const a of [s.recency, s.frequency, s.monetary]) for (const v of a) if (v < 1 || v > bins) return false;
        return true;
      }),
    );
  });

  test('"rank": every bin has ⌊n/bins⌋ or ⌈n/bins⌉ members', () => {
    fc.assert(
      fc.property(column, fc.integer({ min: 2, max: 9 }), fc.boolean(), (xs, bins, up) => {
        fc.pre(xs.length >= bins);
        const counts = new Array(bins + 1).fill(0);
        for (const v of scoreByRank(xs, bins, up)) counts[v]++;
        const lo = Math.floor(xs.length / bins);
        const hi = Math.ceil(xs.length / bins);
        return counts.slice(1).every((c) => c === lo || c === hi);
      }),
    );
  });

  test("a smaller recency never gets a lower R score (quantile, percentrank); rank is monotone up to ties", () => {
    fc.assert(
      fc.property(column, methods, (xs, method) => {
        const s = scoreRfm(xs, xs, xs, 5, method);
        for (let i = 0; i < xs.length; i++)
          for (let j = 0; j < xs.length; j++) if (xs[i] < xs[j] && s.recency[i] < s.recency[j]) return false;
        return true;
      }),
    );
  });

  test("higher frequency never gets a lower F score", () => {
    fc.assert(
      fc.property(column, methods, (xs, method) => {
        const s = scoreRfm(xs, xs, xs, 5, method);
        for (let i = 0; i < xs.length; i++)
          for (let j = 0; j < xs.length; j++) if (xs[i] > xs[j] && s.frequency[i] < s.frequency[j]) return false;
        return true;
      }),
    );
  });

  test("tied values share a score in quantile and percentrank", () => {
    fc.assert(
      fc.property(column, fc.constantFrom("quantile" as const, "percentrank" as const), (xs, method) => {
        const s = scoreRfm(xs, xs, xs, 5, method);
        const seen = new Map<number, number>();
        for (let i = 0; i < xs.length; i++) {
          const prev = seen.get(xs[i]);
          if (prev !== undefined && prev !== s.monetary[i]) return false;
          seen.set(xs[i], s.monetary[i]);
        }
        return true;
      }),
    );
  });
});
