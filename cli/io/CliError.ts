/**
 * A problem the command line reports in one translated line (exit code 2), with its message key. Keys are
 * namespaced by catalog ("cli.", "input.", "packs.", "history.", "report."), so one error type, printed in one
 * place (main), serves every command family.
 */
import { translate, type Catalog, type Params } from "../../shared/i18n/catalog";
import { CLI_MESSAGES } from "../../shared/i18n/messages/cli";
import { HISTORY_MESSAGES } from "../../shared/i18n/messages/history";
import { INPUT_MESSAGES } from "../../shared/i18n/messages/input";
import { PACKS_MESSAGES } from "../../shared/i18n/messages/packs";
import { REPORT_MESSAGES } from "../../shared/i18n/messages/report";
import type { Lang } from "../../shared/model/codes";

export class CliError extends Error {
  constructor(
    readonly key: string,
    readonly params: Params,
  ) {
    super(key);
    this.name = "CliError";
  }
}

const CATALOG: Catalog = { ...CLI_MESSAGES, ...INPUT_MESSAGES, ...PACKS_MESSAGES, ...HISTORY_MESSAGES, ...REPORT_MESSAGES };

export const cliErrorText = (e: CliError, lang: Lang): string => translate(CATALOG, e.key, lang, e.params);
