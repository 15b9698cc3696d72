/** The workbook planner's public entry: plan a tracker, its types, and the pure host that turns a plan into grids. */
export { planWorkbook, extraColumnsOf } from "./planWorkbook";
export { planToSourceFile, sheetToGrid } from "./planToSourceFile";
export { TRACKER_MARKER } from "./settingsKeys";
export { sheetNames, sheetRef, TABLE_NAMES } from "./sheetNames";
export { CELL_TEXT_LIMIT, VALIDATION_HEADROOM, MAX_NOTES, DATE_FORMAT } from "./limits";
export type * from "./plan";
export { SHEET_ROLES } from "./plan";
