/* The unified tag system: whatever a colleague typed maps to one canonical tag. */
import { normalizeText } from "../../../src/core/tags/normalizeText";
import { buildTagDictionary, normalizeTag, splitSynonyms } from "../../../src/core/tags/tagDictionary";

const dictionary = buildTagDictionary([
  { tag: "首单客户", synonyms: splitSynonyms("首单；客户首单; first order"), kind: "passive", group: "lifecycle" },
  { tag: "VIP", synonyms: splitSynonyms("贵宾、大客户, key account"), kind: "active" },
]);

test("normalizeText ignores case, width and spacing", () => {
  expect(normalizeText(" Ｆｉｒｓｔ　Order ")).toBe("firstorder");
  expect(normalizeText("客户 首单")).toBe("客户首单");
  expect(normalizeText("ＶＩＰ")).toBe("vip");
});

test.each([
  ["首单", "首单客户"],
  ["客户 首单", "首单客户"],
  ["First Order", "首单客户"],
  ["ｆｉｒｓｔ　ｏｒｄｅｒ", "首单客户"],
  ["首单客户", "首单客户"],
  ["vip", "VIP"],
  ["贵宾", "VIP"],
  ["Key  Account", "VIP"],
])("%s → %s", (typed, canonical) => {
  expect(normalizeTag(dictionary, typed).tag).toBe(canonical);
});

test("kind and group come with the entry", () => {
  expect(normalizeTag(dictionary, "first order")).toMatchObject({ kind: "passive", group: "lifecycle" });
});

test("an unknown tag is #N/A naming it", () => {
  expect(() => normalizeTag(dictionary, "回头客")).toThrow(expect.objectContaining({ kind: "na", args: { value: "回头客" } }));
});

test("the same synonym under two tags is #VALUE! naming both", () => {
  expect(() =>
    buildTagDictionary([
      { tag: "首单客户", synonyms: ["首单"] },
      { tag: "新客", synonyms: ["首 单"] },
    ]),
  ).toThrow(expect.objectContaining({ kind: "value", args: { value: "首 单", first: "首单客户", second: "新客" } }));
});
