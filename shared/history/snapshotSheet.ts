/**
 * The snapshot as a hidden sheet of the tracker ("Snapshot 2024-06-30"), and reading it back: a marker in A1,
 * the date and label, then one row per recommendation and one per activity, holding codes (not labels) so any
 * language reads it back.
 */
import { cellAddress } from "../grid/address";
import { cellText } from "../grid/cellText";
import type { Cell, Grid } from "../grid/grid";
import { translate, direction, type Params } from "../i18n/catalog";
import { HISTORY_MESSAGES } from "../i18n/messages/history";
import type { Lang } from "../model/codes";
import type { PlanCell, SheetPlan } from "../workbook/plan";
import { sheetPlan } from "../workbook/sheetPlan";
import { historySheetName } from "./sheetName";
import { Snapshot, SNAPSHOT_SCHEMA_VERSION, type SnapshotActivity, type SnapshotEntry } from "./snapshot";

export const SNAPSHOT_MARKER = "nmirf-snapshot";
const HEADER_ROW = 4;
const HEADER_KEYS = ["kind", "record", "status", "progress", "overdue", "deadline", "activity"] as const;
const REC = "R";
const ACT = "A";

export const snapshotSheetName = (asOf: string, lang: Lang): string => historySheetName("history.sheet.snapshot", lang, { date: asOf });

const entryRow = (e: SnapshotEntry): PlanCell[] => [REC, e.id, e.status, e.progress, e.overdue ? 1 : 0, e.deadline, null];
const activityRow = (recId: string, a: SnapshotActivity): PlanCell[] => [ACT, recId, a.status, null, null, a.deadline, a.id];

/**
 * A hidden sheet plan. Its role is "settings" because the tracker's SheetRole list has no history role yet: like
 * Settings, it is hidden, machine-read data; hosts only use the role for the frozen panes of the record sheets.
 */
export function planSnapshotSheet(snapshot: Snapshot, lang: Lang): SheetPlan {
  const t = (key: string): string => translate(HISTORY_MESSAGES, key, lang);
  const values: PlanCell[][] = [
    [SNAPSHOT_MARKER, SNAPSHOT_SCHEMA_VERSION],
    ["asOf", snapshot.asOf],
    ["label", snapshot.label],
    [t("history.snapshot.note")],
    HEADER_KEYS.map((k) => t(`history.snapshot.column.${k}`)),
  ];
  for (const e of snapshot.recommendations) {
    values.push(entryRow(e));
    for (const a of e.activities) values.push(activityRow(e.id, a));
  }
  return sheetPlan("settings", snapshotSheetName(snapshot.asOf, lang), values, direction(lang) === "rtl", {
    columnWidths: [6, 28, 22, 10, 10, 12, 28],
    frozen: { rows: HEADER_ROW + 1, cols: 0 },
    hidden: true,
  });
}

export interface SnapshotProblem {
  readonly key: string;
  readonly params: Params;
}

export type SnapshotRead = { readonly snapshot: Snapshot } | { readonly problem: SnapshotProblem };

export const isSnapshotSheet = (grid: Grid): boolean => cellText(grid.rows[0]?.[0]) === SNAPSHOT_MARKER;

const text = (row: readonly Cell[] | undefined, col: number): string => cellText(row?.[col]).trim();
const orNull = (s: string): string | null => (s === "" ? null : s);

/** Reads a snapshot sheet back; null when the grid is not one. A cell that does not read is named in the problem. */
export function readSnapshotSheet(grid: Grid): SnapshotRead | null {
  if (!isSnapshotSheet(grid)) return null;
  const at = (row: number, col: number): SnapshotProblem => ({
    key: "history.snapshot.badCell",
    params: { sheet: grid.name, cell: cellAddress(row, col), value: text(grid.rows[row], col) },
  });
  const version = Number(text(grid.rows[0], 1));
  if (version !== SNAPSHOT_SCHEMA_VERSION) return { problem: { key: "history.snapshot.version", params: { sheet: grid.name, version: text(grid.rows[0], 1) } } };
  const entries: { id: string; status: string | null; progress: number | null; deadline: string | null; overdue: boolean; activities: SnapshotActivity[] }[] = [];
  for (let r = HEADER_ROW + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    const kind = text(row, 0);
    if (kind === "") continue;
    const last = entries[entries.length - 1];
    if (kind === REC) {
      const progress = text(row, 3);
      entries.push({ id: text(row, 1), status: orNull(text(row, 2)), progress: progress === "" ? null : Number(progress), deadline: orNull(text(row, 5)), overdue: ["1", "TRUE"].includes(text(row, 4)), activities: [] });
    } else if (kind === ACT && last !== undefined && last.id === text(row, 1)) {
      last.activities.push({ id: text(row, 6), status: orNull(text(row, 2)) as SnapshotActivity["status"], deadline: orNull(text(row, 5)) });
    } else return { problem: at(r, kind === ACT ? 1 : 0) };
  }
  const parsed = Snapshot.safeParse({ schemaVersion: version, asOf: text(grid.rows[1], 1), label: text(grid.rows[2], 1), recommendations: entries });
  if (parsed.success) return { snapshot: parsed.data };
  return { problem: at(...problemCell(parsed.error.issues[0]?.path ?? [], entries)) };
}

/** The cell a schema error points at: the date cell, else the row and column of the entry or activity concerned. */
function problemCell(path: readonly PropertyKey[], entries: readonly { activities: readonly unknown[] }[]): [number, number] {
  if (path[0] !== "recommendations") return [path[0] === "label" ? 2 : 1, 1];
  const index = Number(path[1]);
  let row = HEADER_ROW + 1;
  for (let i = 0; i < index; i++) row += 1 + (entries[i]?.activities.length ?? 0);
  if (path[2] === "activities") return [row + 1 + Number(path[3]), ACTIVITY_COLUMNS[String(path[4])] ?? 6];
  return [row, ENTRY_COLUMNS[String(path[2])] ?? 1];
}

const ENTRY_COLUMNS: Readonly<Record<string, number>> = { id: 1, status: 2, progress: 3, overdue: 4, deadline: 5 };
const ACTIVITY_COLUMNS: Readonly<Record<string, number>> = { id: 6, status: 2, deadline: 5 };
