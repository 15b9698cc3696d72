/** The ReportEngine as calls into the report worker (report.worker.ts). */
import { workerClient } from "../engine/workerClient";
import type { ReportEngine, TrackerSummary } from "./reportHost";

/**
 * The worker keeps the tracker it parsed; a cancel (or a crash) ends the worker and that tracker with it, while the
 * pane still shows it loaded. So the engine keeps the last tracker file loaded and, when the worker no longer holds
 * it, loads it again before building from it. (The pane runs one job at a time, so calls never overlap.)
 */
export function reportEngine(makeWorker: () => Worker): ReportEngine {
  /** The loadTracker arguments of the tracker the pane shows; null when it shows none. */
  let tracker: readonly unknown[] | null = null;
  /** Whether the current worker holds that tracker. */
  let held = false;
  const { call, cancel } = workerClient(makeWorker, () => {
    held = false;
  });

  // A file that cannot be read throws before the worker changes anything, so `held` stays as it was.
  const load = async (args: readonly unknown[]): Promise<TrackerSummary | null> => {
    const summary = await call<TrackerSummary | null>("loadTracker", args);
    held = summary !== null;
    return summary;
  };

  const fromTracker = async <T>(job: string, args: readonly unknown[]): Promise<T> => {
    if (!held && tracker) await load(tracker);
    return call<T>(job, args);
  };

  return {
    loadTracker: async (file, bytes, today, lang) => {
      const args = [file, bytes, today, lang];
      const summary = await load(args);
      tracker = summary ? args : null;
      return summary;
    },
    buildSection: (request) => fromTracker("buildSection", [request]),
    rebuildSections: (tags, specs) => fromTracker("rebuildSections", [tags, specs]),
    cancel,
  };
}
