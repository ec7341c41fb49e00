/* Segment maps (rfm's ten, the R×FM grid, a user's own) and the recommended actions. */
import { GRID11_MAP, RFM_DEFAULT_MAP, segmentByMap, segmentMapFromRows } from "../../../src/core/rfm/segmentMaps";
import { segmentLabel, SEGMENT_NAMES_ZH } from "../../../src/core/i18n/segmentLabels";
import { CLASS_8_ACTIONS, SEGMENT_ACTIONS, segmentAction } from "../../../src/core/rfm/segmentActions";
import { RFM_CLASS_8_LABELS } from "../../../src/core/i18n/rfmLabels";

const one = (r: number, f: number, m: number, map = RFM_DEFAULT_MAP) => segmentByMap([r], [f], [m], map)[0];

test("rfm default map, first match wins", () => {
  expect(one(5, 5, 5)).toBe("Champions");
  expect(one(3, 4, 3)).toBe("Potential Loyalist");
  expect(one(2, 2, 2)).toBe("Loyal Customers");
  expect(one(1, 1, 1)).toBe("Lost");
  expect(one(1, 5, 1)).toBe("Lost"); // R = 1 is Lost whatever F and M are
  expect(one(2, 1, 5)).toBe("Others");
});

test("grid11 uses FM = round((F + M) / 2)", () => {
  expect(one(5, 5, 4, GRID11_MAP)).toBe("Champions");
  expect(one(1, 1, 1, GRID11_MAP)).toBe("Lost");
  expect(one(1, 1, 2, GRID11_MAP)).toBe("Hibernating"); // FM = round(1.5) = 2
});

test("a user's map: header skipped, first match wins, others → Others", () => {
  const map = segmentMapFromRows([
    ["name", "r_low", "r_high", "f_low", "f_high", "m_low", "m_high"],
    ["Top", 4, 5, 4, 5, 4, 5],
    ["Any recent", 4, 5, 1, 5, 1, 5],
  ]);
  expect(segmentByMap([5, 4, 1], [5, 1, 1], [5, 1, 1], map)).toEqual(["Top", "Any recent", "Others"]);
  expect(() => segmentMapFromRows([["Top", 4, 5, "x", 5, 4, 5]])).toThrow(expect.objectContaining({ messageId: "badMapRow" }));
});

test("every segment name has a Chinese name and an action in both languages", () => {
  const names = new Set([...RFM_DEFAULT_MAP.rules, ...GRID11_MAP.rules].map((r) => r.name).concat("Others"));
  for (const name of names) {
    expect(SEGMENT_NAMES_ZH[name]).toBeDefined();
    expect(SEGMENT_ACTIONS[name]).toBeDefined();
    expect(segmentAction(segmentLabel(name, "zh-CN"), "en-US")).toBe(SEGMENT_ACTIONS[name]["en-US"]);
    expect(segmentAction(name, "zh-CN")).toBe(SEGMENT_ACTIONS[name]["zh-CN"]);
  }
});

test("the eight classes' actions, in either language, with or without 客户", () => {
  expect(segmentAction("重要价值客户", "zh-CN")).toBe(CLASS_8_ACTIONS.importantValue["zh-CN"]);
  expect(segmentAction("重要价值", "en-US")).toMatch(/exclusive discounts/);
  expect(segmentAction("important  WIN-BACK", "zh-CN")).toMatch(/改进产品与服务/);
  for (const labels of Object.values(RFM_CLASS_8_LABELS)) expect(segmentAction(labels["en-US"], "zh-CN")).toBeTruthy();
  expect(() => segmentAction("Sleepy", "en-US")).toThrow(expect.objectContaining({ kind: "na", args: { value: "Sleepy" } }));
});
