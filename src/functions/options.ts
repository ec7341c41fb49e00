import { InputError } from "../core/errors";
import type { TermId } from "../core/i18n/terms";
import { readOptionalText, type CellArg } from "./cells";

/**
 * A text option such as a method name: case and surrounding spaces ignored; `fallback` when omitted.
 * Aliases map other spellings (including Chinese) onto the allowed values.
 */
export function readOption<T extends string>(
  arg: CellArg,
  what: TermId,
  allowed: readonly T[],
  fallback: T,
  aliases: Readonly<Record<string, T>> = {},
): T {
  const text = readOptionalText(arg);
  if (text === undefined) return fallback;
  const key = text.trim().toLowerCase();
  const found = allowed.find((a) => a.toLowerCase() === key) ?? aliases[key];
  if (!found)
    throw new InputError("value", "unknownOption", {
      what: { term: what },
      allowed: allowed.map((a) => `"${a}"`).join(", "),
      value: text,
    });
  return found;
}
