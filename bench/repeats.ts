/** `npm run bench:repeats`: precision and recall of repeat detection on the cross-cycle repeats of the UPR Info data. */
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { defaultAnalyzer } from "../shared/analyze/defaultAnalyzer";
import { similarityVector, textIndex } from "../shared/analyze/cluster";
import { linkRepeats, mergeSponsors, REPEAT_DEFAULTS, reviewedState, reviewOf, type Related } from "../shared/analyze/repeat";
import { emptyRecommendation } from "../shared/model/emptyRecommendation";
import type { Recommendation, RecommendationId } from "../shared/model/tracker";
import { textKey } from "../shared/vocab/text";
import { DATA } from "./analyzeData";

/** Words by which a recommendation says it repeats one of the previous cycle. */
const SAYS_REPEAT = /\b(previous(ly)?|first (cycle|review|upr)|last (review|upr)|earlier (review|recommendation)|reiterat\w*|as recommended)\b/i;

interface Row {
  readonly rec: Recommendation;
  /** UPR Info's human coding, never seen by the linker. */
  readonly issues: readonly string[];
  readonly action: string;
}

function readRows(): Row[] {
  const csv = fs.readFileSync(path.join(DATA, "upr-info/recommendations.csv"), "utf8");
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data.filter((r) => r.text.trim() !== "");
  return rows.map((r, i) => {
    const rec = emptyRecommendation({ file: "recommendations.csv", sheet: "", row: i + 2 });
    rec.id = r.uid as RecommendationId;
    rec.text = r.text;
    rec.mechanism = "UPR";
    rec.symbol = `session ${r.session}`;
    rec.cycle = Number(r.cycle);
    rec.year = Number(r.review_year);
    rec.recommendingStates = [r.recommending_state];
    rec.extra = { state_under_review: r.state_under_review };
    return { rec, issues: r.issues.split("|").filter((s) => s !== ""), action: r.action_category };
  });
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function main(): void {
  if (!fs.existsSync(DATA)) {
    console.log(`bench:repeats skipped: ${DATA} is absent.`);
    return;
  }
  console.log("method: UPR Info rows (one per recommending State) merged into recommendations, linked without labels; gold pairs come from identical texts and from texts that say they repeat; precision is judged against UPR Info's own coding.");
  const rows = readRows();
  const labels = new Map(rows.map((r) => [r.rec.id as string, r]));
  const { records } = mergeSponsors(rows.map((r) => r.rec));
  const sponsorGroups = new Set(rows.map((r) => `${reviewedState(r.rec)}|${r.rec.symbol}|${textKey(r.rec.text)}`)).size;
  console.log(`multi-sponsor merge: ${rows.length} rows → ${records.length} recommendations (distinct State/session/text: ${sponsorGroups})`);

  const analyzer = defaultAnalyzer();
  const vectors = records.map((r) => similarityVector(analyzer.vector(r.text), r.text));
  const start = process.hrtime.bigint();
  const index = textIndex(vectors, records.map(reviewedState));
  console.log(`neighbour index of ${records.length} recommendations in ${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(2)} s (${index.graph.comparisons} exact comparisons)`);
  const items = records.map((r) => ({ id: r.id, subject: reviewedState(r), review: reviewOf(r) }));
  const byId = new Map(records.map((r) => [r.id as string, r]));
  for (const paraphrase of [0.4, 0.5, REPEAT_DEFAULTS.paraphrase, 0.7]) {
    const related = linkRepeats(items, index.graph, { ...REPEAT_DEFAULTS, paraphrase, similar: Math.min(paraphrase, REPEAT_DEFAULTS.similar) });
    console.log(`\nparaphrase threshold ${paraphrase}${paraphrase === REPEAT_DEFAULTS.paraphrase ? " (default)" : ""}:`);
    const repeatsOf = (id: string): Related[] => (related.get(id) ?? []).filter((l) => l.kind === "repeat" && byId.get(l.id)?.cycle !== byId.get(id)?.cycle);
    exactRecall(records, repeatsOf);
    saysRepeatRecall(records, byId, repeatsOf);
    precision(records, labels, repeatsOf);
  }
}

/** Recall on the pairs whose text is identical across cycles for the same State under review. */
function exactRecall(records: readonly Recommendation[], repeatsOf: (id: string) => Related[]): void {
  const firstCycle = new Map<string, string[]>();
  for (const r of records) if (r.cycle === 1) firstCycle.set(`${reviewedState(r)}|${textKey(r.text)}`, [...(firstCycle.get(`${reviewedState(r)}|${textKey(r.text)}`) ?? []), r.id]);
  let gold = 0;
  let found = 0;
  for (const r of records) {
    if (r.cycle !== 2) continue;
    const twins = firstCycle.get(`${reviewedState(r)}|${textKey(r.text)}`);
    if (!twins) continue;
    gold++;
    const linked = new Set(repeatsOf(r.id).map((l) => l.id));
    if (twins.some((t) => linked.has(t))) found++;
  }
  console.log(`  recall, identical text in both cycles for the same State under review: ${pct(found / Math.max(1, gold))} of ${gold}`);
}

/**
 * Recall on paraphrases: cycle-2 recommendations that say they repeat an earlier one ("as recommended previously",
 * "reiterates"), made by a State that also recommended to that State in cycle 1; found when linked as a repeat to
 * any cycle-1 recommendation of that same recommending State.
 */
function saysRepeatRecall(records: readonly Recommendation[], byId: ReadonlyMap<string, Recommendation>, repeatsOf: (id: string) => Related[]): void {
  const madeInCycle1 = new Set<string>();
  for (const r of records) if (r.cycle === 1) for (const s of r.recommendingStates) madeInCycle1.add(`${reviewedState(r)}|${s}`);
  let gold = 0;
  let found = 0;
  for (const r of records) {
    if (r.cycle !== 2 || !SAYS_REPEAT.test(r.text)) continue;
    const states = r.recommendingStates.filter((s) => madeInCycle1.has(`${reviewedState(r)}|${s}`));
    if (states.length === 0) continue;
    gold++;
    if (repeatsOf(r.id).some((l) => byId.get(l.id)?.recommendingStates.some((s) => states.includes(s)))) found++;
  }
  console.log(`  recall, cycle-2 texts saying they repeat an earlier ask, linked to a cycle-1 text of the same recommending State: ${pct(found / Math.max(1, gold))} of ${gold} (noisy: many cite another body's advice)`);
}

/**
 * Precision against UPR Info's human coding: a cross-cycle repeat link is right when both recommendations share an
 * issue, strictly when they also got the same action category (a proxy: the coders never paired recommendations).
 */
function precision(records: readonly Recommendation[], labels: ReadonlyMap<string, Row>, repeatsOf: (id: string) => Related[]): void {
  let links = 0;
  let sameIssue = 0;
  let agreeing = 0;
  let identical = 0;
  for (const r of records) {
    if (r.cycle !== 2) continue;
    for (const l of repeatsOf(r.id)) {
      const [a, b] = [labels.get(r.id), labels.get(l.id)];
      if (!a || !b) continue;
      links++;
      if (textKey(a.rec.text) === textKey(b.rec.text)) identical++;
      if (!a.issues.some((i) => b.issues.includes(i))) continue;
      sameIssue++;
      if (a.action === b.action) agreeing++;
    }
  }
  console.log(`  precision (proxy): of ${links} cross-cycle repeat links (${identical} identical texts), ${pct(sameIssue / Math.max(1, links))} join recommendations UPR Info coded with a common issue, ${pct(agreeing / Math.max(1, links))} with a common issue and the same action category ("consider ratifying" ≠ "ratify")`);
}

main();
