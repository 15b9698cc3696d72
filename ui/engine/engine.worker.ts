/** The tracker engine's worker: runs the flows off the UI thread so the pane and the host stay responsive. */
import { acceptSuggestions, analyseConvert, fixIssue, refreshDashboard, reviewSuggestions, sourceSheets, validateTracker } from "../../shared/flows";
import { changesSinceSnapshot, exportCsv, institutionReminders, takeSnapshotPlan } from "../../shared/flows/history";
import type { Engine } from "../host";
import { readImportFile } from "./readImportFile";
import { readPackFiles } from "./readPackFiles";
import { serveJobs } from "./serveJobs";
import { splitPackFiles } from "./splitPackFiles";

type Arg<F extends (...a: never[]) => unknown, I extends number = 0> = Parameters<F>[I];

serveJobs({
  sources: ([workbook]) => sourceSheets(workbook as Arg<typeof sourceSheets>),
  convert: ([req], progress) => analyseConvert({ ...(req as Arg<typeof analyseConvert>), onProgress: progress }),
  validate: ([req]) => validateTracker(req as Arg<typeof validateTracker>),
  fix: ([req, issue]) => fixIssue(req as Arg<typeof fixIssue>, issue as Arg<typeof fixIssue, 1>),
  dashboard: ([req]) => refreshDashboard(req as Arg<typeof refreshDashboard>),
  checkPacks: ([req]) => readPackFiles(req as Arg<Engine["checkPacks"]>),
  splitPacks: ([req], progress) => splitPackFiles(req as Arg<Engine["splitPacks"]>, progress),
  reviewSuggestions: ([req]) => reviewSuggestions(req as Arg<typeof reviewSuggestions>),
  acceptSuggestions: ([req]) => acceptSuggestions(req as Arg<typeof acceptSuggestions>),
  importFile: ([req], progress) => readImportFile(req as Arg<Engine["importFile"]>, progress),
  takeSnapshot: ([req]) => takeSnapshotPlan(req as Arg<typeof takeSnapshotPlan>),
  changesSince: ([req]) => changesSinceSnapshot(req as Arg<typeof changesSinceSnapshot>),
  reminders: ([req]) => institutionReminders(req as Arg<typeof institutionReminders>),
  exportCsv: ([req]) => exportCsv(req as Arg<typeof exportCsv>),
});
