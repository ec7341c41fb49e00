import { InputError } from "../core/errors";
import { languageFromDisplayLanguage, parseLanguage, type Language } from "../core/i18n/language";
import { readOptionalText, type CellArg } from "./cells";

/** Office's display language when the add-in runs inside Office; en-US elsewhere. */
export function displayLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  let reported: string | undefined;
  try {
    reported = office?.context?.displayLanguage;
  } catch {
    reported = undefined;
  }
  return languageFromDisplayLanguage(reported);
}

/** The language argument of a function: "zh-CN"/"en-US"/"zh"/"en"; omitted → Office's display language. */
export function readLanguage(arg: CellArg): Language {
  const text = readOptionalText(arg);
  if (text === undefined) return displayLanguage();
  const language = parseLanguage(text);
  if (!language) throw new InputError("value", "unknownLanguage", { value: text });
  return language;
}

/** Read the language argument without throwing, for the language of error messages. */
export function languageOrDisplay(arg: CellArg): Language {
  try {
    return readLanguage(arg);
  } catch {
    return displayLanguage();
  }
}
