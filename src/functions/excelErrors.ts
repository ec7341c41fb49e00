import { InputError, type InputErrorKind } from "../core/errors";
import type { Language } from "../core/i18n/language";
import { formatMessage } from "../core/i18n/messages";

/**
 * Excel's error codes as the custom-functions runtime spells them. Only #VALUE! and #N/A show a message
 * in Excel, so messages are attached to those two and dropped for the others.
 */
const ERROR_CODE: Record<InputErrorKind, CustomFunctions.ErrorCode> = {
  value: "#VALUE!" as CustomFunctions.ErrorCode,
  num: "#NUM!" as CustomFunctions.ErrorCode,
  div0: "#DIV/0!" as CustomFunctions.ErrorCode,
  na: "#N/A" as CustomFunctions.ErrorCode,
};

/** An Excel error value for an input problem, with its message in the user's language where Excel shows one. */
export function excelError(error: InputError, language: Language): CustomFunctions.Error {
  const code = ERROR_CODE[error.kind];
  if (error.kind === "value" || error.kind === "na") return new CustomFunctions.Error(code, error.localized(language));
  return new CustomFunctions.Error(code);
}

/** Whether a cell holds an Excel error (passed in from a range, or produced by us). */
export function isExcelError(value: unknown): value is CustomFunctions.Error {
  return typeof value === "object" && value !== null && "code" in value && typeof (value as { code: unknown }).code === "string";
}

/**
 * Run an adapter so that no exception ever reaches Excel: an InputError becomes its Excel error,
 * an Excel error thrown from a cell is returned as is, and anything else (a bug) becomes #VALUE! with a message
 * asking the user to report it, and is logged for the developer.
 */
export function guard<T>(functionName: string, language: () => Language, body: () => T): T | CustomFunctions.Error {
  try {
    return body();
  } catch (e) {
    if (e instanceof InputError) return excelError(e, safeLanguage(language));
    if (isExcelError(e)) return e;
    console.error(`${functionName} failed`, e);
    const message = formatMessage(safeLanguage(language), "internalError", {
      what: functionName,
      message: e instanceof Error ? e.message : String(e),
    });
    return new CustomFunctions.Error(ERROR_CODE.value, message);
  }
}

function safeLanguage(language: () => Language): Language {
  try {
    return language();
  } catch {
    return "en-US";
  }
}
