/**
 * `sheets collect`: institution spreadsheets → the engine (validate, upsert by Tracker ID into the tracker) → only
 * the changed tracker cells written back, conflicts held back, and optionally each institution's problems returned.
 */
import type { SourceFile } from "../../shared/grid/grid";
import { isBlank } from "../../shared/grid/grid";
import { readTrackerWorkbook } from "../../shared/import/trackerWorkbook";
import type { Lang } from "../../shared/model/codes";
import { track, type TrackResult } from "../../shared/track/track";
import { trackerPlan } from "../../shared/flows/trackerPlan";
import { readInstitution, readTracker, trackerSource, type InstitutionRead } from "./readSources";
import type { SheetsPort } from "./sheetsPort";
import { writeBack, PROBLEMS_TITLES } from "./writeBack";
import { writeTracker, type Conflict } from "./writeTracker";

export interface CollectOptions {
  readonly trackerId: string;
  readonly institutionIds: readonly string[];
  readonly writeBack: boolean;
  /** A rate-limited, retrying port (see guardSheetsPort). */
  readonly client: SheetsPort;
  /** ISO timestamp of the run (logged in the tracker); the day overdue is computed at is its date. */
  readonly now: string;
  /** Language of a new tracker and of messages; an existing tracker keeps its own. */
  readonly lang: Lang;
}

export interface InstitutionReport {
  readonly id: string;
  readonly name: string;
  readonly read: number;
  readonly added: number;
  readonly changed: number;
  readonly problems: number;
  readonly wroteBack: boolean;
}

export interface CollectReport {
  readonly tracker: { readonly name: string; readonly added: number; readonly changed: number; readonly unchanged: number; readonly cellsWritten: number };
  readonly institutions: readonly InstitutionReport[];
  readonly conflicts: readonly Conflict[];
  readonly rowsHeldBack: number;
}

const hasContent = (src: SourceFile): boolean => src.sheets.some((g) => g.rows.some((r) => r.some((c) => !isBlank(c))));

/** File names shown in messages: the spreadsheet's title, made unique with its ID when two share a title. */
function namer(): (id: string) => (title: string) => string {
  const seen = new Set<string>();
  return (id) => (title) => {
    const name = seen.has(title) ? `${title} (${id})` : title;
    seen.add(name);
    return name;
  };
}

export async function collect(opts: CollectOptions): Promise<CollectReport> {
  const port = opts.client;
  const snapshot = await readTracker(port, opts.trackerId);
  const existing = trackerSource(snapshot);
  const ours = readTrackerWorkbook(existing);
  const into = ours || hasContent(existing) ? existing : null;
  const lang = ours?.lang ?? opts.lang;
  const name = namer();
  const institutions: InstitutionRead[] = [];
  // One institution at a time: the rate limit, not parallelism, bounds the run, and failures stay simple to resume.
  for (const id of opts.institutionIds) institutions.push(await readInstitution(port, id, name(id), PROBLEMS_TITLES));
  const engine = { lang, asOf: opts.now.slice(0, 10), now: opts.now, by: "nmirf sheets collect" };
  const result = track(institutions.map((i) => i.source), { ...engine, into });
  const diff = result.diff;
  // Nothing to write only when the tracker is already ours: another layout still needs the nmirf tabs added.
  const unchanged = ours !== null && diff !== null && diff.added.length === 0 && diff.changed.length === 0;
  const written = unchanged ? { cellsWritten: 0, conflicts: [], rowsHeldBack: 0 } : await writeTracker(port, opts.trackerId, snapshot, trackerPlan(result, { lang, now: opts.now }).sheets);
  const reports: InstitutionReport[] = [];
  for (const inst of institutions) {
    const issues = result.issues.filter((i) => i.file === inst.source.file);
    const wroteBack = opts.writeBack ? await writeBack(port, inst, issues, lang) : false;
    reports.push({ ...institutionChanges(inst, result, engine), problems: issues.length, wroteBack });
  }
  return {
    tracker: { name: snapshot.title, added: diff?.added.length ?? result.recommendations.length, changed: diff?.changed.length ?? 0, unchanged: diff?.unchanged.length ?? 0, cellsWritten: written.cellsWritten },
    institutions: reports,
    conflicts: written.conflicts,
    rowsHeldBack: written.rowsHeldBack,
  };
}


/** Which of the tracker's new and changed records this institution's sheet brought (a record may come from several). */
function institutionChanges(inst: InstitutionRead, result: TrackResult, engine: Parameters<typeof track>[1]): Omit<InstitutionReport, "problems" | "wroteBack"> {
  const own = new Set(track([inst.source], engine).recommendations.map((r) => r.id as string));
  const added = result.diff ? result.diff.added.filter((id) => own.has(id)).length : own.size;
  const changed = result.diff ? result.diff.changed.filter((c) => own.has(c.id)).length : 0;
  return { id: inst.id, name: inst.source.file, read: own.size, added, changed };
}
