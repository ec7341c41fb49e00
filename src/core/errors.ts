import type { Language } from "./i18n/language";
import { formatMessage, type MessageId, type MessageParams } from "./i18n/messages";
import { term, type TermId } from "./i18n/terms";

/**
 * Which Excel error an input problem becomes. The names follow what Excel's own functions give:
 * value → #VALUE! (wrong type, wrong shape), num → #NUM! (a number outside the domain),
 * div0 → #DIV/0!, na → #N/A (a lookup that found nothing).
 */
export type InputErrorKind = "value" | "num" | "div0" | "na";

/** A parameter of a message: plain text or a term translated when the message is shown. */
export type MessageArg = string | number | { term: TermId };

/**
 * An expected problem with the user's input (never a bug). Core functions throw it; the custom-function
 * adapters turn it into an Excel error value and the task pane into a message, in the user's language.
 */
export class InputError extends Error {
  readonly kind: InputErrorKind;
  readonly messageId: MessageId;
  readonly args: Readonly<Record<string, MessageArg>>;

  constructor(kind: InputErrorKind, messageId: MessageId, args: Readonly<Record<string, MessageArg>> = {}) {
    super(formatMessage("en-US", messageId, resolveArgs("en-US", args)));
    this.name = "InputError";
    this.kind = kind;
    this.messageId = messageId;
    this.args = args;
  }

  /** The message in the given language. */
  localized(language: Language): string {
    return formatMessage(language, this.messageId, resolveArgs(language, this.args));
  }
}

function resolveArgs(language: Language, args: Readonly<Record<string, MessageArg>>): MessageParams {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(args)) {
    out[key] = typeof value === "object" ? term(language, value.term) : value;
  }
  return out;
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}

/** A number that must not be negative (#NUM! naming it otherwise, as Excel's own functions answer a domain error). */
export function requireNotNegative(value: number, what: TermId): void {
  if (value < 0) throw new InputError("num", "mustNotBeNegative", { what: { term: what }, value });
}
