/** Reads spreadsheets into the engine's SourceFile: an institution's tabs with one batchGet, the tracker in one call. */
import type { SourceFile } from "../../shared/grid/grid";
import { quoteSheet } from "../../shared/grid/address";
import { toGrid } from "./cells";
import type { ApiValue, SheetData, SheetsPort } from "./sheetsPort";

export interface InstitutionRead {
  readonly id: string;
  readonly source: SourceFile;
  /** The Problems tab written back by an earlier run: its id and content, or null. */
  readonly problems: { readonly sheetId: number; readonly rows: ApiValue[][] } | null;
  readonly sheetIds: readonly number[];
}

/** Two calls: the tab names, then every tab's values in one batchGet. The Problems tab is ours, not data. */
export async function readInstitution(port: SheetsPort, id: string, file: (title: string) => string, problemsTitles: ReadonlySet<string>): Promise<InstitutionRead> {
  const meta = await port.getSpreadsheet(id, false);
  const tabs = meta.sheets;
  const values = tabs.length > 0 ? await port.batchGet(id, tabs.map((t) => quoteSheet(t.title)), "formatted") : [];
  const problemsAt = tabs.findIndex((t) => problemsTitles.has(t.title));
  const data = tabs.map((t, i) => ({ tab: t, rows: values[i] ?? [] })).filter((_, i) => i !== problemsAt);
  return {
    id,
    source: { file: file(meta.title), sheets: data.map((d) => toGrid(d.tab.title, d.rows)) },
    problems: problemsAt >= 0 ? { sheetId: tabs[problemsAt]!.sheetId, rows: values[problemsAt] ?? [] } : null,
    sheetIds: tabs.map((t) => t.sheetId),
  };
}

export interface TrackerSnapshot {
  readonly title: string;
  readonly sheets: readonly SheetData[];
  /** Raw values per tab title, as first read: the base the conflict check compares with. */
  readonly values: ReadonlyMap<string, ApiValue[][]>;
}

/** One call: the tracker's tabs with their values (grid data), so the first read costs a single request. */
export async function readTracker(port: SheetsPort, id: string): Promise<TrackerSnapshot> {
  const book = await port.getSpreadsheet(id, true);
  return { title: book.title, sheets: book.sheets, values: new Map(book.sheets.map((s) => [s.title, s.rows ?? []])) };
}

export const trackerSource = (t: TrackerSnapshot): SourceFile => ({ file: t.title, sheets: t.sheets.map((s) => toGrid(s.title, s.rows ?? [])) });
