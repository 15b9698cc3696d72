/**
 * `npm run bench:word`: the Word add-in's targets, printed as figures. On the strict Word fake (the real adapter):
 * round trips to insert a 500-recommendation UPR mid-term report (in French, and in Arabic as OOXML) and to refresh
 * 10 sections; in Node: the time
 * the command line takes to render a 2,000-recommendation report to .docx.
 */
import { FakeWord } from "../test/fakes/word";
import { buildReport } from "../shared/report/buildReport";
import { neverReported } from "../shared/report/lastReported";
import type { DocumentModel } from "../shared/report/documentModel";
import type { ReportSpec } from "../shared/report/reportSpec";
import { decodeSectionTag } from "../shared/report/sectionTag";
import { wordCount } from "../shared/report/wordCount";
import type { Recommendation, RecommendationId } from "../shared/model/tracker";
import { act, rec } from "../shared/rollup/testRecords";
import { insertSection } from "../word-addin/src/adapter/insertSection";
import { refreshSections } from "../word-addin/src/adapter/refreshSections";
import { renderDocx } from "../cli/report/renderDocx";

const CLUSTERS = ["1. Justice", "2. Droits des femmes", "3. Enfance", "4. Torture", "5. Éducation", "6. Santé", "7. Migrants", "8. Handicap", "9. Presse", "10. Détention"];
const STATUSES = ["not_started", "in_progress", "partially_implemented", "implemented"] as const;

function records(count: number, progress: number): Recommendation[] {
  return Array.from({ length: count }, (_, i) => rec({
    id: `UPR-C3:${100 + (i % 60)}.${i}` as RecommendationId,
    text: `Recommandation synthétique n° ${i} : renforcer les mesures de protection et l'accès à la justice pour tous`,
    mechanism: "UPR", symbol: "A/HRC/43/15", paragraph: `${100 + (i % 60)}.${i}`, cycle: 3, year: 2019, response: "supported",
    recommendingStates: ["Danemark", "Mexique"], cluster: CLUSTERS[i % CLUSTERS.length]!, institutions: ["Ministère de la Justice"],
    status: STATUSES[(i + progress) % STATUSES.length]!,
    activities: [act({ text: `Atelier ${i}`, status: (i + progress) % 2 === 0 ? "completed" : "in_progress" })],
  }));
}

const spec = (filters: ReportSpec["filters"] = {}, lang: ReportSpec["lang"] = "fr"): ReportSpec => ({ template: "upr-midterm", lang, filters, dataDate: "2026-06-30" });
const verdict = (ok: boolean): string => (ok ? "meets target" : "MISSES target");
const asWord = (word: FakeWord): Word.RequestContext => word.requestContext as unknown as Word.RequestContext;
const MB = 1024 * 1024;

async function main(): Promise<void> {
  const five = records(500, 0);
  const model = buildReport(five, spec(), neverReported).model;
  const word = new FakeWord(["Rapport à mi-parcours", "Texte de la rédactrice."], 1);
  await word.run(() => insertSection(asWord(word), model, { at: "cursor" }));
  const insertSyncs = word.syncs.filter((s) => s.ops > 0);
  console.log(`insert a 500-recommendation UPR mid-term report (${wordCount(model).toLocaleString("en")} words): ${insertSyncs.length} round trips, largest request ${(Math.max(...insertSyncs.map((s) => s.requestBytes)) / MB).toFixed(2)} MB — target ≤ 3: ${verdict(insertSyncs.length <= 3)}`);

  // Arabic goes in as one OOXML package per section (right-to-left paragraphs), in the same single sync.
  const arabic = buildReport(five, spec({}, "ar"), neverReported).model;
  const rtlWord = new FakeWord(["تقرير منتصف المدة", "نص المحرر."], 1);
  await rtlWord.run(() => insertSection(asWord(rtlWord), arabic, { at: "cursor" }));
  const rtlSyncs = rtlWord.syncs.filter((s) => s.ops > 0);
  console.log(`the same report in Arabic, right to left: ${rtlSyncs.length} round trips, largest request ${(Math.max(...rtlSyncs.map((s) => s.requestBytes)) / MB).toFixed(2)} MB — target ≤ 3: ${verdict(rtlSyncs.length <= 3)}`);

  const ten = new FakeWord(["Rapport", "Texte."], 1);
  const sections: DocumentModel = { ...model, sections: CLUSTERS.map((cluster) => buildReport(five, spec({ cluster }), neverReported).model.sections[0]!) };
  await ten.run(() => insertSection(asWord(ten), sections, { at: "cursor" }));
  const before = ten.syncs.length;
  const newer = records(500, 1);
  const results = await ten.run(() => refreshSections(asWord(ten), ({ tag }) => {
    const decoded = decodeSectionTag(tag);
    return decoded?.kind === "spec" ? buildReport(newer, { ...decoded.spec, dataDate: "2026-12-31" }, neverReported).model : null;
  }));
  const refreshSyncs = ten.syncs.slice(before).filter((s) => s.ops > 0).length;
  console.log(`refresh 10 sections from a newer tracker: ${refreshSyncs} round trips, ${results.filter((r) => r.status === "refreshed").length} refreshed — target ≤ 4: ${verdict(refreshSyncs <= 4)}`);

  const started = process.hrtime.bigint();
  const big = buildReport(records(2_000, 0), spec(), neverReported).model;
  const docx = await renderDocx(big);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`command line: a 2,000-recommendation report built and rendered to .docx (${Math.round(docx.length / 1024)} KB) in ${seconds.toFixed(2)} s — target < 5 s: ${verdict(seconds < 5)}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
