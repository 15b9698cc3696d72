/** The engine's main job: source files in, a tracker's records, located issues, rollups and a mapping report out. */
import type { Grid, SourceFile } from "../grid/grid";
import type { Lang } from "../model/codes";
import { cellAddress } from "../grid/address";
import { cellText } from "../grid/cellText";
import type { Issue, LocatedIssue } from "../model/issue";
import type { LogEntry } from "../model/log";
import type { Recommendation } from "../model/tracker";
import { mergeById, stableId, type Locate } from "../import/identify";
import { normalizeDraft } from "../import/normalizeDraft";
import { asWrittenIssues } from "../import/asWrittenIssues";
import { readTable, countFilled, type SheetMapping } from "../import/readTable";
import { readTrackerWorkbook, type TrackerRead } from "../import/trackerWorkbook";
import { upsert, type ImportDiff } from "../import/upsert";
import type { MappingOverride } from "../import/columnMapping";
import type { SourceProfile } from "../import/sourceKind";
import { renderIssue } from "../i18n/issues";
import { rollup } from "../rollup/rollup";
import { effectiveStatus } from "../rollup/deriveStatus";
import type { Rollups } from "../rollup/types";
import { validateRecords } from "../validate/validateRecords";
import type { AliasTable } from "../vocab/institutions";
import { fold } from "../vocab/text";
import type { ClusterEdits } from "../analyze/cluster";
import { mergeSponsors } from "../analyze/repeat";
import { analyzeRecords, type RecordAnalysis } from "./analyzeRecords";
import { withoutDecided } from "./decidedSuggestions";

export interface TrackOptions {
  readonly lang: Lang;
  /** ISO day overdue figures are computed at. */
  readonly asOf: string;
  /** ISO timestamp recorded in the log (the core never reads the clock). */
  readonly now: string;
  /** Who ran it, for the log. */
  readonly by: string;
  readonly overrides?: readonly MappingOverride[];
  /** Institution names and their aliases; without it, names are kept as written. */
  readonly aliases?: AliasTable;
  /** An existing tracker to update instead of starting anew. */
  readonly into?: SourceFile | null;
  readonly onProgress?: (done: number, total: number) => void;
  /** Suggest tags and clusters, link repeats and merge multi-sponsor duplicates (off by default: it reads every text). */
  readonly analyze?: boolean;
  /** People's changes to the suggested clusters, applied on every run. */
  readonly clusterEdits?: ClusterEdits;
}

export interface TrackResult {
  readonly recommendations: Recommendation[];
  readonly issues: LocatedIssue[];
  readonly rollups: Rollups;
  readonly mapping: SheetMapping[];
  readonly diff: ImportDiff | null;
  readonly log: LogEntry[];
  readonly extraColumns: string[];
  /** Null unless `analyze` was asked for. */
  readonly analysis: RecordAnalysis | null;
}

interface Gathered {
  records: Recommendation[];
  issues: Issue[];
  mapping: SheetMapping[];
  log: LogEntry[];
  extraColumns: string[];
  /** Where each table's columns are, by file and sheet, to point messages at cells without keeping every draft. */
  tables: Map<string, TablePlace>;
  /** Cluster IDs suggested when trackers read here were written, by recommendation ID. */
  suggestedClusters: Map<string, string>;
}

export function track(sources: readonly SourceFile[], opts: TrackOptions): TrackResult {
  const into = opts.into ? gather([opts.into], opts, false) : null;
  const incoming = gather(sources, opts, true);
  const locate = locator(new Map([...(into?.tables ?? []), ...incoming.tables]));
  const merged = mergeById(incoming.records, locate);
  const identified = opts.analyze ? mergeSponsors(merged.records).records : merged.records;
  // Validation compares the status written with the activities, so it runs before the derived status is applied.
  const validation = validateRecords(identified, locate);
  let records = identified.map(withEffectiveStatus);
  let diff: ImportDiff | null = null;
  const log = [...(into?.log ?? []), ...incoming.log];
  if (into) {
    const up = upsert(into.records, records, { at: opts.now, by: opts.by });
    [records, diff] = [up.records, up.diff];
    log.push(...up.log);
  } else {
    log.push({ at: opts.now, by: opts.by, action: "import", recordId: null, field: null, oldValue: null, newValue: String(records.length), note: sources.map((s) => s.file).join(", ") });
  }
  const issues = [...(into?.issues ?? []), ...incoming.issues, ...merged.issues, ...validation];
  records = records.map(withEffectiveStatus);
  attachRecordIds(issues, records);
  const analysis = opts.analyze
    ? withoutDecided(analyzeRecords(records, { previousClusters: new Map([...incoming.suggestedClusters, ...(into?.suggestedClusters ?? [])]), clusterEdits: opts.clusterEdits ?? {} }), log)
    : null;
  return {
    recommendations: records,
    issues: sortIssues(issues).map((i) => renderIssue(i, opts.lang)),
    rollups: rollup(records, { asOf: opts.asOf }),
    mapping: [...(into?.mapping ?? []), ...incoming.mapping],
    diff,
    log,
    extraColumns: unique([...(into?.extraColumns ?? []), ...incoming.extraColumns, ...records.flatMap((r) => Object.keys(r.extra))]),
    analysis,
  };
}

/**
 * `checked`: the sources are what is being checked, so a tracker among them re-raises the values it keeps as
 * written; a tracker being updated (`into`) does not, since this run's sources may well settle them.
 */
function gather(sources: readonly SourceFile[], opts: TrackOptions, checked: boolean): Gathered {
  const out: Gathered = { records: [], issues: [], mapping: [], log: [], extraColumns: [], tables: new Map(), suggestedClusters: new Map() };
  const total = sources.reduce((n, s) => n + s.sheets.length, 0);
  let done = 0;
  for (const src of sources) {
    const tracker = readTrackerWorkbook(src);
    if (tracker) {
      out.records.push(...tracker.recommendations);
      out.mapping.push({ file: src.file, sheet: src.sheets[0]?.name ?? "", kind: "tracker", headerRow: 1, columns: [] });
      out.log.push(...tracker.log);
      out.extraColumns.push(...tracker.extraColumns);
      for (const [id, cluster] of tracker.suggestedClusters) out.suggestedClusters.set(id, cluster);
      out.issues.push(...trackerProblems(src.file, tracker), ...(checked ? asWrittenIssues(tracker.recommendations, opts.lang) : []));
      opts.onProgress?.((done += src.sheets.length), total);
      continue;
    }
    for (const grid of src.sheets) {
      readSheet(src.file, grid, opts, out);
      opts.onProgress?.(++done, total);
    }
  }
  return out;
}

function readSheet(file: string, grid: SourceFile["sheets"][number], opts: TrackOptions, out: Gathered): void {
  const table = readTable(file, grid, opts.overrides ?? []);
  if (!table) {
    const filled = countFilled(grid);
    if (filled > 0) out.issues.push({ severity: "warning", code: "sheet.noTable", params: { count: filled }, file, sheet: grid.name, cell: null, row: null, recordId: null, field: null, suggestion: null });
    return;
  }
  out.mapping.push(table.mapping);
  out.issues.push(...table.issues);
  out.tables.set(tableKey(file, grid.name), tablePlace(grid, table.mapping));
  const aliases = opts.aliases ?? [];
  for (const draft of table.drafts) {
    const { record, issues } = normalizeDraft(draft, { lang: opts.lang, aliases, profile: table.profile, headerOf: table.headerOf });
    const id = stableId(record, { reviewKey: reviewKey(table.profile) });
    // The record was just made for this run: filling in its ID in place spares a copy per row.
    record.id = id;
    out.records.push(record);
    for (const i of issues) {
      i.recordId = id;
      out.issues.push(i);
    }
  }
  out.extraColumns.push(...table.mapping.columns.filter((c) => !c.field && c.header).map((c) => c.header));
}

/** Rows per recommending State are one recommendation per reviewed State, review and text. */
function reviewKey(profile: SourceProfile): ((rec: Recommendation) => string) | null {
  if (!profile.rowPerRecommendingState) return null;
  const stateHeader = profile.reviewedState;
  return (rec) => {
    const state = stateHeader ? Object.entries(rec.extra).find(([h]) => fold(h) === stateHeader)?.[1] ?? "" : "";
    return `${fold(state)}|${rec.symbol ?? ""}|${rec.cycle ?? ""}|${rec.year ?? ""}|${rec.text.trim().replace(/\s+/g, " ")}`;
  };
}

const sourceKey = (s: { file: string; sheet: string; row: number }): string => `${s.file}\u0000${s.sheet}\u0000${s.row}`;

/** A field's cell in the record's first source row: the cell read, or where its column crosses that row. */
interface TablePlace {
  readonly grid: Grid;
  /** The column of each mapped field and of each extra column's header. */
  readonly columnOf: ReadonlyMap<string, number>;
}

const tableKey = (file: string, sheet: string): string => `${file}\u0000${sheet}`;

function tablePlace(grid: Grid, mapping: SheetMapping): TablePlace {
  const columnOf = new Map<string, number>();
  for (const c of mapping.columns) columnOf.set(c.field ?? c.header, c.column);
  return { grid, columnOf };
}

/** A field's cell in the record's first source row, and what that cell says. */
function locator(tables: ReadonlyMap<string, TablePlace>): Locate {
  return (rec, field) => {
    const table = tables.get(tableKey(rec.source.file, rec.source.sheet));
    const column = table?.columnOf.get(field);
    if (!table || column === undefined) return null;
    return { cell: cellAddress(rec.source.row - 1, column), value: cellText(table.grid.rows[rec.source.row - 1]?.[column]) };
  };
}

/** Records here are this run's own objects, so the derived status is set in place rather than copied. */
function withEffectiveStatus(rec: Recommendation): Recommendation {
  rec.status = effectiveStatus(rec).status;
  return rec;
}

/** Issues found before IDs were final (or before merging) get the ID of the record that holds their row. */
function attachRecordIds(issues: Issue[], records: readonly Recommendation[]): void {
  const ids = new Set(records.map((r) => r.id as string));
  let byRow: Map<string, string> | undefined;
  for (const issue of issues) {
    if (issue.recordId && ids.has(issue.recordId)) continue;
    if (!byRow) {
      byRow = new Map();
      for (const rec of records) for (const s of rec.sources) byRow.set(sourceKey(s), rec.id);
    }
    const id = issue.sheet && issue.row ? byRow.get(sourceKey({ file: issue.file, sheet: issue.sheet, row: issue.row })) : undefined;
    issue.recordId = id ?? issue.recordId;
  }
}

/** What the tracker reader could not place, as issues; an activity whose recommendation is gone keeps its text there. */
function trackerProblems(file: string, tracker: TrackerRead): Issue[] {
  const orphans = [...tracker.orphanActivities];
  return tracker.problems.map((p) => {
    const orphan = p.code === "tracker.unknownTrackerId" ? orphans.splice(orphans.findIndex((o) => o.trackerId === p.value), 1)[0] : undefined;
    const params = { value: p.value, field: p.field, activity: orphan?.activity.text ?? "" };
    const severity = p.code === "tracker.unknownLang" ? "info" : "warning";
    return { severity, code: p.code, params, file, sheet: p.sheet, cell: p.cell, row: p.row, recordId: null, field: p.field, suggestion: null };
  });
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.sheet ?? "").localeCompare(b.sheet ?? "") ||
      (a.row ?? 0) - (b.row ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

const unique = (xs: readonly string[]): string[] => [...new Set(xs)];
