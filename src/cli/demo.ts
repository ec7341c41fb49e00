import * as path from "path";
import { seasonalIndices } from "../core/forecast/seasonalIndex";
import { buyingPowerIndex } from "../core/quota/buyingPower";
import type { Language } from "../core/i18n/language";
import { isoFromSerial } from "../core/rfm/dates";
import { buildAnalysisReport, buildAnalysisSheet, type AnalysisInput } from "../workbook/analysisSheet";
import { buildBudgetControl, buildBudgetPlan, type ControlLine } from "../workbook/budgetPlan";
import { buildCvpSheet } from "../workbook/cvpSheet";
import type { WritePlan } from "../workbook/plan";
import { buildQuotaPlan } from "../workbook/quotaPlan";
import { sheetPrefix } from "../workbook/a1";
import { buildSegmentReport, segmentRows } from "../workbook/segmentReport";
import { readTable } from "./records";
import { parseAmount, parseDateCell, readTransactions } from "./rfmCommand";

export const DEMO_DATA = path.resolve(__dirname, "..", "..", "demo", "data");

/** A demo CSV as one object per row, keyed by header. */
async function table(file: string): Promise<Record<string, string>[]> {
  const { header, rows } = await readTable(path.join(DEMO_DATA, file), "auto");
  return rows.map((r) => Object.fromEntries(header.map((h) => [h, r.get(h) ?? ""])));
}

const num = (s: string) => (s === "" ? undefined : parseAmount(s));

/** The whole demo workbook as one write plan: every builder's sheets, from the demo data in demo/data. */
export async function buildDemoPlan(language: Language): Promise<{ plan: WritePlan; summary: string[] }> {
  const zh = language === "zh-CN";
  const orders = await table("orders.csv");
  const regions = await table("regions.csv");
  const products = await table("products.csv");
  const expenses = await table("expenses.csv");
  const asOf = "2026-12-01";

  // customer layering
  const rfm = await readTransactions({
    input: path.join(DEMO_DATA, "orders.csv"),
    customer: "customer_id",
    asOf,
    frequency: "rows",
    method: "quantile",
    language,
    encoding: "auto",
    force: true,
    progress: () => undefined,
  });
  const names = new Map(orders.map((o) => [o.customer_id, o.customer]));
  const rows = segmentRows({ ...rfm, customers: rfm.customers.map((id) => names.get(id) ?? id) }, language);
  const segmentSheets = buildSegmentReport(rows, language);

  // monthly sales → seasonal index (24 months: 2025-01 … 2026-11, last season incomplete)
  const monthly = new Map<string, number>();
  for (const o of orders)
    monthly.set(o.order_date.slice(0, 7), (monthly.get(o.order_date.slice(0, 7)) ?? 0) + parseAmount(o.amount));
  const months = [...monthly.keys()].sort();
  const history = months.map((m) => monthly.get(m)!);
  const index = seasonalIndices(history, 12, "average").map((x) => Number(x.toFixed(4)));
  const target = regions.reduce((s, r) => s + Number(r.plan_2026), 0);

  const quota = buildQuotaPlan(
    {
      dimension: "region",
      names: regions.map((r) => r.region),
      // the regional buying-power index (income 0.5, retail sales 0.3, population 0.2) is the allocation basis
      basis: regions.map((r) =>
        Number(buyingPowerIndex(Number(r.income_share), Number(r.retail_share), Number(r.population_share)).toFixed(4)),
      ),
      total: Math.round((target * 1.1) / 1000) * 1000,
      unit: 1000,
      seasonalIndex: index,
      potential: regions.map((r) => Number(r.potential)),
      history: regions.map((r) => Number(r.last_year_sales)),
    },
    language,
  );

  // budget: six methods with the dealer's numbers
  const sales2026 = Math.round(target);
  const budget = buildBudgetPlan(
    {
      sales: sales2026,
      pct: 0.045,
      benchmark: { ownSales: sales2026, sales: 38_000_000, spend: 1_520_000 },
      marginal: {
        spend: [200_000, 300_000, 400_000, 500_000, 600_000],
        revenue: [9_200_000, 10_100_000, 10_750_000, 11_050_000, 11_200_000],
        margin: 0.32,
      },
      zeroBased: {
        items: zh
          ? ["行业展会", "经销商培训", "样机巡展", "线上广告", "客户答谢会", "品牌画册"]
          : ["Trade show", "Dealer training", "Demo tour", "Online ads", "Customer event", "Brochures"],
        costs: [180_000, 60_000, 95_000, 120_000, 70_000, 25_000],
        priorities: [1, 2, 3, 4, 5, 6],
        limit: 430_000,
      },
      tasks: {
        names: zh ? ["重点客户拜访", "技术交流会", "样机试用"] : ["Key-account visits", "Technical seminars", "Machine trials"],
        quantities: [160, 6, 24],
        unitCosts: [1_150, 18_500, 3_200],
      },
      inputOutput: {
        outputs: products.map((p) => p.product),
        volumes: [120, 260, 1_400],
        inputs: zh ? ["安装工时", "运输（次）"] : ["Installation hours", "Shipments"],
        ratios: [
          [16, 1],
          [6, 1],
          [0, 0.1],
        ],
        prices: [85, 650],
      },
    },
    language,
  );
  const control = buildBudgetControl(
    expenses.map((e): ControlLine => ({
      line: e.line,
      actual: parseAmount(e.actual),
      budget: parseAmount(e.budget),
      cap: num(e.cap),
      norm: num(e.norm),
      volume: num(e.volume),
    })),
    language,
  );

  const p0 = products[0];
  const cvp = buildCvpSheet(
    {
      product: p0.product,
      fixedCosts: 1_450_000,
      price: Number(p0.price),
      variableCost: Number(p0.variable_cost),
      plannedVolume: 420,
      targetProfit: 600_000,
    },
    language,
  );

  // activity analysis: 2026 (Jan–Nov) by region against plan (pro rata) and 2025 (Jan–Nov)
  const byRegion = (year: string) => {
    const m = new Map<string, number>();
    for (const o of orders)
      if (o.order_date.startsWith(year) && o.order_date.slice(5, 7) !== "12")
        m.set(o.region, (m.get(o.region) ?? 0) + parseAmount(o.amount));
    return m;
  };
  const a26 = byRegion("2026");
  const a25 = byRegion("2025");
  const factorsOf = (year: string) => {
    const sel = orders.filter((o) => o.order_date.startsWith(year) && o.order_date.slice(5, 7) !== "12");
    const customers = new Set(sel.map((o) => o.customer_id)).size;
    const sales = sel.reduce((s, o) => s + parseAmount(o.amount), 0);
    return [customers, Number((sel.length / customers).toFixed(2)), Number((sales / sel.length).toFixed(2))];
  };
  const analysisInput: AnalysisInput = {
    title: zh ? "2026 年 1–11 月销售活动分析" : "Sales activity analysis, January–November 2026",
    units: regions.map((r) => ({
      name: r.region,
      plan: Math.round((Number(r.plan_2026) * 11) / 12),
      actual: Number((a26.get(r.region) ?? 0).toFixed(2)),
      prior: Number((a25.get(r.region) ?? 0).toFixed(2)),
    })),
    periods: months.filter((m) => m.startsWith("2026")).map((m) => ({ label: m, value: Number(monthly.get(m)!.toFixed(2)) })),
    factors: {
      names: zh
        ? ["成交客户数", "人均订单数", "平均订单金额"]
        : ["Buying customers", "Orders per customer", "Average order value"],
      base: factorsOf("2025"),
      actual: factorsOf("2026"),
    },
    author: zh ? "销售管理部" : "Sales management",
    date: isoFromSerial(parseDateCell(asOf)),
  };
  const analysis = buildAnalysisSheet(analysisInput, language);
  const report = buildAnalysisReport(analysisInput, language, analysis.name);

  const plan: WritePlan = {
    sheets: [...segmentSheets, quota, budget, control, cvp, analysis, report],
    names: [
      { name: "QuotaTotal", ref: `${sheetPrefix(quota.name)}$B$3` },
      { name: "QuotaUnit", ref: `${sheetPrefix(quota.name)}$B$4` },
    ],
  };
  const summary = [
    `${rows.length} customers, ${rfm.frequency.reduce((a, b) => a + b, 0)} orders (RFM as of ${asOf})`,
    ...plan.sheets.map((s) => {
      const cells = s.cells.length + (s.blocks ?? []).reduce((n, b) => n + b.rows.reduce((m, r) => m + r.length, 0), 0);
      return `  ${s.name}: ${cells} cells, ${s.cells.filter((c) => c.formula !== undefined).length} formulas`;
    }),
  ];
  return { plan, summary };
}
