/// <reference types="google-apps-script" />
/**
 * Where the tracker is in the open spreadsheet: its language, sheet names and column keys, read from its hidden
 * Settings sheet (found by its name in any of the tracker languages). A copy is kept in the document properties
 * for the on-edit trigger, which runs on every edit and must not read the Settings sheet each time.
 */
import type { SourceFile } from "../../../shared/grid/grid";
import { LANGS, type Lang } from "../../../shared/model/codes";
import type { SheetRole } from "../../../shared/workbook/plan";
import { readSettings } from "../../../shared/workbook/read/settings";
import type { KeyedSheet } from "../../../shared/workbook/settingsKeys";
import { sheetNames } from "../../../shared/workbook/sheetNames";
import { activeDocument, type ActiveDocument } from "../adapter/activeDocument";
import { MissingSheetError, readSpreadsheetGrids, sheetTitles } from "../adapter/readSpreadsheetGrids";

export interface TrackerLayout {
  readonly lang: Lang;
  readonly names: Readonly<Partial<Record<SheetRole, string>>>;
  readonly columns: Readonly<Partial<Record<KeyedSheet, readonly string[]>>>;
}

const KEY = "nmirf.layout";

const SETTINGS_NAMES = new Set(LANGS.map((l) => sheetNames(l).settings));

/** The layout a tracker's Settings sheet describes (null when the file holds none this add-on can read). */
export function layoutOf(src: SourceFile): TrackerLayout | null {
  const settings = readSettings(src);
  if (!settings?.lang || !settings.names.recommendations) return null;
  return { lang: settings.lang, names: settings.names, columns: settings.columns };
}

export function rememberLayout(layout: TrackerLayout, doc: ActiveDocument = activeDocument()): void {
  doc.props().setProperty(KEY, JSON.stringify(layout));
}

/** Read from the Settings sheet (no per-row call), and remembered for the trigger. */
export function readLayout(doc: ActiveDocument = activeDocument()): TrackerLayout | null {
  const names = sheetTitles(doc).filter((n) => SETTINGS_NAMES.has(n));
  for (const name of names) {
    const layout = layoutOf(readSpreadsheetGrids({ sheets: [name] }, doc));
    if (layout) {
      rememberLayout(layout, doc);
      return layout;
    }
  }
  return null;
}

/** The remembered layout, else read afresh. */
export function cachedLayout(): TrackerLayout | null {
  const saved = PropertiesService.getDocumentProperties().getProperty(KEY);
  return saved === null ? readLayout() : (JSON.parse(saved) as TrackerLayout);
}

/** The tracker's sheets by role, after the `before` sheets (read in the same go). */
export function readTrackerSheets(layout: TrackerLayout, roles: readonly SheetRole[], doc: ActiveDocument = activeDocument(), before: readonly string[] = []): SourceFile {
  const names = [...before, ...roles.map((r) => layout.names[r]).filter((n): n is string => n !== undefined)];
  try {
    return readSpreadsheetGrids({ sheets: names }, doc);
  } catch (error) {
    // Someone deleted or renamed one of them: the others are read (listing the sheets only then saves calls).
    if (!(error instanceof MissingSheetError)) throw error;
    const present = new Set(sheetTitles(doc));
    return readSpreadsheetGrids({ sheets: names.filter((n) => present.has(n)) }, doc);
  }
}
