/**
 * The tracker Engine run on the page's own thread, for hosts that cannot start a worker from a script URL (the
 * Sheets sidebar is one inlined page in Google's sandboxed iframe). Each job waits for a macrotask first, so the
 * pane paints its progress and Cancel before the flow blocks the thread; a cancel can therefore only come while a
 * job waits, and rejects it with CancelledError before it runs.
 */
import { acceptSuggestions, analyseConvert, fixIssue, refreshDashboard, reviewSuggestions, sourceSheets, validateTracker } from "../../shared/flows";
import { changesSinceSnapshot, exportCsv, institutionReminders, takeSnapshotPlan } from "../../shared/flows/history";
import { CancelledError, type Engine } from "../host";
import { readImportFile } from "./readImportFile";
import { readPackFiles } from "./readPackFiles";
import { splitPackFiles } from "./splitPackFiles";

export function directEngine(): Engine {
  const waiting = new Set<() => void>();

  const run = <T>(job: () => T | Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const cancel = (): void => reject(new CancelledError());
      waiting.add(cancel);
      setTimeout(() => {
        if (!waiting.delete(cancel)) return;
        try {
          resolve(job());
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }, 0);
    });

  return {
    sources: (workbook) => run(() => sourceSheets(workbook)),
    convert: (req, onProgress) => run(() => analyseConvert({ ...req, onProgress })),
    validate: (req) => run(() => validateTracker(req)),
    fix: (req, issue) => run(() => fixIssue(req, issue)),
    dashboard: (req) => run(() => refreshDashboard(req)),
    checkPacks: (req) => run(() => readPackFiles(req)),
    splitPacks: (req, onProgress) => run(() => splitPackFiles(req, onProgress)),
    reviewSuggestions: (req) => run(() => reviewSuggestions(req)),
    acceptSuggestions: (req) => run(() => acceptSuggestions(req)),
    importFile: (req, onProgress) => run(() => readImportFile(req, onProgress)),
    takeSnapshot: (req) => run(() => takeSnapshotPlan(req)),
    changesSince: (req) => run(() => changesSinceSnapshot(req)),
    reminders: (req) => run(() => institutionReminders(req)),
    exportCsv: (req) => run(() => exportCsv(req)),
    cancel: () => {
      for (const cancel of waiting) cancel();
      waiting.clear();
    },
  };
}
