/** Which sheets of a workbook the user may convert: not the tracker's own sheets, nor its snapshots. */
import type { SourceFile } from "../grid/grid";
import { isSnapshotSheet } from "../history/snapshotSheet";
import { trackerLang } from "../import/trackerWorkbook";
import { LANGS } from "../model/codes";
import { sheetNames } from "../workbook/sheetNames";

export function sourceSheets(workbook: SourceFile): string[] {
  const lang = trackerLang(workbook);
  // A tracker written in one language and renamed in none: its sheet names are those of its language; any
  // language's names are skipped when there is no tracker yet, since a half-deleted tracker is no source either.
  const taken = new Set((lang ? [lang] : LANGS).flatMap((lang) => Object.values(sheetNames(lang))));
  return workbook.sheets.filter((g) => !taken.has(g.name) && !isSnapshotSheet(g)).map((g) => g.name);
}
