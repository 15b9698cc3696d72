/** The snapshots a tracker workbook holds, and a new one as the sheet and the log line that record it. */
import type { Grid, SourceFile } from "../grid/grid";
import type { TrackerRead } from "../import/trackerWorkbook";
import type { LogEntry } from "../model/log";
import type { SheetPlan } from "../workbook/plan";
import { takeSnapshot, type Snapshot } from "./snapshot";
import { isSnapshotSheet, planSnapshotSheet, readSnapshotSheet, type SnapshotProblem } from "./snapshotSheet";

export const snapshotGrids = (src: SourceFile): Grid[] => src.sheets.filter(isSnapshotSheet);

/** Every readable snapshot by its date, or the first cell that does not read (a person edited the sheet). */
export function readSnapshots(src: SourceFile): { readonly snapshots: Map<string, Snapshot> } | { readonly problem: SnapshotProblem } {
  const snapshots = new Map<string, Snapshot>();
  for (const grid of snapshotGrids(src)) {
    const read = readSnapshotSheet(grid);
    if (read === null) continue;
    if ("problem" in read) return { problem: read.problem };
    snapshots.set(read.snapshot.asOf, read.snapshot);
  }
  return { snapshots };
}

export interface NewSnapshot {
  readonly snapshot: Snapshot;
  /** The hidden sheet; one of the same date is replaced by it. */
  readonly sheet: SheetPlan;
  /** The Log sheet's "snapshot" line. */
  readonly entry: LogEntry;
  /** The tracker's other snapshot sheets, as they are. */
  readonly kept: Grid[];
  /** Whether the tracker held a snapshot of the same date, which the new one replaces. */
  readonly replaced: boolean;
}

export function newSnapshot(src: SourceFile, read: TrackerRead, at: { readonly asOf: string; readonly label: string; readonly now: string; readonly by: string }): NewSnapshot {
  const snapshot = takeSnapshot(read.recommendations, { asOf: at.asOf, label: at.label });
  const all = snapshotGrids(src);
  const kept = all.filter((g) => sameDay(g) !== snapshot.asOf);
  const entry: LogEntry = { at: at.now, action: "snapshot", by: at.by, recordId: null, field: null, oldValue: null, newValue: snapshot.asOf, note: snapshot.label || null };
  return { snapshot, sheet: planSnapshotSheet(snapshot, read.lang), entry, kept, replaced: kept.length < all.length };
}

const sameDay = (grid: Grid): string | null => {
  const read = readSnapshotSheet(grid);
  return read !== null && "snapshot" in read ? read.snapshot.asOf : null;
};
