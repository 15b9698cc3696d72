/**
 * The engine's jobs, once: each Engine method (cancel aside) as the flow it runs. The worker serves this table and
 * the Sheets sidebar runs it in the page; the page side of the worker calls the jobs by name (jobNames.ts).
 */
import { acceptSuggestions, analyseConvert, fixIssue, refreshDashboard, reviewSuggestions, sourceSheets, validateTracker } from "../../shared/flows";
import { changesSinceSnapshot, exportCsv, institutionReminders, takeSnapshotPlan } from "../../shared/flows/history";
import type { Engine } from "../host";
import { readImportFile } from "./readImportFile";
import { readPackFiles } from "./readPackFiles";
import type { JobName } from "./jobNames";
import { splitPackFiles } from "./splitPackFiles";

/** A job takes the method's arguments (a progress callback last, for the jobs that report one). */
export type EngineJobs = { readonly [K in JobName]: (...args: Parameters<Engine[K]>) => Awaited<ReturnType<Engine[K]>> | ReturnType<Engine[K]> };

export const ENGINE_JOBS: EngineJobs = {
  sources: (workbook) => sourceSheets(workbook),
  convert: (req, onProgress) => analyseConvert({ ...req, onProgress }),
  validate: (req) => validateTracker(req),
  fix: (req, issue) => fixIssue(req, issue),
  dashboard: (req) => refreshDashboard(req),
  checkPacks: (req) => readPackFiles(req),
  splitPacks: (req, onProgress) => splitPackFiles(req, onProgress),
  reviewSuggestions: (req) => reviewSuggestions(req),
  acceptSuggestions: (req) => acceptSuggestions(req),
  importFile: (req, onProgress) => readImportFile(req, onProgress),
  takeSnapshot: (req) => takeSnapshotPlan(req),
  changesSince: (req) => changesSinceSnapshot(req),
  reminders: (req) => institutionReminders(req),
  exportCsv: (req) => exportCsv(req),
};
