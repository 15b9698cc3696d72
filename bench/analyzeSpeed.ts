/** `npm run bench:analyze`: tag + cluster + link the UPR Info recommendations (35k) and a 100k set made from them; time and memory. */
import fs from "node:fs";
import os from "node:os";
import { emptyRecommendation } from "../shared/model/emptyRecommendation";
import type { Recommendation, RecommendationId } from "../shared/model/tracker";
import { analyzeRecords } from "../shared/track/analyzeRecords";
import { DATA, readUpr, type UprRow } from "./analyzeData";

const MB = 1024 * 1024;

function record(row: UprRow, i: number, copy: number): Recommendation {
  const rec = emptyRecommendation({ file: "recommendations.csv", sheet: "", row: i + 2 });
  rec.id = `U${copy}-${i}` as RecommendationId;
  rec.mechanism = "UPR";
  rec.cycle = Number(row.cycle) || null;
  rec.extra = { state_under_review: copy === 0 ? row.state : `${row.state} ${copy}` };
  rec.text = copy === 0 ? row.text : perturb(row.text, copy);
  return rec;
}

/** A copy reads as another State's recommendation: one word dropped and two swapped, at places set by the copy number. */
function perturb(text: string, copy: number): string {
  const words = text.split(" ");
  if (words.length < 4) return `${text} ${copy}`;
  const at = (copy * 7) % (words.length - 1);
  [words[at], words[at + 1]] = [words[at + 1], words[at]];
  words.splice((copy * 3) % words.length, 1);
  return words.join(" ");
}

/** `n` records: the real rows, then perturbed copies of them until there are enough. */
function records(rows: readonly UprRow[], n: number): Recommendation[] {
  return Array.from({ length: n }, (_, k) => record(rows[k % rows.length], k % rows.length, Math.floor(k / rows.length)));
}

const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

function measure(rows: readonly UprRow[], n: number): void {
  const recs = records(rows, n);
  const steps: Record<string, number> = {};
  const start = process.hrtime.bigint();
  const analysis = analyzeRecords(recs, { onStep: (step) => void (steps[step] = seconds(start)) });
  const total = seconds(start);
  const heap = process.memoryUsage().heapUsed / MB;
  const peak = process.resourceUsage().maxRSS / 1024;
  const links = [...analysis.related.values()].reduce((s, l) => s + l.length, 0);
  const target = n === rows.length ? 10 : n === 100_000 ? 30 : null;
  const { tagged = 0, clustered = 0 } = steps;
  console.log(
    `${String(n).padStart(7)} recommendations: tag + cluster + link ${total.toFixed(2)} s (tag ${tagged.toFixed(2)}, index + cluster ${(clustered - tagged).toFixed(2)}, link ${(total - clustered).toFixed(2)})` +
      `${target ? `, target < ${target} s: ${total < target ? "met" : "missed"}` : ""}; ${analysis.clustering.clusters.length} clusters, ${links} links, ` +
      `${analysis.clustering.comparisons} exact comparisons (${(analysis.clustering.comparisons / n).toFixed(1)} per recommendation); ` +
      `heap after ${heap.toFixed(0)} MB, peak RSS so far ${peak.toFixed(0)} MB (target < 1024 MB)`,
  );
}

function main(): void {
  if (!fs.existsSync(DATA)) {
    console.log(`bench:analyze skipped: ${DATA} is absent.`);
    return;
  }
  const rows = readUpr();
  console.log(`method: ${rows.length} UPR Info recommendations, then 100,000 made of them with a word dropped and two swapped per copy, each copy a different State under review; timings include the suggestTags tagger as it is; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} cores.`);
  for (const n of [rows.length, 100_000]) measure(rows, n);
}

main();
