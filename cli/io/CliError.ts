/** A usage or output problem the command line reports in one translated line, with its message key. */
import type { Params } from "../../shared/i18n/catalog";

export class CliError extends Error {
  constructor(
    readonly key: string,
    readonly params: Params,
  ) {
    super(key);
    this.name = "CliError";
  }
}
