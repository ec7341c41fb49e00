/* The streaming writer writes what the in-memory writer writes (tables become AutoFilters), in bounded memory. */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildDemoPlan } from "../../src/cli/demo";
import { writePlanFile } from "../../src/xlsx/applyPlan";

jest.setTimeout(60_000);

async function contents(file: string): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, unknown>();
  wb.eachSheet((ws) =>
    ws.eachRow((row) => row.eachCell((cell) => out.set(`${ws.name}!${cell.address}`, JSON.stringify([cell.value, cell.numFmt])))),
  );
  return out;
}

test("same cells, values, formulas, results and formats either way", async () => {
  const { plan } = await buildDemoPlan("zh-CN");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sp-stream-"));
  const a = path.join(dir, "memory.xlsx");
  const b = path.join(dir, "stream.xlsx");
  await writePlanFile(plan, a, { streaming: false });
  await writePlanFile(plan, b, { streaming: true });
  const [ma, mb] = await Promise.all([contents(a), contents(b)]);
  expect(mb.size).toBe(ma.size);
  const differences = [...ma].filter(([k, v]) => mb.get(k) !== v).map(([k, v]) => `${k}: ${v} vs ${mb.get(k)}`);
  expect(differences).toEqual([]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(b);
  expect(wb.getWorksheet("客户分层")!.autoFilter).toBeTruthy();
});
