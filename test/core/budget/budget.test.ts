/* The six budget methods and budget control, on hand-worked cases. */
import { budgetControl } from "../../../src/core/budget/budgetControl";
import { budgetBenchmark } from "../../../src/core/budget/competitiveParity";
import { budgetInputOutput } from "../../../src/core/budget/inputOutput";
import { budgetMarginal } from "../../../src/core/budget/marginalBudget";
import { budgetObjectiveTask } from "../../../src/core/budget/objectiveTask";
import { budgetPercentOfSales } from "../../../src/core/budget/percentOfSales";
import { budgetZeroBased } from "../../../src/core/budget/zeroBased";

test("percentage of sales, to the cent without float noise", () => {
  expect(budgetPercentOfSales(1_000_000, 0.05)).toBe(50_000);
  expect(budgetPercentOfSales(1000, 0.07)).toBe(70);
  expect(budgetPercentOfSales(333.33, 0.035)).toBe(11.67);
  expect(() => budgetPercentOfSales(100, 5)).toThrow(expect.objectContaining({ kind: "num", messageId: "rateRange" }));
});

test("benchmark (competitive parity): 6,000 × 500 / 10,000 = 300", () => {
  expect(budgetBenchmark(6000, 10000, 500)).toBe(300);
  expect(() => budgetBenchmark(6000, 0, 500)).toThrow(expect.objectContaining({ kind: "div0" }));
});

test("marginal revenue: stop where Δrevenue × margin < Δspend", () => {
  // steps: +300 for 100 (yes), +150 for 100 (yes), +50 for 100 (no) → 200
  expect(budgetMarginal([0, 100, 200, 300], [1000, 1300, 1450, 1500]).spend).toBe(200);
  // with a 40 % margin: 300 × 0.4 = 120 ≥ 100 yes, 150 × 0.4 = 60 < 100 no → 100
  expect(budgetMarginal([300, 0, 200, 100], [1500, 1000, 1450, 1300], 0.4).spend).toBe(100);
  expect(() => budgetMarginal([0, 0], [1, 2])).toThrow(expect.objectContaining({ messageId: "repeatedLevel" }));
});

test("zero-based: ranked by priority, funded until the next item no longer fits", () => {
  const lines = budgetZeroBased([50, 30, 40, 5], [2, 1, 3, 4], 90);
  expect(lines.map((l) => [l.item, l.funded, l.cumulative])).toEqual([
    [1, true, 30],
    [0, true, 80],
    [2, false, 80],
    [3, false, 80], // 5 would fit, but a lower priority never jumps the queue
  ]);
  expect(budgetZeroBased([50, 30], [1, 1]).every((l) => l.funded)).toBe(true);
});

test("objective-task and input-output", () => {
  expect(budgetObjectiveTask([10, 2], [150, 2500])).toEqual({ costs: [1500, 5000], total: 6500 });
  expect(budgetObjectiveTask([3], [0.1])).toEqual({ costs: [0.3], total: 0.3 });
  expect(
    budgetInputOutput(
      [100, 50],
      [
        [2, 1],
        [1, 3],
      ],
      [10, 4],
    ),
  ).toEqual({ costs: [2400, 1100], total: 3500 });
  expect(() => budgetInputOutput([100], [[2, 1]], [10])).toThrow(expect.objectContaining({ messageId: "ratioShape" }));
});

test("budget control: cap (费用专控) before norm (定额管理) before budget", () => {
  expect(budgetControl(900, 1000)).toEqual({ variance: -100, rate: -0.1, status: "within" });
  expect(budgetControl(1050, 1000).status).toBe("overBudget");
  expect(budgetControl(1200, 1000, 1100).status).toBe("overCap");
  expect(budgetControl(950, 1000, NaN, 30, 30).status).toBe("overNorm"); // allowance 900
  expect(budgetControl(0.3, 0.1).variance).toBe(0.2);
});
