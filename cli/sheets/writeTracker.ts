/**
 * Writes a run's changes to the tracker spreadsheet without overwriting anyone: the tabs written are re-read just
 * before writing, and a cell someone changed since the first read is reported as a conflict and its row held back.
 */
import { cellAddress } from "../../shared/grid/address";
import type { SheetPlan } from "../../shared/workbook/plan";
import { quoteSheet } from "../../shared/grid/address";
import { at, cellWrites, toValueWrites, type CellWrite } from "./cellWrites";
import { chunkBySize } from "../../shared/text/chunkBySize";
import type { TrackerSnapshot } from "./readSources";
import type { ApiValue, SheetsPort } from "./sheetsPort";
import { updateCellsRequests } from "./updateCells";

export interface Conflict {
  readonly sheet: string;
  readonly cell: string;
  /** The value at the first read, the value someone wrote since, and the value this run wanted. */
  readonly before: ApiValue;
  readonly theirs: ApiValue;
  readonly ours: ApiValue;
}

export interface TrackerWrite {
  readonly cellsWritten: number;
  readonly conflicts: readonly Conflict[];
  /** Rows left as they were because one of their cells was in conflict. */
  readonly rowsHeldBack: number;
}

const rowKey = (w: { sheet: string; row: number }): string => `${w.sheet}\u0000${w.row}`;

export async function writeTracker(port: SheetsPort, id: string, snapshot: TrackerSnapshot, plan: readonly SheetPlan[]): Promise<TrackerWrite> {
  const writes = cellWrites(plan, snapshot.values);
  if (writes.length === 0) return { cellsWritten: 0, conflicts: [], rowsHeldBack: 0 };
  const existing = new Set(snapshot.sheets.map((s) => s.title));
  const conflicts = await findConflicts(port, id, writes.filter((w) => existing.has(w.sheet)));
  const held = new Set(conflicts.map((c) => rowKey(c.write)));
  const safe = writes.filter((w) => !held.has(rowKey(w)));
  const missing = plan.filter((s) => !existing.has(s.name)).map((s) => s.name);
  if (missing.length > 0) await addSheetsAndWrite(port, id, snapshot, missing, safe);
  else for (const data of chunkBySize(toValueWrites(safe))) await port.updateValues(id, data);
  return {
    cellsWritten: safe.length,
    conflicts: conflicts.map(({ write: w, theirs }) => ({ sheet: w.sheet, cell: cellAddress(w.row, w.col), before: w.before, theirs, ours: w.value })),
    rowsHeldBack: held.size,
  };
}

/** One batchGet of the tabs about to be written; a cell that moved away from its first-read value is a conflict. */
async function findConflicts(port: SheetsPort, id: string, writes: readonly CellWrite[]): Promise<{ write: CellWrite; theirs: ApiValue }[]> {
  const tabs = [...new Set(writes.map((w) => w.sheet))];
  if (tabs.length === 0) return [];
  const now = await port.batchGet(id, tabs.map(quoteSheet), "unformatted");
  const reread = new Map(tabs.map((t, i) => [t, now[i] ?? []]));
  return writes
    .map((write) => ({ write, theirs: at(reread.get(write.sheet), write.row, write.col) }))
    // Someone writing the very value this run wanted is agreement, not a conflict.
    .filter(({ write, theirs }) => theirs !== write.before && theirs !== write.value);
}

/** New tabs and their cells in one atomic spreadsheets.batchUpdate (then further ones only past 2 MB). */
async function addSheetsAndWrite(port: SheetsPort, id: string, snapshot: TrackerSnapshot, missing: readonly string[], writes: readonly CellWrite[]): Promise<void> {
  let next = Math.max(0, ...snapshot.sheets.map((s) => s.sheetId)) + 1;
  const ids = new Map(snapshot.sheets.map((s) => [s.title, s.sheetId]));
  const adds = missing.map((title) => {
    ids.set(title, next);
    return { addSheet: { properties: { sheetId: next++, title } } };
  });
  const [first = [], ...rest] = chunkBySize([...adds, ...updateCellsRequests(toValueWrites(writes), ids)]);
  await port.batchUpdate(id, first);
  for (const requests of rest) await port.batchUpdate(id, requests);
}
