/** Split in a worker: the tracker in the workbook planned into one pack per institution, each written to .xlsx bytes. */
import { readTrackerWorkbook } from "../../shared/import/trackerWorkbook";
import { planPacks } from "../../shared/packs";
import type { Engine, Progress, SplitPack } from "../host";
import { packBytes } from "../files/packBytes";

export async function splitPackFiles(req: Parameters<Engine["splitPacks"]>[0], onProgress: Progress): Promise<SplitPack[] | null> {
  const tracker = readTrackerWorkbook(req.workbook);
  if (!tracker) return null;
  const planned = planPacks(tracker.recommendations, { lang: req.packLang ?? tracker.lang, deadline: req.deadline ?? null, issuedAt: req.now, trackerId: req.workbook.file });
  const packs: SplitPack[] = [];
  for (const { plan, ...pack } of planned) {
    onProgress(packs.length, planned.length);
    packs.push({ ...pack, bytes: await packBytes(plan) });
  }
  return packs;
}
