/** Finds a tracker's hidden Settings sheet (by its marker, whatever the sheet's name) and reads it. */
import { cellText } from "../../grid/cellText";
import type { Grid, SourceFile } from "../../grid/grid";
import { LANGS, type Lang } from "../../model/codes";
import { SHEET_ROLES, type SheetRole } from "../plan";
import { KEYED_SHEETS, SETTING, TRACKER_MARKER, type KeyedSheet } from "../settingsKeys";

export interface TrackerSettings {
  readonly grid: Grid;
  readonly version: number;
  /** Null when the sheet names a language these tools do not know. */
  readonly lang: Lang | null;
  readonly rawLang: string;
  readonly names: Readonly<Partial<Record<SheetRole, string>>>;
  readonly columns: Readonly<Partial<Record<KeyedSheet, string[]>>>;
  readonly extraColumns: string[];
}

export const findSettings = (src: SourceFile): Grid | undefined =>
  src.sheets.find((g) => cellText(g.rows[0]?.[0] ?? null) === TRACKER_MARKER);

export function readSettings(src: SourceFile): TrackerSettings | null {
  const grid = findSettings(src);
  if (!grid) return null;
  const byKey = new Map<string, string[]>();
  for (const row of grid.rows) {
    const [key, ...values] = row.map((c) => cellText(c ?? null));
    if (key) byKey.set(key, values);
  }
  const rawLang = byKey.get(SETTING.lang)?.[0] ?? "";
  const names: Partial<Record<SheetRole, string>> = {};
  for (const role of SHEET_ROLES) {
    const name = byKey.get(SETTING.sheetPrefix + role)?.[0];
    if (name) names[role] = name;
  }
  const columns: Partial<Record<KeyedSheet, string[]>> = {};
  for (const sheet of KEYED_SHEETS) {
    const keys = byKey.get(SETTING.columnsPrefix + sheet);
    if (keys) columns[sheet] = keys;
  }
  return {
    grid,
    version: Number(grid.rows[0]?.[1] ?? 0),
    lang: (LANGS as readonly string[]).includes(rawLang) ? (rawLang as Lang) : null,
    rawLang,
    names,
    columns,
    extraColumns: byKey.get(SETTING.extraColumns) ?? [],
  };
}
