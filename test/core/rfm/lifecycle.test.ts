/* The seed's two lifecycle paths, worked examples in both languages. */
import { lifecycleLabel, lifecycleStage, parsePreSaleStep } from "../../../src/core/rfm/lifecycleStage";

const label = (orders: number, step: number, path: "ecommerce" | "highticket", lang: "zh-CN" | "en-US", threshold = 5) =>
  lifecycleLabel(lifecycleStage(orders, step, path, threshold), path, lang);

test("e-commerce: new → first purchase → repeat → super user", () => {
  expect([0, 1, 2, 4, 5, 40].map((o) => label(o, 0, "ecommerce", "zh-CN"))).toEqual([
    "新进用户",
    "首购用户",
    "复购用户",
    "复购用户",
    "超级用户",
    "超级用户",
  ]);
  expect([0, 1, 2, 5].map((o) => label(o, 0, "ecommerce", "en-US"))).toEqual(["New", "First purchase", "Repeat", "Super user"]);
});

test("high-ticket: stranger → potential → intent → first order → repeat → super user", () => {
  const steps: [number, number][] = [
    [0, 0],
    [0, 1],
    [0, 2],
    [1, 2],
    [2, 0],
    [3, 0],
  ];
  expect(steps.map(([o, s]) => label(o, s, "highticket", "zh-CN", 3))).toEqual([
    "陌生用户",
    "潜在用户",
    "意向用户",
    "首单用户",
    "复购用户",
    "超级用户",
  ]);
  expect(steps.map(([o, s]) => label(o, s, "highticket", "en-US", 3))).toEqual([
    "Stranger",
    "Potential",
    "Intent",
    "First order",
    "Repeat",
    "Super user",
  ]);
});

test("pre-sale steps read as numbers or words in either language", () => {
  expect(["无", "已接触", "报价", "Contact", " QUOTED ", "意向用户", 2].map((w) => parsePreSaleStep(w))).toEqual([
    0, 1, 2, 1, 2, 2, 2,
  ]);
  expect(() => parsePreSaleStep("maybe")).toThrow(expect.objectContaining({ kind: "value", messageId: "unknownStage" }));
  expect(() => parsePreSaleStep(3)).toThrow(expect.objectContaining({ kind: "value" }));
});

test("bad counts and thresholds are #NUM!", () => {
  expect(() => lifecycleStage(-1, 0, "ecommerce")).toThrow(expect.objectContaining({ kind: "num" }));
  expect(() => lifecycleStage(1.5, 0, "ecommerce")).toThrow(expect.objectContaining({ kind: "num" }));
  expect(() => lifecycleStage(1, 0, "ecommerce", 1)).toThrow(
    expect.objectContaining({ kind: "num", messageId: "superThreshold" }),
  );
});
