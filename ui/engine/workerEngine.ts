/** The tracker Engine as calls into the engine worker (engine.worker.ts). */
import type { Engine } from "../host";
import { workerClient } from "./workerClient";

export function workerEngine(makeWorker: () => Worker): Engine {
  const { call, cancel } = workerClient(makeWorker);
  return {
    sources: (workbook) => call("sources", [workbook]),
    convert: (req, onProgress) => call("convert", [req], onProgress),
    validate: (req) => call("validate", [req]),
    fix: (req, issue) => call("fix", [req, issue]),
    dashboard: (req) => call("dashboard", [req]),
    checkPacks: (req) => call("checkPacks", [req]),
    splitPacks: (req, onProgress) => call("splitPacks", [req], onProgress),
    reviewSuggestions: (req) => call("reviewSuggestions", [req]),
    acceptSuggestions: (req) => call("acceptSuggestions", [req]),
    importFile: (req, onProgress) => call("importFile", [req], onProgress),
    takeSnapshot: (req) => call("takeSnapshot", [req]),
    changesSince: (req) => call("changesSince", [req]),
    reminders: (req) => call("reminders", [req]),
    exportCsv: (req) => call("exportCsv", [req]),
    cancel,
  };
}
