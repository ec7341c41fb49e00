/* The formulas our plans write, recalculated by LibreOffice, give the engine's values. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildQuotaPlan } from "../../src/workbook/quotaPlan";
import type { WritePlan } from "../../src/workbook/plan";
import { planToXlsxBuffer } from "../../src/xlsx/applyPlan";
import { formulaResults, libreOfficeAvailable, recalculate } from "../support/libreoffice";

jest.setTimeout(300_000);

/** Compare every formula cell LibreOffice computed with the plan's cached value. */
export async function crossCheck(plan: WritePlan): Promise<{ compared: number; mismatches: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sp-plan-"));
  const file = path.join(dir, "plan.xlsx");
  fs.writeFileSync(file, await planToXlsxBuffer(plan, { cachedResults: false }));
  const results = await formulaResults(recalculate(file));
  const mismatches: string[] = [];
  let compared = 0;
  for (const sheet of plan.sheets)
    for (const c of sheet.cells) {
      if (c.formula === undefined) continue;
      compared++;
      const key = `${sheet.name}!${c.ref}`;
      const got = results.get(key);
      const want = c.result;
      const ok =
        typeof want === "number" && typeof got === "number"
          ? Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
          : got === want || (want === "" && got === undefined);
      if (!ok) mismatches.push(`${key}: ${c.formula} → LibreOffice ${JSON.stringify(got)}, engine ${JSON.stringify(want)}`);
    }
  return { compared, mismatches };
}

const run = libreOfficeAvailable() ? test : test.skip;

run("quota plan: every formula agrees with the engine", async () => {
  const plan: WritePlan = {
    sheets: [
      buildQuotaPlan(
        {
          dimension: "region",
          names: ["North", "South", "East", "West", "Central"],
          basis: [3.3, 2.2, 1.1, 1.1, 0.7],
          total: 1000,
          seasonalIndex: [0.7452, 0.7923, 1.1707, 1.3209, 1.4309, 1.253, 0.9368, 0.7933, 0.6948, 1.0012, 1.0097, 0.8514],
          potential: [6000, 4000, 2000, 2000, 1500],
          history: [310, 220, 100, 130, 60],
        },
        "en-US",
      ),
    ],
  };
  const { compared, mismatches } = await crossCheck(plan);
  expect(mismatches).toEqual([]);
  expect(compared).toBeGreaterThan(80);
});
