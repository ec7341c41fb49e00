import fc from "fast-check";
import { InputError } from "../../../src/core/errors";
import { RFM_CLASS_8_LABELS, rfmClass8Label } from "../../../src/core/i18n/rfmLabels";
import { classifyRfm8, RFM_CLASS_8, rfmThresholdsFromData } from "../../../src/core/rfm/rfmClass8";

const t = { recency: 30, frequency: 3, monetary: 500 };

describe("classifyRfm8", () => {
  // One customer per class: (recency, frequency, monetary) → class, against R ≤ 30, F ≥ 3, M ≥ 500.
  const cases: [number, number, number, string, string, string][] = [
    [10, 5, 800, "importantValue", "重要价值客户", "Important value"],
    [10, 1, 800, "importantDevelopment", "重要发展客户", "Important development"],
    [90, 5, 800, "importantRetention", "重要保持客户", "Important retention"],
    [90, 1, 800, "importantWinBack", "重要挽留客户", "Important win-back"],
    [10, 5, 100, "generalValue", "一般价值客户", "General value"],
    [10, 1, 100, "generalDevelopment", "一般发展客户", "General development"],
    [90, 5, 100, "generalRetention", "一般保持客户", "General retention"],
    [90, 1, 100, "generalWinBack", "一般挽留客户", "General win-back"],
  ];
  test.each(cases)("R=%d F=%d M=%d → %s (%s / %s)", (r, f, m, cls, zh, en) => {
    const got = classifyRfm8(r, f, m, t);
    expect(got).toBe(cls);
    expect(rfmClass8Label(got, "zh-CN")).toBe(zh);
    expect(rfmClass8Label(got, "en-US")).toBe(en);
  });

  test("thresholds are inclusive on the good side: R = t is high, F = t is high, M = t is high", () => {
    expect(classifyRfm8(30, 3, 500, t)).toBe("importantValue");
    expect(classifyRfm8(30.0001, 2.9999, 499.99, t)).toBe("generalWinBack");
  });

  test("every class has a label in both languages", () => {
    for (const cls of RFM_CLASS_8) {
      expect(RFM_CLASS_8_LABELS[cls]["zh-CN"]).toMatch(/客户$/);
      expect(RFM_CLASS_8_LABELS[cls]["en-US"]).toMatch(/^(Important|General) /);
    }
  });

  test("property: raising monetary never moves a customer from 重要 (important) to 一般 (general)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.record({
          recency: fc.double({ min: 0, max: 1e4, noNaN: true }),
          frequency: fc.double({ min: 0, max: 1e3, noNaN: true }),
          monetary: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        }),
        (r, f, m, raise, th) => {
          const before = classifyRfm8(r, f, m, th);
          const after = classifyRfm8(r, f, m + raise, th);
          if (before.startsWith("important")) expect(after.startsWith("important")).toBe(true);
          // R and F judgements do not move with monetary
          expect(RFM_CLASS_8.indexOf(after) % 4).toBe(RFM_CLASS_8.indexOf(before) % 4);
        },
      ),
    );
  });
});

describe("rfmThresholdsFromData", () => {
  test("averages and medians of the valid rows, skipping NaN rows", () => {
    const r = [10, 20, NaN, 90];
    const f = [1, 2, NaN, 9];
    const m = [100, 200, NaN, 600];
    expect(rfmThresholdsFromData(r, f, m, "average")).toEqual({ recency: 40, frequency: 4, monetary: 300 });
    expect(rfmThresholdsFromData(r, f, m, "median")).toEqual({ recency: 20, frequency: 2, monetary: 200 });
  });

  test("a single customer has no meaningful average: an input error that asks for thresholds", () => {
    expect(() => rfmThresholdsFromData([5], [1], [10], "average")).toThrow(InputError);
    try {
      rfmThresholdsFromData([5, NaN], [1, NaN], [10, NaN], "average");
    } catch (e) {
      expect((e as InputError).kind).toBe("value");
      expect((e as InputError).localized("en-US")).toMatch(/give thresholds/);
      expect((e as InputError).localized("zh-CN")).toMatch(/阈值/);
    }
  });
});
