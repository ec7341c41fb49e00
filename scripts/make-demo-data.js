#!/usr/bin/env node
/* Generates the demo data of a made-up industrial-machinery dealer (customers, two years of orders, regions, sales
 * reps, products, expenses) with a fixed seed, so the output is the same on every machine. The CSVs it writes are
 * committed in demo/data; run `node scripts/make-demo-data.js` only to change them. */
const fs = require("fs");
const path = require("path");

let seed = 20261204;
const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];

const out = path.join(__dirname, "..", "demo", "data");
fs.mkdirSync(out, { recursive: true });

const regions = [
  {
    region: "华东 East",
    rep: ["王磊", "陈静"],
    weight: 0.34,
    income: 0.31,
    retail: 0.33,
    population: 0.24,
    potential: 9_800_000,
  },
  { region: "华南 South", rep: ["李娜"], weight: 0.22, income: 0.22, retail: 0.23, population: 0.19, potential: 6_200_000 },
  { region: "华北 North", rep: ["张伟", "刘洋"], weight: 0.2, income: 0.2, retail: 0.19, population: 0.2, potential: 5_900_000 },
  { region: "华中 Central", rep: ["赵敏"], weight: 0.14, income: 0.15, retail: 0.14, population: 0.2, potential: 4_300_000 },
  { region: "西部 West", rep: ["孙涛"], weight: 0.1, income: 0.12, retail: 0.11, population: 0.17, potential: 3_600_000 },
];
const products = [
  { product: "CNC-500 数控机床", price: 18_600, variable_cost: 12_900, mix: 2 },
  { product: "HP-80 液压机", price: 9_800, variable_cost: 6_350, mix: 3 },
  { product: "Spare parts 配件包", price: 1_250, variable_cost: 610, mix: 8 },
];
const season = [0.72, 0.78, 1.12, 1.18, 1.1, 1.02, 0.88, 0.84, 1.04, 1.12, 1.16, 1.04];
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗".split("");
const kinds = ["机械", "制造", "重工", "精密", "装备", "模具", "汽配", "五金"];

const customers = [];
for (let i = 0; i < 420; i++) {
  const r = pick(regions.flatMap((x) => Array(Math.round(x.weight * 100)).fill(x)));
  customers.push({
    id: `C${String(i + 1).padStart(4, "0")}`,
    name: `${pick(surnames)}氏${pick(kinds)}${i + 1}号`,
    region: r.region,
    rep: pick(r.rep),
    loyalty: rnd(),
  });
}
// two customers whose names must stay text in every output
customers[7].name = '=HYPERLINK("http://example.com")';
customers[8].name = "+86-555-0100 Trading";

const orders = [];
let n = 0;
for (const year of [2025, 2026]) {
  for (let month = 1; month <= (year === 2026 ? 11 : 12); month++) {
    const volume = Math.round(95 * season[month - 1] * (year === 2026 ? 1.09 : 1));
    for (let k = 0; k < volume; k++) {
      const c = customers[Math.floor(Math.pow(rnd(), 1.6) * customers.length)];
      if (rnd() > 0.35 + 0.6 * c.loyalty) continue;
      const p = pick(products.flatMap((x) => Array(x.mix).fill(x)));
      const qty = p.price > 5000 ? 1 + Math.floor(rnd() * 2) : 2 + Math.floor(rnd() * 10);
      const discount = 0.9 + rnd() * 0.1;
      const amount = Math.round(p.price * qty * discount * 100) / 100;
      const day = 1 + Math.floor(rnd() * 28);
      n++;
      orders.push([
        `SO${year}${String(n).padStart(5, "0")}`,
        c.id,
        c.name,
        `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
        amount,
        c.region,
        c.rep,
        p.product,
      ]);
    }
  }
}
orders.sort((a, b) => (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0));

const csvCell = (v) => (typeof v === "number" ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const write = (file, header, rows) =>
  fs.writeFileSync(path.join(out, file), [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\n") + "\n");

write("orders.csv", ["order_id", "customer_id", "customer", "order_date", "amount", "region", "salesperson", "product"], orders);
const sales2025 = Object.fromEntries(regions.map((r) => [r.region, 0]));
for (const o of orders) if (o[3].startsWith("2025")) sales2025[o[5]] += o[4];
write(
  "regions.csv",
  ["region", "income_share", "retail_share", "population_share", "potential", "last_year_sales", "plan_2026"],
  regions.map((r) => [
    r.region,
    r.income,
    r.retail,
    r.population,
    r.potential,
    Math.round(sales2025[r.region] * 100) / 100,
    Math.round((sales2025[r.region] * 1.12) / 1000) * 1000,
  ]),
);
write(
  "products.csv",
  ["product", "price", "variable_cost", "mix"],
  products.map((p) => [p.product, p.price, p.variable_cost, p.mix]),
);
write(
  "expenses.csv",
  ["line", "actual", "budget", "cap", "norm", "volume"],
  [
    ["差旅费 Travel", 186_400, 180_000, 200_000, 1_150, 160],
    ["业务招待费 Entertainment", 96_300, 90_000, 95_000, "", ""],
    ["展会费 Trade shows", 210_000, 240_000, "", "", ""],
    ["广告费 Advertising", 305_500, 300_000, 320_000, "", ""],
    ["样机运输 Demo logistics", 58_800, 60_000, "", 420, 130],
    ["通讯费 Telecom", 21_600, 24_000, "", 150, 150],
  ],
);
console.log(`wrote ${orders.length} orders for ${customers.length} customers to ${path.relative(process.cwd(), out)}`);
