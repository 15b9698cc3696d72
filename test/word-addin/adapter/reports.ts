/// <reference types="office-js" />
/** Test drivers for the Word adapter: reports built from the shared test records, and the fake seen as Word. */
import { buildReport } from "../../../shared/report/buildReport";
import type { DocumentModel } from "../../../shared/report/documentModel";
import { neverReported } from "../../../shared/report/lastReported";
import type { ReportSpec, TemplateId } from "../../../shared/report/reportSpec";
import { decodeSectionTag } from "../../../shared/report/sectionTag";
import { RECORDS, UPR_JUSTICE } from "../../../shared/report/testReports";
import type { Lang } from "../../../shared/model/codes";
import type { Recommendation, RecommendationId } from "../../../shared/model/tracker";
import { rec } from "../../../shared/rollup/testRecords";
import type { FakeWord } from "../../fakes/word";

export const asWord = (word: FakeWord): Word.RequestContext => word.requestContext as unknown as Word.RequestContext;

export const spec = (template: TemplateId, lang: Lang = "en", dataDate = "2026-03-01"): ReportSpec => ({ template, lang, filters: {}, dataDate });

export const report = (s: ReportSpec, records: readonly Recommendation[] = RECORDS): DocumentModel => buildReport(records, s, neverReported).model;

/** The tracker a month later: the justice law adopted, and one more UPR recommendation tracked. */
export const NEWER_RECORDS: readonly Recommendation[] = [
  ...RECORDS.map((r) => (r.id === UPR_JUSTICE.id ? { ...r, activities: r.activities.map((a) => ({ ...a, status: "completed" as const })) } : r)),
  rec({ id: "UPR-C3:121.50" as RecommendationId, text: "Adopt a national action plan on business and human rights", mechanism: "UPR", symbol: "A/HRC/43/15", paragraph: "121.50", cycle: 3, year: 2019, response: "supported", cluster: "1. Justice" }),
];

/** What the task pane will pass to refreshSections: the tag's spec, rebuilt from `records` as of `dataDate`. */
export const rebuildFrom =
  (records: readonly Recommendation[], dataDate: string) =>
  ({ tag }: { tag: string }): DocumentModel | null => {
    const decoded = decodeSectionTag(tag);
    return decoded?.kind === "spec" ? report({ ...decoded.spec, dataDate }, records) : null;
  };

/** Several sections in one model, as a task pane inserting more than one template at once would pass. */
export const combined = (...models: DocumentModel[]): DocumentModel => ({ ...models[0]!, sections: models.flatMap((m) => m.sections) });
