/* Recalculate .xlsx files with a real spreadsheet engine: LibreOffice headless, with its own profile set to
 * recalculate every formula on load (OOXMLRecalcMode = 0), then read the values it computed. */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export function libreOfficeAvailable(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** Converts `file` (xlsx) through LibreOffice, recalculating everything; returns the path of the recalculated copy. */
export function recalculate(file: string): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "sp-lo-"));
  const profile = path.join(work, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), PROFILE_XCU);
  const out = path.join(work, "out");
  fs.mkdirSync(out);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      file,
    ],
    { stdio: "pipe", timeout: 180_000 },
  );
  return path.join(out, path.basename(file).replace(/\.[^.]+$/, ".xlsx"));
}

/**
 * One read of a recalculated file: every formula cell's computed value by "Sheet!A1" (ExcelJS reads a cached 0 or
 * FALSE as no result, undefined, so callers treat undefined as 0/FALSE), and every cell holding an error value
 * (cached or plain) as "Sheet!A1 #ERR".
 */
export async function readRecalculated(file: string): Promise<{ results: Map<string, unknown>; errors: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const results = new Map<string, unknown>();
  const errors: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { formula?: string; sharedFormula?: string; result?: unknown; error?: string } | null;
        if (!v || typeof v !== "object") return;
        if ("formula" in v || "sharedFormula" in v) results.set(`${ws.name}!${cell.address}`, v.result);
        const result = v.result as { error?: string } | undefined;
        const err = v.error ?? (result && typeof result === "object" ? result.error : undefined);
        if (err) errors.push(`${ws.name}!${cell.address} ${err}`);
      }),
    ),
  );
  return { results, errors };
}
