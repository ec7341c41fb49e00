import * as fs from "fs";
import * as path from "path";
import { CliError } from "./errors";

/**
 * Writes an output file atomically: to a temporary file next to it, renamed over the target at the end, so a failure
 * never leaves a half-written or empty file. An existing file is kept unless `force`.
 */
export async function writeAtomically(file: string, force: boolean, write: (tmp: string) => Promise<void>): Promise<void> {
  if (fs.existsSync(file) && !force) throw new CliError("outputExists", { file });
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await write(tmp);
    fs.renameSync(tmp, file);
  } finally {
    if (fs.existsSync(tmp)) fs.unlinkSync(tmp);
  }
}

/** Checks the output before any work: a name ending in one of `extensions`, not an existing file unless `force`. */
export function checkOutput(file: string | undefined, force: boolean, extensions: readonly string[]): string {
  if (!file) throw new CliError("missingOut");
  if (!extensions.some((e) => file.toLowerCase().endsWith(e))) throw new CliError("badOutExt", { file });
  if (fs.existsSync(file) && !force) throw new CliError("outputExists", { file });
  return file;
}
