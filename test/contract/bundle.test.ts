/* Contract test: the production bundle registers every function in functions.json and gives the known values
 * when called the way Excel calls it. */
import { CUSTOM_FUNCTION_NAMES } from "../../src/core/catalog";
import { shown } from "../support/excel";
import { callLikeExcel, loadBundle, readMetadata, type FunctionMetadata } from "../support/bundle";

const metadata = readMetadata();
const byId = new Map(metadata.functions.map((f) => [f.id, f]));
const meta = (id: string): FunctionMetadata => {
  const m = byId.get(id);
  if (!m) throw new Error(`${id} missing from functions.json`);
  return m;
};

describe("built bundle", () => {
  const runtime = loadBundle("en-US");

  test("every id in functions.json is associated, and nothing else", () => {
    expect([...runtime.registry.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  test("the catalog in src/core lists exactly the registered functions", () => {
    expect([...CUSTOM_FUNCTION_NAMES].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  test("functions are called without a namespace: ids equal names", () => {
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  test("RFMSEGMENT gives the eight classes", () => {
    const r = [[10], [10], [90], [90], [10], [10], [90], [90]];
    const f = [[5], [1], [5], [1], [5], [1], [5], [1]];
    const m = [[800], [800], [800], [800], [100], [100], [100], [100]];
    expect(shown(callLikeExcel(runtime, meta("RFMSEGMENT"), r, f, m, [[30, 3, 500]], "zh-CN"))).toEqual(
      [
        "重要价值客户",
        "重要发展客户",
        "重要保持客户",
        "重要挽留客户",
        "一般价值客户",
        "一般发展客户",
        "一般保持客户",
        "一般挽留客户",
      ].map((x) => [x]),
    );
    expect(shown(callLikeExcel(runtime, meta("RFMSEGMENT"), 10, 5, 800, [[30, 3, 500]]))).toEqual([["Important value"]]);
  });

  test("BEP(1000, 50, 30) = 50", () => {
    expect(shown(callLikeExcel(runtime, meta("BEP"), 1000, 50, 30))).toEqual([[50]]);
    expect(shown(callLikeExcel(runtime, meta("BEP"), 1000, 30, 30))).toEqual([[{ error: "#DIV/0!" }]]);
  });

  test("QUOTAALLOC(7, {50;30;20}) = {4;2;1}", () => {
    expect(shown(callLikeExcel(runtime, meta("QUOTAALLOC"), 7, [[50], [30], [20]]))).toEqual([[4], [2], [1]]);
  });

  test("RFMTABLE → RFMSCORE → RFMMAP → RFMACTION chain", () => {
    const table = callLikeExcel(
      runtime,
      meta("RFMTABLE"),
      [["a"], ["b"], ["a"], ["c"]],
      [[39000], ["2006-10-20"], [39010], [39020]],
      [[10], [5], [20], [7]],
      "2006-12-31",
    ) as unknown[][];
    expect(shown(table)).toEqual([
      ["a", 72, 2, 30],
      ["b", 72, 1, 5],
      ["c", 62, 1, 7],
    ]);
    const col = (j: number) => table.map((row) => [row[j]]);
    const scores = callLikeExcel(runtime, meta("RFMSCORE"), col(1), col(2), col(3), 3, "rank") as number[][];
    expect(shown(scores)).toEqual([
      [2, 3, 3, 233],
      [1, 1, 1, 111],
      [3, 2, 2, 322],
    ]);
    const segments = callLikeExcel(
      runtime,
      meta("RFMMAP"),
      scores.map((s) => [s[0]]),
      scores.map((s) => [s[1]]),
      scores.map((s) => [s[2]]),
      undefined,
      "zh-CN",
    ) as string[][];
    expect(shown(segments)).toEqual([["忠诚客户"], ["已流失客户"], ["忠诚客户"]]);
    expect(shown(callLikeExcel(runtime, meta("RFMACTION"), segments, "en-US"))).toEqual([
      [expect.stringMatching(/loyalty/i)],
      [expect.any(String)],
      [expect.stringMatching(/loyalty/i)],
    ]);
    expect(shown(callLikeExcel(runtime, meta("RFMACTION"), "Nobody"))).toMatchObject([[{ error: "#N/A" }]]);
  });

  test("LIFECYCLESTAGE and TAGNORMALIZE", () => {
    expect(shown(callLikeExcel(runtime, meta("LIFECYCLESTAGE"), [[0], [1], [2], [5]]))).toEqual([
      ["New"],
      ["First purchase"],
      ["Repeat"],
      ["Super user"],
    ]);
    expect(
      shown(callLikeExcel(runtime, meta("LIFECYCLESTAGE"), [[0], [0]], [[1], ["报价"]], "highticket", undefined, "zh-CN")),
    ).toEqual([["潜在用户"], ["意向用户"]]);
    const dictionary = [["首单客户", "首单；客户首单; first order"]];
    expect(shown(callLikeExcel(runtime, meta("TAGNORMALIZE"), [["客户 首单"], ["First Order"], ["vip"]], dictionary))).toEqual([
      ["首单客户"],
      ["首单客户"],
      [{ error: "#N/A", message: 'The tag "vip" is not in the dictionary.' }],
    ]);
  });

  // Every planning function with the example README documents, called the way Excel calls it.
  const examples: [string, unknown[], unknown][] = [
    ["SALESFORECAST", [[[10], [12], [13], [16], [19], [23], [26], [30], [28], [18], [16], [14]], 2, "ma", 3], [[16], [16]]],
    ["SALESFORECAST", [[[10, 20, 30]], 2, "linear"], [[40, 50]]],
    ["SEASONALINDEX", [[[10], [30], [10], [30]], 2], [[0.5], [1.5]]],
    [
      "TARGETRECONCILE",
      [
        [[500], [300], [200]],
        [[450], [380], [250]],
      ],
      [
        [-50, -0.1, 417],
        [80, 80 / 300, 352],
        [50, 0.25, 231],
      ],
    ],
    ["QUOTAMONTHLY", [1200, [[0.5, 1.5, 1, 1]]], [[150, 450, 300, 300]]],
    [
      "BUYINGPOWER",
      [
        [[0.2], [0.1]],
        [[0.1], [0.3]],
        [[0.1], [0.2]],
      ],
      [[0.15], [0.18]],
    ],
    [
      "COMPOSITEATTAIN",
      [
        [[110], [45], [30]],
        [[100], [50], [30]],
        [[0.5], [0.3], [0.2]],
      ],
      1.02,
    ],
    [
      "QUOTACHECK",
      [[[100], [100], [150]], [[1000], [1000], [1000]], [[100], [100], [100]], "en-US"],
      [[""], [""], ["Quota/potential 15.0% vs group 11.7% (unfair); Growth 50.0% over history exceeds 30% (hard to reach)"]],
    ],
    ["BEP", [1000, 50, 30], [[50]]],
    ["BEPREVENUE", [1000, 50, 30], [[2500]]],
    ["CONTRIBUTION", [50, 30, 70], [[1400]]],
    ["TARGETVOLUME", [1000, 50, 30, 400], [[70]]],
    ["MARGINOFSAFETY", [80, 50], [[30, 0.375]]],
    ["OPERATINGLEVERAGE", [100, 50, 30, 1000], [[2]]],
    ["BEPMIX", [9600, [[20], [30]], [[12], [18]], [[3], [2]]], [[600], [400]]],
    ["BUDGETPCT", [1000000, 0.05], [[50000]]],
    ["BUDGETBENCHMARK", [6000, 10000, 500], [[300]]],
    [
      "BUDGETMARGINAL",
      [
        [[0], [100], [200], [300]],
        [[1000], [1300], [1450], [1500]],
      ],
      200,
    ],
    [
      "BUDGETZERO",
      [[["Trade show"], ["Samples"], ["Ads"]], [[50], [30], [40]], [[2], [1], [3]], 90, "en-US"],
      [
        ["Samples", 30, 1, "Funded", 30],
        ["Trade show", 50, 2, "Funded", 80],
        ["Ads", 40, 3, "Not funded", 80],
      ],
    ],
    [
      "BUDGETTASK",
      [[["Visits"], ["Seminars"]], [[10], [2]], [[150], [2500]], "zh-CN"],
      [
        ["Visits", 1500],
        ["Seminars", 5000],
        ["合计", 6500],
      ],
    ],
    [
      "BUDGETIO",
      [
        [[100], [50]],
        [
          [2, 1],
          [1, 3],
        ],
        [[10, 4]],
      ],
      [[2400], [1100], [3500]],
    ],
    [
      "BUDGETCONTROL",
      [
        [[900], [1050], [1200], [950]],
        [[1000], [1000], [1000], [1000]],
        [[""], [""], [1100], [""]],
        [[""], [""], [""], [30]],
        [[""], [""], [""], [30]],
        "zh-CN",
      ],
      [
        [-100, -0.1, "预算内"],
        [50, 0.05, "超预算"],
        [200, 0.2, "超专控上限"],
        [-50, -0.05, "超定额"],
      ],
    ],
    ["PLANVARIANCE", [110, 100], [[10, 0.1]]],
    ["COMPOSITION", [[[1], [1], [2]]], [[0.25], [0.25], [0.5]]],
    ["RELATEDRATIO", [50000, 1000000], [[0.05]]],
    ["FIXEDBASEINDEX", [[[100], [110], [121]]], [[1], [1.1], [1.21]]],
    ["CHAININDEX", [[[100], [110], [121]], true], [[""], [0.1], [0.1]]],
    ["FACTORSUB", [[[90, 7, 4]], [[100, 6, 5]]], [[280, -400, 600]]],
  ];
  test.each(examples)("%s documented example", (id, args, expected) => {
    expect(shown(callLikeExcel(runtime, meta(id), ...args))).toEqual(expected);
  });

  test("omitted language follows Office's display language inside the bundle", () => {
    const zh = loadBundle("zh-CN");
    expect(shown(callLikeExcel(zh, meta("RFMSEGMENT"), 10, 5, 800, [[30, 3, 500]]))).toEqual([["重要价值客户"]]);
  });

  test("no exception escapes: garbage in gives an Excel error value", () => {
    for (const f of metadata.functions) {
      const args = f.parameters.filter((p) => !p.optional).map(() => [["abc", true]]);
      expect(() => callLikeExcel(runtime, f, ...args)).not.toThrow();
      const out = shown(callLikeExcel(runtime, f, ...args));
      expect(JSON.stringify(out)).toMatch(/#VALUE!|#N\/A|#NUM!|#DIV\/0!/);
    }
  });
});

describe("zh-CN metadata", () => {
  const zh = readMetadata("functions.zh-CN.json");

  test("has the same functions and parameters as the English metadata", () => {
    expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    zh.functions.forEach((f, i) => {
      expect(f.parameters.map((p) => p.name)).toEqual(metadata.functions[i].parameters.map((p) => p.name));
      expect(f.parameters.map((p) => p.type)).toEqual(metadata.functions[i].parameters.map((p) => p.type));
    });
  });

  test("every description is Chinese", () => {
    const cjk = /[\u4e00-\u9fff]/;
    for (const f of zh.functions) {
      expect(f.description).toMatch(cjk);
      for (const p of f.parameters) expect(`${f.id}.${p.name}: ${p.description}`).toMatch(cjk);
    }
  });
});
