/** The part of `track`, `validate` and `demo` that is the same: read the inputs, run the engine. */
import path from "node:path";
import type { Lang } from "../../shared/model/codes";
import type { SourceFile } from "../../shared/grid/grid";
import { track, type TrackResult } from "../../shared/track/track";
import type { MappingOverride } from "../../shared/import/columnMapping";
import { readSource } from "../read/readSource";
import type { Io } from "../io/console";
import { loadSources } from "../io/loadSources";
import { chooseLang, parseAsOf, parseMapping, readAliases, readMappingFile } from "../io/options";
import { progressBar } from "../io/progress";
import { say } from "../output/report";

export interface EngineOptions {
  readonly lang?: string;
  readonly asOf?: string;
  readonly map?: readonly string[];
  readonly mapFile?: string;
  readonly aliases?: string;
  readonly into?: string;
  /** Suggest tags and clusters and link repeats (`nmirf track` does unless --no-analyze). */
  readonly analyze?: boolean;
}

export interface EngineRun {
  readonly result: TrackResult;
  readonly lang: Lang;
  readonly asOf: string;
  readonly now: string;
  /** The tracker updated with --into, whose own extra sheets (snapshots) the new tracker keeps. */
  readonly into: SourceFile | null;
}

/** The language is settled first so that every later message can be translated. */
export function resolveLang(opts: EngineOptions, io: Io): Lang {
  return chooseLang(opts.lang, io.env);
}

export async function runEngine(inputs: readonly string[], opts: EngineOptions, io: Io, lang: Lang): Promise<EngineRun> {
  const now = io.now();
  const asOf = parseAsOf(opts.asOf, now);
  const overrides: MappingOverride[] = [
    ...(opts.mapFile ? readMappingFile(opts.mapFile, io.cwd, lang) : []),
    ...(opts.map ?? []).map(parseMapping),
  ];
  const aliases = readAliases(opts.aliases, io.cwd, lang);
  const progress = progressBar(io);
  const steps = inputs.length + 2;
  const sources = await loadSources(inputs, io.cwd, (file, i) => progress.update(say(lang, "cli.progress.reading", { file }), i, steps));
  const into = opts.into ? await readSource(path.resolve(io.cwd, opts.into)) : null;
  progress.update(say(lang, "cli.progress.tracking"), inputs.length, steps);
  const result = track(sources, { lang, asOf, now, by: "nmirf", overrides, aliases, into, analyze: opts.analyze ?? false });
  progress.done();
  return { result, lang, asOf, now, into };
}
