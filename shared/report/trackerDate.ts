/** The tracker's data date: the day its Settings sheet says it was generated, read from the workbook as data. */
import { cellText } from "../grid/cellText";
import type { SourceFile } from "../grid/grid";
import { findSettings } from "../workbook/read/settings";
import { SETTING } from "../workbook/settingsKeys";

/** "YYYY-MM-DD", or null when the tracker does not record a readable one. */
export function trackerDataDate(src: SourceFile): string | null {
  const row = findSettings(src)?.rows.find((r) => cellText(r[0] ?? null) === SETTING.generatedAt);
  const day = cellText(row?.[1] ?? null).slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}
