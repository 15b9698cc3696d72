/// <reference types="google-apps-script" />
/**
 * The trigger's handler: an edit in the Recommendations or Activities sheet becomes a Log row with who (where the
 * domain shares it), when, the field and the old and new value. Sheets gives the old value only for a single cell:
 * a paste or fill over several cells is logged as one row naming the area, and the next refresh compares those
 * cells with the snapshot for their old values. Reads the layout the add-on remembered, not the Settings sheet.
 */
import { cellText } from "../../../shared/grid/cellText";
import type { LogEntry } from "../../../shared/model/log";
import { withDocumentLock } from "../adapter/documentLock";
import { readCell } from "../adapter/cells";
import { say, userEmail, userLang } from "../addon/user";
import { cachedLayout, type TrackerLayout } from "../tracker/layout";
import { appendLog } from "./appendLog";
import { fieldLabel, type WatchedSheet } from "./watched";

type EditEvent = Pick<GoogleAppsScript.Events.SheetsOnEdit, "range" | "oldValue" | "value">;

const RECORD_SHEETS: readonly WatchedSheet[] = ["recommendations", "activities"];

function singleCellEntry(e: EditEvent, edited: GoogleAppsScript.Spreadsheet.Sheet, sheet: WatchedSheet, layout: TrackerLayout, base: Pick<LogEntry, "at" | "by">): LogEntry {
  const keys = layout.columns[sheet] ?? [];
  const [row, col] = [e.range.getRow(), e.range.getColumn()];
  // The row's ID (and activity ID) in one read; the header row has none.
  const cells = row > 1 ? edited.getRange(row, 1, 1, Math.max(keys.length, 1)).getValues()[0] ?? [] : [];
  const text = (key: string): string => cellText(readCell(cells[keys.indexOf(key)]));
  const field = keys[col - 1] ?? e.range.getA1Notation();
  const activityId = sheet === "activities" ? text("activityId") : "";
  const value = (v: unknown): string | null => (v === undefined || v === null || v === "" ? null : String(v));
  return { ...base, action: "edit", recordId: text("id") || null, field: fieldLabel(field, activityId), oldValue: value(e.oldValue), newValue: value(e.value), note: null };
}

/** The Log row for an edit of the tracker's record sheets (null elsewhere, or without a tracker); writes nothing. */
export function editEntry(e: EditEvent): { readonly layout: TrackerLayout; readonly entry: LogEntry } | null {
  const layout = cachedLayout();
  if (!layout) return null;
  const edited = e.range.getSheet();
  const name = edited.getName();
  const sheet = RECORD_SHEETS.find((s) => layout.names[s] === name);
  if (!sheet) return null;
  const lang = userLang();
  const base = { at: new Date().toISOString(), by: userEmail(lang) };
  const cells = e.range.getNumRows() * e.range.getNumColumns();
  const entry: LogEntry = cells === 1
    ? singleCellEntry(e, edited, sheet, layout, base)
    : { ...base, action: "edit", recordId: null, field: `${name}!${e.range.getA1Notation()}`, oldValue: null, newValue: null, note: say(lang, "changeLog.multiCellNote", { cells }) };
  return { layout, entry };
}

/** The trigger's work: the edit's Log row appended under the document lock; the entry, or null when none was. */
export function logEdit(e: EditEvent): LogEntry | null {
  const found = editEntry(e);
  return found && withDocumentLock(() => (appendLog(found.layout, [found.entry]) ? found.entry : null));
}
