/* The sales-planner CLI end to end (in process): the rfm reference data, bad files, atomic output, help. */
import * as fs from "fs";
import iconv from "iconv-lite";
import * as os from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { FIXTURES } from "../support/fixtures";

jest.setTimeout(60_000);

function capture() {
  let out = "";
  let err = "";
  return {
    io: { out: { write: (s: string) => ((out += s), true) }, err: { write: (s: string) => ((err += s), true) } } as never,
    get out() {
      return out;
    },
    get err() {
      return err;
    },
  };
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "sp-cli-"));
const orders = path.join(FIXTURES, "rfm_data_orders.csv");

test("rfm on R rfm's sample data → CSV with the reference segments", async () => {
  const dir = tmp();
  const out = path.join(dir, "rfm.csv");
  const c = capture();
  expect(await run(["rfm", orders, "--as-of", "2006-12-31", "--lang", "en-US", "--out", out], {}, c.io)).toBe(0);
  const lines = fs
    .readFileSync(out, "utf8")
    .replace(/^\ufeff/, "")
    .trim()
    .split(/\r\n/);
  expect(lines[0].split(",").slice(0, 10)).toEqual([
    "customer",
    "recency",
    "frequency",
    "monetary",
    "r_score",
    "f_score",
    "m_score",
    "rfm_score",
    "class8",
    "segment",
  ]);
  expect(lines).toHaveLength(996);
  const abbey = lines.find((l) => l.startsWith('"Abbey O\'Reilly"') || l.startsWith("Abbey O'Reilly"))!;
  expect(abbey.split(",").slice(1, 8)).toEqual(["205", "6", "472", "3", "4", "3", "343"]);
  const counts = new Map<string, number>();
  for (const l of lines.slice(1)) {
    const seg = l.split(",")[9];
    counts.set(seg, (counts.get(seg) ?? 0) + 1);
  }
  expect(counts.get("Potential Loyalist")).toBe(342);
  expect(counts.get("Promising")).toBe(9);
});

test("rfm → xlsx segment report, in Chinese; an existing output is kept without --force", async () => {
  const dir = tmp();
  const out = path.join(dir, "rfm.xlsx");
  expect(await run(["rfm", orders, "--lang", "zh-CN", "--out", out], {}, capture().io)).toBe(0);
  expect(fs.statSync(out).size).toBeGreaterThan(10_000);
  const c = capture();
  const before = fs.statSync(out).mtimeMs;
  expect(await run(["rfm", orders, "--lang", "zh-CN", "--out", out], {}, c.io)).toBe(2);
  expect(c.err).toMatch(/已存在.*--force/);
  expect(fs.statSync(out).mtimeMs).toBe(before);
  expect(await run(["rfm", orders, "--force", "--out", out], {}, capture().io)).toBe(0);
});

describe("bad files: message with file, line and column, exit 2, no output", () => {
  const lines = fs.readFileSync(orders, "utf8").trim().split(/\r?\n/);
  const cases: [string, string, RegExp][] = [
    ["missing column", ["who,order_date,revenue", ...lines.slice(1, 5)].join("\n"), /no customer column/],
    [
      "bad date on line 57",
      lines.map((l, i) => (i === 56 ? l.replace(/\d{4}-\d{2}-\d{2}/, "31/12/2006") : l)).join("\n"),
      /line 57, column 2: "31\/12\/2006" is not a date/,
    ],
    [
      "text amount",
      lines
        .map((l, i) =>
          i === 9
            ? l
                .split(",")
                .map((f, j) => (j === 2 ? "abc" : f))
                .join(",")
            : l,
        )
        .join("\n"),
      /line 10, column 3: "abc" is not a number/,
    ],
    ["empty file", "", /is empty/],
    ["header only", lines[0], /no data rows/],
  ];
  test.each(cases)("%s", async (_, content, message) => {
    const dir = tmp();
    const input = path.join(dir, "in.csv");
    fs.writeFileSync(input, content);
    const out = path.join(dir, "out.xlsx");
    const c = capture();
    expect(await run(["rfm", input, "--lang", "en-US", "--out", out], {}, c.io)).toBe(2);
    expect(c.err).toMatch(/in\.csv/);
    expect(c.err).toMatch(message);
    expect(fs.readdirSync(dir)).toEqual(["in.csv"]);
  });

  test("GBK from Chinese Excel is detected; the wrong --encoding is refused", async () => {
    const dir = tmp();
    const input = path.join(dir, "gbk.csv");
    fs.writeFileSync(
      input,
      iconv.encode('客户,日期,金额\r\n张三,2026/01/05,100\r\n李四,2026/02/01,"1,250.50"\r\n张三,2026-03-01,50\r\n', "gbk"),
    );
    const out = path.join(dir, "out.csv");
    expect(await run(["rfm", input, "--out", out, "--lang", "zh-CN"], {}, capture().io)).toBe(0);
    const text = fs.readFileSync(out, "utf8");
    expect(text).toMatch(/张三,1,2,150,/); // as of 2026-03-02, the day after the last purchase
    expect(text).toMatch(/李四,29,1,1250.5,/); // "1,250.50" quoted with a thousands separator
    const c = capture();
    expect(await run(["rfm", input, "--encoding", "utf8", "--out", path.join(dir, "x.csv")], {}, c.io)).toBe(2);
    expect(c.err).toMatch(/not valid UTF-8/);
  });
});

test("--help in both languages", async () => {
  const en = capture();
  expect(await run(["--help", "--lang", "en-US"], {}, en.io)).toBe(0);
  expect(en.out).toMatch(/Usage:[\s\S]*sales-planner rfm/);
  const zh = capture();
  expect(await run(["--help"], { LANG: "zh_CN.UTF-8" }, zh.io)).toBe(0);
  expect(zh.out).toMatch(/用法：/);
  const bad = capture();
  expect(await run(["forecast"], {}, bad.io)).toBe(2);
  expect(bad.err).toMatch(/Unknown command/);
});

test("quota, budget and analyze from CSV", async () => {
  const dir = tmp();
  const basis = path.join(dir, "basis.csv");
  fs.writeFileSync(basis, "region,sales,potential,history\nNorth,300,5000,300\nSouth,200,3000,200\nWest,100,1500,100\n");
  expect(await run(["quota", basis, "--total", "1000", "--out", path.join(dir, "q.xlsx")], {}, capture().io)).toBe(0);
  const c = capture();
  expect(await run(["quota", basis, "--total", "abc", "--out", path.join(dir, "q2.xlsx")], {}, c.io)).toBe(2);
  expect(fs.existsSync(path.join(dir, "q2.xlsx"))).toBe(false);
  const capped = path.join(dir, "capped.csv");
  fs.writeFileSync(capped, "region,sales,minimum,maximum\nNorth,50,,40\nSouth,30,,\nWest,20,,\n");
  expect(await run(["quota", capped, "--total", "100", "--out", path.join(dir, "qc.xlsx")], {}, capture().io)).toBe(0);
  fs.writeFileSync(capped, "region,sales,minimum,maximum\nNorth,50,,10\nSouth,30,,10\n");
  const cap = capture();
  expect(await run(["quota", capped, "--total", "100", "--out", path.join(dir, "qc2.xlsx")], {}, cap.io)).toBe(2);
  expect(cap.err).toMatch(/maximums allow at most 20/);
  const expenses = path.join(dir, "e.csv");
  fs.writeFileSync(expenses, "line,actual,budget,cap,norm,volume\nTravel,1200,1000,1100,,\nPhone,90,100,,,\n");
  expect(await run(["budget", expenses, "--out", path.join(dir, "b.xlsx")], {}, capture().io)).toBe(0);
  const units = path.join(dir, "u.csv");
  fs.writeFileSync(units, "name,plan,actual,prior\nNorth,100,110,90\nSouth,80,70,75\n");
  expect(await run(["analyze", units, "--out", path.join(dir, "a.xlsx")], {}, capture().io)).toBe(0);
});

test("rfm reads the first sheet of an .xlsx (real dates) and Excel serial dates in CSV", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const dir = tmp();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("orders");
  ws.addRow(["客户", "订单日期", "销售额"]);
  ws.addRow(["A", new Date(Date.UTC(2026, 0, 5)), 100]);
  ws.addRow(["B", new Date(Date.UTC(2026, 0, 9)), 20.5]);
  ws.addRow(["A", new Date(Date.UTC(2026, 0, 10)), 50]);
  const input = path.join(dir, "orders.xlsx");
  await wb.xlsx.writeFile(input);
  const out = path.join(dir, "out.csv");
  expect(await run(["rfm", input, "--out", out], {}, capture().io)).toBe(0);
  const text = fs.readFileSync(out, "utf8");
  expect(text).toMatch(/\r\nA,1,2,150,/);
  expect(text).toMatch(/\r\nB,2,1,20.5,/);
  const csv = path.join(dir, "serial.csv");
  fs.writeFileSync(csv, "customer,date,amount\nA,46027,100\nB,46030,7\nA,46032,50\n"); // 2026-01-05, -08, -10
  const out2 = path.join(dir, "serial.out.csv");
  expect(await run(["rfm", csv, "--out", out2], {}, capture().io)).toBe(0);
  expect(fs.readFileSync(out2, "utf8")).toMatch(/\r\nA,1,2,150,/);
  // one customer: the eight classes need an average of at least two, a clear message and exit 2
  fs.writeFileSync(csv, "customer,date,amount\nA,46027,100\n");
  const c = capture();
  expect(await run(["rfm", csv, "--force", "--out", out2], {}, c.io)).toBe(2);
  expect(c.err).toMatch(/at least two customers/);
});

test("quota from an .xlsx basis (first sheet), with a missing value named by line and column", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const dir = tmp();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("basis");
  ws.addRow(["product", "sales"]);
  ws.addRow(["CNC", 500]);
  ws.addRow(["Press", 300]);
  ws.addRow(["Parts", 200]);
  const input = path.join(dir, "basis.xlsx");
  await wb.xlsx.writeFile(input);
  const out = path.join(dir, "quota.xlsx");
  expect(await run(["quota", input, "--total", "7", "--dimension", "product", "--out", out], {}, capture().io)).toBe(0);
  const check = new ExcelJS.Workbook();
  await check.xlsx.readFile(out);
  const sheet = check.worksheets[0];
  expect([7, 8, 9].map((r) => (sheet.getCell(`H${r}`).value as { result: number }).result)).toEqual([4, 2, 1]);
  ws.getCell("B3").value = "n/a";
  await wb.xlsx.writeFile(input);
  const c = capture();
  expect(await run(["quota", input, "--total", "7", "--out", path.join(dir, "q2.xlsx")], {}, c.io)).toBe(2);
  expect(c.err).toMatch(/line 3, column 2: "n\/a" is not a number/);
});

test("the line of an error counts physical lines: quoted line breaks and empty lines before it", async () => {
  const dir = tmp();
  const input = path.join(dir, "tricky.csv");
  // line 1 header; lines 2–3 one record with a line break inside quotes; line 4 empty; line 5 good; line 6 bad date
  fs.writeFileSync(input, 'customer,date,amount\r\n"Smith &\r\nSons",2026-01-05,10\r\n\r\nB,2026-01-06,5\r\nC,2026-13-01,7\r\n');
  const c = capture();
  expect(await run(["rfm", input, "--out", path.join(dir, "o.csv")], {}, c.io)).toBe(2);
  expect(c.err).toMatch(/line 6, column 2: "2026-13-01" is not a date/);
});
