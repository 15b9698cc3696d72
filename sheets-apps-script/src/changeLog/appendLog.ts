/// <reference types="google-apps-script" />
/**
 * Appends entries under the tracker's Log sheet, in its column order, in one block: every value as text ("@"),
 * so an old value such as "=A1" or "12" is kept as written. The caller holds the document lock.
 */
import type { LogEntry } from "../../../shared/model/log";
import { LOG_KEYS } from "../../../shared/workbook/columns";
import { TEXT_FORMAT } from "../adapter/cells";
import { ensureSize } from "../adapter/sheetFeatures";
import type { TrackerLayout } from "../tracker/layout";

/** False when the tracker has no Log sheet (deleted by hand): nothing is written. */
export function appendLog(layout: TrackerLayout, entries: readonly LogEntry[]): boolean {
  if (entries.length === 0) return true;
  const sheet = layout.names.log ? SpreadsheetApp.getActive().getSheetByName(layout.names.log) : null;
  if (!sheet) return false;
  const keys = layout.columns.log ?? LOG_KEYS;
  const values = entries.map((e) => keys.map((k) => (k in e ? (e[k as keyof LogEntry] ?? "") : "")));
  const top = sheet.getLastRow() + 1;
  ensureSize(sheet, top + values.length - 1, keys.length);
  const range = sheet.getRange(top, 1, values.length, keys.length);
  range.setNumberFormats(values.map((row) => row.map(() => TEXT_FORMAT)));
  range.setValues(values);
  return true;
}
