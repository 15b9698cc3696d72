/** `nmirf validate`: lists every issue, located, and exits 1 when any is an error. */
import type { Io } from "../io/console";
import { issueCounts, issueLine, say } from "../output/report";
import { resolveLang, runEngine, type EngineOptions } from "./runTrack";

export interface ValidateCommandOptions extends EngineOptions {
  /** Also list notes (severity info), which are hidden by default. */
  readonly all?: boolean;
}

export async function validateCommand(inputs: readonly string[], opts: ValidateCommandOptions, io: Io): Promise<number> {
  const lang = resolveLang(opts, io);
  const { result } = await runEngine(inputs, opts, io, lang);
  const shown = opts.all ? result.issues : result.issues.filter((i) => i.severity !== "info");
  for (const issue of shown) io.out(issueLine(issue, lang));
  const errors = result.issues.filter((i) => i.severity === "error").length;
  if (errors === 0) {
    const n = (s: string) => result.issues.filter((i) => i.severity === s).length;
    io.out(say(lang, "cli.validateOk", { warnings: n("warning"), info: n("info") }) + "\n");
    return 0;
  }
  io.out(issueCounts(result.issues, lang));
  return 1;
}
