/// <reference types="office-js" />
/** The Word side of the report pane: every document call goes through Word.run and the adapter. */
import type { Lang } from "../../../shared/model/codes";
import type { ReportHost, SectionOutcome } from "../../../ui/report/reportHost";
import { insertSection } from "../adapter/insertSection";
import { refreshSections } from "../adapter/refreshSections";
import { listSections } from "../adapter/sections";
import type { IsSetSupported } from "../adapter/support";
import { readStoredSpecs, storeSpecs } from "./storedSpecs";

export function wordHost(opts: { lang: Lang; isSetSupported: IsSetSupported; settings: Office.Settings }): ReportHost {
  const { isSetSupported, settings } = opts;
  return {
    lang: opts.lang,
    today: () => new Date().toISOString().slice(0, 10),
    insertSection: async (section) => {
      await storeSpecs(settings, [section.spec]);
      await Word.run((context) => insertSection(context, section.model, { at: "cursor", isSetSupported }));
    },
    sections: () => Word.run(async (context) => (await listSections(context)).map(({ tag, title, locked }) => ({ tag, title, locked }))),
    storedSpecs: async () => readStoredSpecs(settings),
    refreshSections: async (models, specs) => {
      await storeSpecs(settings, specs);
      const results = await Word.run((context) => refreshSections(context, (section) => models.get(section.tag) ?? null, { isSetSupported }));
      return results.map((r): SectionOutcome =>
        r.status === "refreshed"
          ? { status: "refreshed", title: r.section.title, wordsBefore: r.wordsBefore, wordsAfter: r.wordsAfter, added: r.added.length, removed: r.removed.length }
          : { status: r.status, title: r.section.title });
    },
  };
}
