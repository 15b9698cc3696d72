/**
 * The follow-up fields the refresh compares with the last snapshot, as plain text by record, activity and field:
 * what people change in the tracker between imports. Pure: the same on a sheet read back and on a plan about to be
 * written, so a tracker the add-on itself wrote compares equal.
 */
import { cellText } from "../../../shared/grid/cellText";
import type { Grid } from "../../../shared/grid/grid";
import type { LogEntry } from "../../../shared/model/log";
import type { TrackerLayout } from "../tracker/layout";

export const WATCHED = {
  recommendations: ["status", "statusReason", "progress", "deadline", "institutions", "cluster", "comments"],
  activities: ["activityStatus", "activityDeadline", "activityInstitution"],
} as const;

export type WatchedSheet = keyof typeof WATCHED;

/** One watched cell: its record, its activity ("" on a recommendation) and its field key. */
export interface WatchedCell {
  readonly recordId: string;
  readonly activityId: string;
  readonly field: string;
  readonly value: string;
}

const cellKey = (c: Pick<WatchedCell, "recordId" | "activityId" | "field">): string => `${c.recordId}\u0000${c.activityId}\u0000${c.field}`;

/** "status" on a recommendation, "activityStatus (A-2)" on an activity: how the log names the field. */
export const fieldLabel = (field: string, activityId: string): string => (activityId === "" ? field : `${field} (${activityId})`);

/** The watched cells of a record sheet (its first row is the header); rows without an ID are not records. */
export function watchedCells(grid: Grid | undefined, sheet: WatchedSheet, keys: readonly string[]): WatchedCell[] {
  if (!grid) return [];
  const at = (key: string) => keys.indexOf(key);
  const [idCol, activityCol] = [at("id"), sheet === "activities" ? at("activityId") : -1];
  const fields = WATCHED[sheet].map((f) => [f, at(f)] as const).filter(([, col]) => col >= 0);
  const out: WatchedCell[] = [];
  for (const row of grid.rows.slice(1)) {
    const recordId = cellText(row[idCol]);
    if (recordId === "") continue;
    const activityId = activityCol >= 0 ? cellText(row[activityCol]) : "";
    for (const [field, col] of fields) {
      const value = cellText(row[col]);
      if (value !== "") out.push({ recordId, activityId, field, value });
    }
  }
  return out;
}

/** Both record sheets of a tracker, by the layout's names and column keys. */
export function trackerWatchedCells(grids: readonly Grid[], layout: TrackerLayout): WatchedCell[] {
  return (Object.keys(WATCHED) as WatchedSheet[]).flatMap((sheet) =>
    watchedCells(grids.find((g) => g.name === layout.names[sheet]), sheet, layout.columns[sheet] ?? []),
  );
}

export interface EditMeta {
  readonly at: string;
  readonly by: string;
  readonly note: string;
}

/**
 * A log entry per watched cell that differs between the snapshot and now, leaving out edits the on-edit trigger
 * already logged since the snapshot (same record, field and new value).
 */
export function editsSince(before: readonly WatchedCell[], after: readonly WatchedCell[], logged: readonly LogEntry[], meta: EditMeta): LogEntry[] {
  const old = new Map(before.map((c) => [cellKey(c), c]));
  const now = new Map(after.map((c) => [cellKey(c), c]));
  const seen = new Set(logged.filter((e) => e.action === "edit").map((e) => `${e.recordId}\u0000${e.field}\u0000${e.newValue ?? ""}`));
  const entries: LogEntry[] = [];
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    const [was, is] = [old.get(key), now.get(key)];
    const cell = (is ?? was) as WatchedCell;
    if (was?.value === is?.value) continue;
    const field = fieldLabel(cell.field, cell.activityId);
    if (seen.has(`${cell.recordId}\u0000${field}\u0000${is?.value ?? ""}`)) continue;
    entries.push({ at: meta.at, action: "edit", by: meta.by, recordId: cell.recordId, field, oldValue: was?.value ?? null, newValue: is?.value ?? null, note: meta.note });
  }
  return entries;
}
