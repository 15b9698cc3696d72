/** Reads the Change log sheet back into LogEntry rows, long values re-joined. */
import { cellText } from "../../grid/cellText";
import { isBlank, type Grid } from "../../grid/grid";
import type { LogEntry } from "../../model/log";
import { LOG_KEYS } from "../columns";
import { ownerKey, type LongTextIndex } from "./longTextIndex";
import { fullCell, isBlankRow } from "./rowCells";

export function readLog(grid: Grid | undefined, keys: readonly string[], longTexts: LongTextIndex): LogEntry[] {
  if (!grid) return [];
  const entries: LogEntry[] = [];
  for (let r = 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (!cells || isBlankRow(cells)) continue;
    const stored = longTexts.get(ownerKey("log", "", "", r + 1));
    const get = (key: (typeof LOG_KEYS)[number]): string | null => {
      const value = fullCell(cells[keys.indexOf(key)], stored?.get(key));
      return isBlank(value) ? null : cellText(value);
    };
    entries.push({
      at: get("at") ?? "",
      action: get("action") ?? "",
      by: get("by") ?? "",
      recordId: get("recordId"),
      field: get("field"),
      oldValue: get("oldValue"),
      newValue: get("newValue"),
      note: get("note"),
    });
  }
  return entries;
}
