/** The report worker: parses the tracker file once and keeps it, then builds and rebuilds sections from it. */
import { buildSection, loadTracker, rebuildSections, type LoadedTracker } from "../../shared/flows";
import type { Lang } from "../../shared/model/codes";
import { codeChoices } from "../../shared/report/codeChoices";
import type { ReportSpec } from "../../shared/report/reportSpec";
import { serveJobs } from "../engine/serveJobs";
import { readImportBytes } from "../files/readImportBytes";

let tracker: LoadedTracker | null = null;

const loaded = (): LoadedTracker => {
  if (!tracker) throw new Error("no tracker loaded");
  return tracker;
};

serveJobs({
  loadTracker: async ([file, bytes, today, lang]) => {
    tracker = loadTracker(await readImportBytes(file as string, new Uint8Array(bytes as ArrayBuffer), lang as Lang), today as string);
    if (!tracker) return null;
    const { recommendations, log: _log, ...summary } = tracker;
    return { ...summary, count: recommendations.length, choices: { ...summary.choices, ...codeChoices(recommendations) } };
  },
  buildSection: ([request]) => buildSection(loaded(), request as Omit<ReportSpec, "dataDate">),
  rebuildSections: ([tags, specs]) => rebuildSections(loaded(), tags as string[], specs as Record<string, ReportSpec>),
});
