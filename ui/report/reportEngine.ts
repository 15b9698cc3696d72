/** The ReportEngine as calls into the report worker (report.worker.ts). */
import { workerClient } from "../engine/workerClient";
import type { ReportEngine } from "./reportHost";

export function reportEngine(makeWorker: () => Worker): ReportEngine {
  const { call, cancel } = workerClient(makeWorker);
  return {
    loadTracker: (file, bytes, today, lang) => call("loadTracker", [file, bytes, today, lang]),
    buildSection: (request) => call("buildSection", [request]),
    rebuildSections: (tags, specs) => call("rebuildSections", [tags, specs]),
    cancel,
  };
}
