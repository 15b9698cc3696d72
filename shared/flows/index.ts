/** What the task panes and the sidebar do, as pure functions over the workbook the host read. */
export { analyseConvert, analyseImport, type ConvertAnalysis, type ConvertRequest, type ImportRequest, type RunMeta } from "./convert";
export { validateTracker, fixIssue, parseTarget, type Validation, type TrackerIssue, type CellTarget, type Fix, type SheetHighlights } from "./validate";
export { refreshDashboard, type Dashboard } from "./dashboard";
export { sourceSheets } from "./sourceSheets";
export { trackerPlan, onlySheets, sheetOf } from "./trackerPlan";
export { cellDisplay, previewRows } from "./previewRows";
export { issueCounts, type IssueCounts } from "./issueCounts";
export { loadTracker, buildSection, rebuildSections, specKey, type LoadedTracker, type BuiltSection, type RebuiltSection } from "./report";
export { checkPacks, mergePackFiles, type PacksCheck, type PacksMerged, type PackReport, type PackLine } from "./mergePackFiles";
export { takeSnapshotPlan, changesSinceSnapshot, institutionReminders, exportCsv, type SnapshotRequest, type SnapshotTaken, type ChangesRequest, type SnapshotChanges,
  type RemindersRequest, type InstitutionReminder, type HistoryProblem, type ExportRequest, type ExportFormat } from "./history";
export * from "./review";
