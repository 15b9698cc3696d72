/** The one error type for input files that cannot be read, carrying a message key and its parameters for any UI language. */
import { translate } from "../i18n/catalog";
import { INPUT_MESSAGES } from "../i18n/messages/input";

export const INPUT_ERROR_CODES = [
  "input.missing",
  "input.notAFile",
  "input.unreadable",
  "input.empty",
  "input.encrypted",
  "input.legacyXls",
  "input.notSpreadsheet",
  "input.corrupt",
  "input.unclosedQuote",
  "input.badJson",
] as const;

export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly params: Record<string, string | number>,
  ) {
    // The English text keeps stack traces and logs readable; UIs translate `code` with `params` themselves.
    super(translate(INPUT_MESSAGES, code, "en", params));
    this.name = "InputError";
  }
}
