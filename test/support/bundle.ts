/* Load the built functions.js the way Excel's runtime does: a fresh global with CustomFunctions, then read
 * which ids it associated. Calls go through callLikeExcel, which passes arguments as Excel does. */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { createCustomFunctionsRuntime, type SimulatedRuntime } from "./customFunctionsRuntime";

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; type: string; dimensionality?: string; optional?: boolean }[];
  result: { type?: string; dimensionality?: string };
}

export function distDir(): string {
  const dir = process.env.SALES_PLANNER_DIST;
  if (!dir || !fs.existsSync(path.join(dir, "functions.js"))) throw new Error("the test build is missing (jest globalSetup)");
  return dir;
}

export function readMetadata(file = "functions.json"): { functions: FunctionMetadata[] } {
  return JSON.parse(fs.readFileSync(path.join(distDir(), file), "utf8"));
}

export function loadBundle(displayLanguage?: string): SimulatedRuntime {
  const runtime = createCustomFunctionsRuntime();
  const sandbox: Record<string, unknown> = { CustomFunctions: runtime, console };
  if (displayLanguage) sandbox.Office = { context: { displayLanguage } };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(path.join(distDir(), "functions.js"), "utf8"), sandbox, { filename: "functions.js" });
  return runtime;
}

/**
 * Call a registered function the way Excel does: a matrix parameter receives a 2-D array even for one value,
 * a scalar parameter receives the value, and an omitted optional argument arrives as null.
 */
export function callLikeExcel(runtime: SimulatedRuntime, meta: FunctionMetadata, ...args: unknown[]): unknown {
  const fn = runtime.registry.get(meta.id);
  if (!fn) throw new Error(`${meta.id} is not registered`);
  const passed = meta.parameters.map((p, i) => {
    const a = i < args.length ? args[i] : undefined;
    if (a === undefined) {
      if (!p.optional) throw new Error(`${meta.id}: ${p.name} is required`);
      return null;
    }
    if (p.dimensionality === "matrix") return Array.isArray(a) ? a : [[a]];
    if (Array.isArray(a)) throw new Error(`${meta.id}: ${p.name} takes one value`);
    return a;
  });
  return fn(...passed);
}
