/** Finds the tracker's own cell an issue is about (its record and field), and plans a fill and note on it. */
import type { Issue, LocatedIssue } from "../model/issue";
import type { Severity } from "../model/codes";
import type { Activity, Recommendation } from "../model/tracker";
import { ACTIVITY_FIELDS, type Field } from "../model/fields";
import { MAX_NOTES } from "./limits";
import { clipText } from "./longTexts";
import { SEVERITY_FILLS } from "./palette";
import type { CellNote, CellPos } from "./plan";

export interface TrackerCell extends CellPos {
  readonly sheet: "recommendations" | "activities";
}

/** Where each record and field sits in the tracker. */
export interface TrackerIndex {
  readonly recommendationRow: ReadonlyMap<string, number>;
  readonly activityRows: ReadonlyMap<string, readonly { activity: Activity; row: number }[]>;
  readonly recommendationCol: ReadonlyMap<string, number>;
  readonly activityCol: ReadonlyMap<string, number>;
}

export function trackerIndex(recs: readonly Recommendation[], recKeys: readonly string[], actKeys: readonly string[]): TrackerIndex {
  const recommendationRow = new Map<string, number>();
  const activityRows = new Map<string, { activity: Activity; row: number }[]>();
  let actRow = 1;
  recs.forEach((rec, i) => {
    if (!recommendationRow.has(rec.id)) recommendationRow.set(rec.id, i + 1);
    const rows = activityRows.get(rec.id) ?? [];
    for (const activity of rec.activities) rows.push({ activity, row: actRow++ });
    activityRows.set(rec.id, rows);
  });
  const colMap = (keys: readonly string[]): Map<string, number> => new Map(keys.map((k, i) => [k, i] as const).reverse());
  return { recommendationRow, activityRows, recommendationCol: colMap(recKeys), activityCol: colMap(actKeys) };
}

const ACTIVITY_SET: ReadonlySet<string> = new Set<Field>(ACTIVITY_FIELDS);

/** The activity the issue was raised on (same source row), else the recommendation's first activity. */
function activityRow(issue: Issue, rows: readonly { activity: Activity; row: number }[]): number | null {
  const same = rows.find(({ activity: a }) => a.source !== null && a.source.row === issue.row && a.source.file === issue.file && a.source.sheet === issue.sheet);
  return (same ?? rows[0])?.row ?? null;
}

export function trackerCell(issue: Issue, index: TrackerIndex): TrackerCell | null {
  if (issue.recordId === null || issue.field === null) return null;
  if (ACTIVITY_SET.has(issue.field)) {
    const col = index.activityCol.get(issue.field);
    const row = activityRow(issue, index.activityRows.get(issue.recordId) ?? []);
    return col === undefined || row === null ? null : { sheet: "activities", row, col };
  }
  const col = index.recommendationCol.get(issue.field);
  const row = index.recommendationRow.get(issue.recordId);
  return col === undefined || row === undefined ? null : { sheet: "recommendations", row, col };
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** One note per cell (messages joined, the gravest severity's colour); notes past MAX_NOTES keep only the fill. */
export function highlights(located: readonly { issue: LocatedIssue; cell: TrackerCell }[], sheet: TrackerCell["sheet"]): CellNote[] {
  const byCell = new Map<string, { pos: CellPos; severity: Severity; messages: string[] }>();
  for (const { issue, cell } of located) {
    if (cell.sheet !== sheet) continue;
    const key = `${cell.row}:${cell.col}`;
    const entry = byCell.get(key) ?? { pos: { row: cell.row, col: cell.col }, severity: issue.severity, messages: [] };
    if (RANK[issue.severity] < RANK[entry.severity]) entry.severity = issue.severity;
    entry.messages.push(issue.message);
    byCell.set(key, entry);
  }
  return [...byCell.values()].map((e, i) => ({
    ...e.pos,
    fill: SEVERITY_FILLS[e.severity],
    text: i < MAX_NOTES ? clipText(e.messages.join("\n")) : null,
  }));
}
