/**
 * Report sections as the Word task pane builds them: a tracker read once, then sections built from a spec, and
 * rebuilt on Refresh from the tags of the sections already in the document (against a newer tracker).
 */
import type { SourceFile } from "../grid/grid";
import { readTrackerWorkbook } from "../import/trackerWorkbook";
import type { Lang } from "../model/codes";
import type { LogEntry } from "../model/log";
import type { Recommendation } from "../model/tracker";
import { buildReport } from "../report/buildReport";
import type { DocumentModel } from "../report/documentModel";
import { lastReportedFrom } from "../report/lastReported";
import type { ReportSpec } from "../report/reportSpec";
import { decodeSectionTag, sectionTag, specHash } from "../report/sectionTag";
import { trackerDataDate } from "../report/trackerDate";
import { overLimit, wordCount } from "../report/wordCount";

export interface LoadedTracker {
  readonly file: string;
  readonly lang: Lang;
  /** The day the tracker's data stands at (its Settings sheet), or the day it was opened. */
  readonly dataDate: string;
  readonly recommendations: readonly Recommendation[];
  readonly log: readonly LogEntry[];
  /** Cells the reader could not read (each also stays visible in the tracker's Issues sheet). */
  readonly unreadCells: number;
  /** Values the filters offer, from the data itself. */
  readonly choices: { readonly clusters: string[]; readonly themes: string[]; readonly institutions: string[]; readonly cycles: number[] };
}

const sortedUnique = <T extends string | number>(values: Iterable<T>): T[] => [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** Null when the workbook is not a tracker this suite wrote. */
export function loadTracker(src: SourceFile, today: string): LoadedTracker | null {
  const read = readTrackerWorkbook(src);
  if (!read) return null;
  const recs = read.recommendations;
  return {
    file: src.file,
    lang: read.lang,
    dataDate: trackerDataDate(src) ?? today,
    recommendations: recs,
    log: read.log,
    unreadCells: read.problems.length,
    choices: {
      clusters: sortedUnique(recs.flatMap((r) => (r.cluster ? [r.cluster] : []))),
      themes: sortedUnique(recs.flatMap((r) => r.themes)),
      institutions: sortedUnique(recs.flatMap((r) => r.institutions)),
      cycles: sortedUnique(recs.flatMap((r) => (r.cycle === null ? [] : [r.cycle]))),
    },
  };
}

export interface BuiltSection {
  readonly spec: ReportSpec;
  readonly tag: string;
  readonly model: DocumentModel;
  readonly count: number;
  readonly words: number;
  /** Over the UPR national report's word limit. */
  readonly overLimit: boolean;
}

export function buildSection(tracker: LoadedTracker, request: Omit<ReportSpec, "dataDate">): BuiltSection {
  const spec: ReportSpec = { ...request, dataDate: tracker.dataDate };
  const { model, count } = buildReport(tracker.recommendations, spec, lastReportedFrom(tracker.log));
  const words = wordCount(model);
  return { spec, tag: sectionTag(spec), model, count, words, overLimit: overLimit(words) };
}

export interface RebuiltSection {
  /** The tag the section had. */
  readonly from: string;
  readonly section: BuiltSection | null;
  /** Why it could not be rebuilt: not one of ours, or a long spec the document no longer holds. */
  readonly problem: "unknownTag" | "missingSpec" | null;
}

/**
 * Each section's spec again, with the newer tracker's data date; a hashed tag's spec comes from `specs` (kept
 * beside the document by the host, by hash).
 */
export function rebuildSections(tracker: LoadedTracker, tags: readonly string[], specs: Readonly<Record<string, ReportSpec>>): RebuiltSection[] {
  return tags.map((from) => {
    const decoded = decodeSectionTag(from);
    if (!decoded) return { from, section: null, problem: "unknownTag" };
    const spec = decoded.kind === "spec" ? decoded.spec : specs[decoded.hash];
    if (!spec) return { from, section: null, problem: "missingSpec" };
    const { dataDate: _old, ...request } = spec;
    return { from, section: buildSection(tracker, request), problem: null };
  });
}

/** What a host stores beside the document for a section whose spec did not fit in its tag. */
export const specKey = (spec: ReportSpec): string => specHash(spec);
