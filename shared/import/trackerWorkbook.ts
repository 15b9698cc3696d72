/**
 * Recognises a tracker workbook written by these tools (by its Settings sheet, whatever its language) and reads
 * it back into records, log and extra columns — exactly what was planned, with no guessing: a cell that does not
 * read as its column's kind is kept as written.
 */
import type { Grid, SourceFile } from "../grid/grid";
import type { Lang } from "../model/codes";
import { activityColumnKeys, LOG_KEYS, LONG_TEXT_KEYS, recommendationColumnKeys } from "../workbook/columns";
import type { SheetRole } from "../workbook/plan";
import { longTextIndex } from "../workbook/read/longTextIndex";
import { problemAt } from "../workbook/read/problems";
import { readActivities } from "../workbook/read/readActivities";
import { readLog } from "../workbook/read/readLog";
import { readRecommendations, type SheetReadContext } from "../workbook/read/readRecommendations";
import { readSuggestedClusters } from "../workbook/read/readSuggestedClusters";
import { readSettings, type TrackerSettings } from "../workbook/read/settings";
import type { TrackerProblem, TrackerRead } from "../workbook/read/types";

export type { TrackerProblem, TrackerProblemCode, TrackerRead } from "../workbook/read/types";

function sheetOf(src: SourceFile, settings: TrackerSettings, role: SheetRole, problems: TrackerProblem[]): Grid | undefined {
  const name = settings.names[role];
  const grid = name === undefined ? undefined : src.sheets.find((g) => g.name === name);
  if (!grid && (role === "recommendations" || role === "activities")) {
    problems.push(problemAt("tracker.missingSheet", name ?? role, 0, 0, role, name ?? ""));
  }
  return grid;
}

/** Whether the workbook holds a tracker, from its Settings sheet alone (no record is read). */
export const isTrackerWorkbook = (src: SourceFile): boolean => readSettings(src) !== null;

/** The language the tracker is written in, from its Settings sheet alone; null when there is no tracker. */
export function trackerLang(src: SourceFile): Lang | null {
  const settings = readSettings(src);
  return settings ? langOf(settings) : null;
}

/** A language the Settings sheet names and no reader knows is read as English (and reported by readTrackerWorkbook). */
const langOf = (settings: TrackerSettings): Lang => settings.lang ?? "en";

export function readTrackerWorkbook(src: SourceFile): TrackerRead | null {
  const settings = readSettings(src);
  if (!settings) return null;
  const problems: TrackerProblem[] = [];
  if (settings.lang === null) problems.push(problemAt("tracker.unknownLang", settings.grid.name, 2, 1, "lang", settings.rawLang));
  const lang = langOf(settings);
  const { extraColumns } = settings;
  const roleOf = new Map(Object.entries(settings.names).map(([role, name]) => [name, role as SheetRole]));
  const longTexts = longTextIndex(sheetOf(src, settings, "longTexts", problems), settings.columns.longTexts ?? LONG_TEXT_KEYS, roleOf);
  const base = { file: src.file, lang, extraColumns, longTexts, problems };
  const recCtx: SheetReadContext = { ...base, keys: settings.columns.recommendations ?? recommendationColumnKeys(extraColumns.length) };
  const recGrid = sheetOf(src, settings, "recommendations", problems);
  const recommendations = readRecommendations(recGrid, recCtx);
  const actCtx: SheetReadContext = { ...base, keys: settings.columns.activities ?? activityColumnKeys() };
  const orphanActivities = readActivities(sheetOf(src, settings, "activities", problems), recommendations, actCtx);
  const log = readLog(sheetOf(src, settings, "log", problems), settings.columns.log ?? LOG_KEYS, longTexts);
  const suggestedClusters = readSuggestedClusters(recGrid, recCtx.keys);
  return { recommendations, log, extraColumns, lang, schemaVersion: settings.version, problems, orphanActivities, suggestedClusters };
}
