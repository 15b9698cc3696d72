/**
 * Validate and one-click fixes on a tracker already in the workbook: the issues with the tracker cell each one is
 * about, the fills that mark those cells, and the cell a suggestion rewrites.
 */
import type { SourceFile } from "../grid/grid";
import { isTrackerWorkbook } from "../import/trackerWorkbook";
import type { LocatedIssue } from "../model/issue";
import { Recommendation, type Activity } from "../model/tracker";
import { track, type TrackResult } from "../track/track";
import type { CellNote, PlanCell, WorkbookPlan } from "../workbook/plan";
import { issueCounts, type IssueCounts } from "./issueCounts";
import type { RunMeta } from "./convert";
import { onlySheets, sheetOf, trackerPlan } from "./trackerPlan";

/** A tracker cell: the sheet's name as written and 0-based row and column. */
export interface CellTarget {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export interface TrackerIssue extends LocatedIssue {
  /** The tracker cell the issue is about, or null when it concerns no single cell. */
  readonly target: CellTarget | null;
  /** Whether `fixIssue` can apply the suggestion. */
  readonly fixable: boolean;
}

export interface SheetHighlights {
  readonly sheet: string;
  /** Data rows and columns of the sheet's table (from row 2), where old fills are cleared. */
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly Pick<CellNote, "row" | "col" | "fill">[];
}

export interface Validation {
  readonly issues: TrackerIssue[];
  readonly counts: IssueCounts;
  readonly highlights: SheetHighlights[];
  /** Only the Issues sheet, rewritten on every refresh. */
  readonly issuesPlan: WorkbookPlan;
}

export interface ValidateRequest extends RunMeta {
  readonly workbook: SourceFile;
}

/** "#'Recommandations'!F12" → its sheet, row and column. */
export function parseTarget(target: string): CellTarget | null {
  const m = /^#'((?:[^']|'')+)'!([A-Z]+)(\d+)$/.exec(target);
  if (!m) return null;
  const col = [...m[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { sheet: m[1].replace(/''/g, "'"), row: Number(m[3]) - 1, col };
}

/** The Issues sheet lists issues in order, with a link to the tracker cell in its last column. */
function targets(plan: WorkbookPlan): (CellTarget | null)[] {
  return sheetOf(plan, "issues").values.slice(1).map((row) => {
    const link = row[row.length - 1];
    return link !== null && typeof link === "object" && link.kind === "link" ? parseTarget(link.target) : null;
  });
}

function highlightsOf(plan: WorkbookPlan): SheetHighlights[] {
  return (["recommendations", "activities"] as const).map((role) => {
    const sheet = sheetOf(plan, role);
    const cols = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
    return { sheet: sheet.name, rows: Math.max(0, sheet.values.length - 1), cols, cells: sheet.notes.map(({ row, col, fill }) => ({ row, col, fill })) };
  });
}

interface Checked {
  readonly result: TrackResult;
  readonly plan: WorkbookPlan;
}

function check(req: ValidateRequest): Checked | null {
  if (!isTrackerWorkbook(req.workbook)) return null;
  const result = track([req.workbook], { lang: req.lang, asOf: req.now.slice(0, 10), now: req.now, by: req.by });
  return { result, plan: trackerPlan(result, req, req.workbook) };
}

/** Null when the workbook holds no tracker yet (Convert first). */
export function validateTracker(req: ValidateRequest): Validation | null {
  const checked = check(req);
  if (!checked) return null;
  const at = targets(checked.plan);
  const byId = new Map(checked.result.recommendations.map((r) => [r.id as string, r]));
  const issues = checked.result.issues.map((issue, i) => {
    const target = at[i] ?? null;
    const rec = issue.recordId === null ? undefined : byId.get(issue.recordId);
    return { ...issue, target, fixable: target !== null && rec !== undefined && withSuggestion(rec, issue) !== null };
  });
  return { issues, counts: issueCounts(issues), highlights: highlightsOf(checked.plan), issuesPlan: onlySheets(checked.plan, ["issues"]) };
}

/** The issue's record with the suggested value in the issue's field, or null when it does not fit the field. */
function withSuggestion(rec: Recommendation, issue: LocatedIssue): Recommendation | null {
  const { suggestion, field } = issue;
  if (suggestion === null || field === null) return null;
  const prop = ACTIVITY_PROPS[field];
  const fixed = prop ? rec.activities.findIndex((a) => a.source?.row === issue.row && a.source?.sheet === issue.sheet) : -1;
  const next = prop
    ? fixed >= 0 ? Recommendation.safeParse({ ...rec, activities: rec.activities.map((a, i) => (i === fixed ? fixField(a, field, prop, suggestion) : a)) }) : null
    : field in rec ? Recommendation.safeParse(fixField(rec, field, field, suggestion)) : null;
  return next?.success ? next.data : null;
}

/** Activity fields are named apart from the recommendation's ("activityStatus" is an activity's `status`). */
const ACTIVITY_PROPS: Readonly<Record<string, keyof Activity>> = {
  activity: "text",
  activityStatus: "status",
  activityDeadline: "deadline",
  activityInstitution: "institution",
};

function fixField<T extends { asWritten: Record<string, string> }>(value: T, field: string, prop: string, suggestion: string): T {
  const old = (value as Record<string, unknown>)[prop];
  const { [field]: _dropped, ...asWritten } = value.asWritten;
  return { ...value, [prop]: Array.isArray(old) ? [suggestion] : suggestion, asWritten };
}

export interface Fix {
  readonly target: CellTarget;
  /** The cell as the tracker stores the suggested value (a translated label, a date, text). */
  readonly value: PlanCell;
}

/** What one click writes: the issue's cell with the suggestion, encoded as the tracker encodes that field. */
export function fixIssue(req: ValidateRequest, issue: Pick<TrackerIssue, "recordId" | "field" | "suggestion" | "row" | "sheet" | "target">): Fix | null {
  const checked = check(req);
  if (!checked || issue.target === null) return null;
  const { result } = checked;
  const match = result.issues.find((i) => i.recordId === issue.recordId && i.field === issue.field && i.suggestion === issue.suggestion);
  const rec = match && result.recommendations.find((r) => r.id === match.recordId);
  const fixed = rec && match ? withSuggestion(rec, match) : null;
  if (!fixed) return null;
  const recommendations = result.recommendations.map((r) => (r === rec ? fixed : r));
  const sheet = trackerPlan({ ...result, recommendations }, req, req.workbook).sheets.find((s) => s.name === issue.target?.sheet);
  if (!sheet) return null;
  return { target: issue.target, value: sheet.values[issue.target.row]?.[issue.target.col] ?? null };
}
