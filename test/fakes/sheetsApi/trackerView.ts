/** Test and bench helpers that read the tracker in the fake the way a person checks it: by Tracker ID and header. */
import { cellAddress } from "../../../shared/grid/address";
import type { FakeSheetsApi } from "./server";
import type { Conflict } from "../../../cli/sheets/writeTracker";

export interface TrackerView {
  readonly headers: readonly string[];
  readonly rows: readonly string[][];
  /** 0-based sheet row of each Tracker ID (the first one, if duplicated). */
  readonly rowOf: ReadonlyMap<string, number>;
  /** Tracker IDs seen more than once: must stay 0. */
  readonly duplicates: number;
}

export function trackerView(api: FakeSheetsApi, trackerId: string, sheet = "Recommendations"): TrackerView {
  const values = api.store.values(trackerId, sheet);
  const [headers = [], ...rows] = values;
  const rowOf = new Map<string, number>();
  let duplicates = 0;
  rows.forEach((r, i) => {
    const id = r[0] ?? "";
    if (!id) return;
    if (rowOf.has(id)) duplicates++;
    else rowOf.set(id, i + 1);
  });
  return { headers, rows, rowOf, duplicates };
}

/** The row (0-based, in the sheet) of the recommendation whose text is `text`. */
export function rowOfText(view: TrackerView, text: string): number {
  const col = view.headers.indexOf("Recommendation");
  const i = view.rows.findIndex((r) => r[col] === text);
  if (i < 0) throw new Error(`no row for ${text}`);
  return i + 1;
}

/**
 * Institution updates that are neither in the tracker nor reported as a conflict on their cell: must stay 0.
 * `updates` name each record by its text and the status label the institution wrote.
 */
export function lostUpdates(view: TrackerView, updates: readonly { text: string; status: string }[], conflicts: readonly Conflict[]): number {
  const statusCol = view.headers.indexOf("Implementation status");
  const conflicted = new Set(conflicts.map((c) => `${c.sheet}!${c.cell}`));
  return updates.filter((u) => {
    const row = rowOfText(view, u.text);
    return view.rows[row - 1]![statusCol] !== u.status && !conflicted.has(`Recommendations!${cellAddress(row, statusCol)}`);
  }).length;
}
