/** `npm run bench:packs`: split and merge of a generated 5,000-recommendation tracker across 60 institutions (target < 20 s). */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Activity, ActivityId, Recommendation, RecommendationId } from "../shared/model/tracker";
import { rollup } from "../shared/rollup/rollup";
import { planWorkbook } from "../shared/workbook/planWorkbook";
import { main } from "../cli/main";
import type { Io } from "../cli/io/console";
import { writeWorkbook } from "../cli/write/writeXlsx";

const RECOMMENDATIONS = 5_000;
const INSTITUTIONS = Array.from({ length: 60 }, (_, i) => `Ministère n° ${i + 1}`);
const root = path.resolve(__dirname, "..", "..");
const work = path.join(root, ".bench", "packs");
const STATUSES = ["not_started", "in_progress", "partially_implemented", "implemented"] as const;

const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

function record(i: number): Recommendation {
  const source = { file: "bench.xlsx", sheet: "Suivi", row: i + 2 };
  const lead = INSTITUTIONS[i % 60]!;
  const activities: Activity[] = Array.from({ length: 1 + (i % 2) }, (_, a) => ({ id: `R${i}/A${a}` as ActivityId, text: `Activité ${a} de la recommandation ${i}`, status: "planned", deadline: "2026-12-31", institution: lead, asWritten: {}, source: null }));
  return {
    id: `R${i}` as RecommendationId, ref: String(i), text: `Renforcer la protection — recommandation synthétique n° ${i}`, mechanism: "UPR", symbol: "A/HRC/99/1", paragraph: `120.${i}`, cycle: 4, year: 2024,
    recommendingStates: ["France"], response: "supported", status: STATUSES[i % 4]!, statusOverride: null, themes: ["Justice"], sdgGoals: [16], sdgTargets: [], affectedPersons: [],
    institutions: [lead, INSTITUTIONS[(i * 7 + 3) % 60]!], progress: (i * 13) % 101, deadline: "2027", cluster: null, comments: i % 5 === 0 ? "Voir rapport" : null, followUp: null, indicators: null, extra: {}, asWritten: {}, activities, source, sources: [source],
  };
}

/** A focal point's answers in every pack: a status, a progress and a comment on every fourth row, one new activity. */
async function fill(file: string, out: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const recs = wb.getWorksheet("Recommendations")!;
  let edits = 0;
  for (let r = 2; r <= recs.rowCount; r += 4) {
    recs.getCell(`I${r}`).value = "Implemented";
    recs.getCell(`J${r}`).value = 100;
    recs.getCell(`K${r}`).value = `Done (row ${r})`;
    edits += 3;
  }
  const acts = wb.getWorksheet("Activities")!;
  let blank = 2;
  while (acts.getCell(`A${blank}`).value !== null) blank++;
  acts.getCell(`A${blank}`).value = String(recs.getCell("A2").value);
  acts.getCell(`C${blank}`).value = "Nouvelle activité";
  await wb.xlsx.writeFile(out);
  return edits + 1;
}

async function main_(): Promise<void> {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, "filled"), { recursive: true });
  const records = Array.from({ length: RECOMMENDATIONS }, (_, i) => record(i));
  await writeWorkbook(planWorkbook({ recommendations: records, issues: [], rollups: rollup(records, { asOf: "2026-01-01" }), log: [], lang: "en", extraColumns: [], generatedAt: "2026-01-01T00:00:00Z" }), path.join(work, "tracker.xlsx"));
  let printed = "";
  const io: Io = { out: (t) => void (printed += t), err: (t) => process.stderr.write(t), errIsTty: false, cwd: work, now: () => new Date().toISOString(), env: {} };

  let start = process.hrtime.bigint();
  const split = await main(["packs", "split", "tracker.xlsx", "-o", "packs", "--deadline", "2026-06-30"], io);
  const splitSeconds = seconds(start);
  const packs = fs.readdirSync(path.join(work, "packs"));
  if (split !== 0) throw new Error(`split failed: ${printed}`);

  let edits = 0;
  for (const p of packs) edits += await fill(path.join(work, "packs", p), path.join(work, "filled", p));
  start = process.hrtime.bigint();
  const merge = await main(["packs", "merge", "tracker.xlsx", ...packs.map((p) => path.join("filled", p)), "-o", "merged.xlsx", "--json", "merge.json"], io);
  const mergeSeconds = seconds(start);
  if (merge !== 0) throw new Error(`merge failed: ${printed}`);
  const report = JSON.parse(fs.readFileSync(path.join(work, "merge.json"), "utf8")) as { applied: unknown[]; rejected: unknown[]; conflicts: unknown[] };

  const figures: Record<string, string> = {
    "tracker": `${RECOMMENDATIONS.toLocaleString("en")} recommendations, ${records.reduce((n, r) => n + r.activities.length, 0).toLocaleString("en")} activities, ${INSTITUTIONS.length} institutions`,
    "split (read tracker → 60 packs)": `${splitSeconds.toFixed(2)} s  (${packs.length} files)`,
    "merge (60 packs → merged tracker)": `${mergeSeconds.toFixed(2)} s  (${edits.toLocaleString("en")} edits sent)`,
    "applied / rejected / conflicts": `${report.applied.length} / ${report.rejected.length} / ${report.conflicts.length}`,
    "split + merge": `${(splitSeconds + mergeSeconds).toFixed(2)} s  (target < 20 s)`,
    "peak resident memory": `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  };
  process.stdout.write("\nInstitution packs\n");
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`  ${k.padEnd(36)} ${v}\n`);
}

main_().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
