import { changesSince } from "../history/changes";
import { takeSnapshot } from "../history/snapshot";
import type { Lang } from "../model/codes";
import { buildReport } from "./buildReport";
import { lastReportedFrom, neverReported } from "./lastReported";
import { formatReference } from "./reference";
import type { ReportSpec } from "./reportSpec";
import { decodeSectionTag } from "./sectionTag";
import { CEDAW_37, CRC_20, headings, lines, RECORDS, UPR_JUSTICE } from "./testReports";
import { wordCount } from "./wordCount";

const spec = (fields: Partial<ReportSpec> = {}): ReportSpec => ({ template: "upr-midterm", lang: "en", filters: {}, dataDate: "2026-03-01", ...fields });
const LOG = lastReportedFrom([
  { at: "2021-01-10T08:00:00Z", action: "import", by: "nmirf", recordId: null, field: null, oldValue: null, newValue: "5", note: null },
  { at: "2021-05-03T08:00:00Z", action: "update", by: "MoH", recordId: "UPR-C3:121.40", field: "status", oldValue: null, newValue: "x", note: null },
]);
const build = (fields: Partial<ReportSpec> = {}) => buildReport(RECORDS, spec(fields), LOG);

describe("UPR mid-term report", () => {
  const { model, count } = build();
  const text = lines(model);

  it("covers only UPR recommendations, grouped by cluster in the tracker's order, unclassified last", () => {
    expect(count).toBe(3);
    expect(headings(model, 2)).toEqual(["Overview", "1. Justice", "2. Health", "Not classified"]);
  });

  it("gives each recommendation its reference, text, recommending States, position, status and activities", () => {
    expect(headings(model, 3)).toEqual(["A/HRC/43/15, para. 121.29", "A/HRC/43/15, para. 121.40", "UPR, cycle 2, para. 98.1"]);
    expect(text).toEqual(
      expect.arrayContaining([
        "Criminalize torture in the Penal Code",
        "Recommending States: Switzerland, Chile",
        "Position: Supported",
        "Implementation status: Partially implemented",
        "Draft law sent to Cabinet (Completed; Ministry of Justice)",
        "Law adopted by Parliament (Planned; National Assembly; due March 2025)",
      ]),
    );
  });

  it("shows visible placeholders where data is missing, never an empty or undefined line", () => {
    expect(text).toContain("No information reported by Ministry of Health since 3 May 2021");
    expect(text).toContain("Recommending States: Not recorded");
    expect(text).toContain("No information reported");
    for (const line of text) expect(line).not.toMatch(/undefined|null|^\s*$|\{\w+\}/);
    const runs = model.sections[0]!.blocks.flatMap((b) => (b.kind === "bullets" ? b.items.flat() : b.kind === "table" ? b.rows.flat(2) : b.runs));
    expect(runs.filter((r) => r.placeholder).map((r) => r.text)).toContain("Not classified");
  });

  it("opens with the count, the data date and a status tally", () => {
    expect(text).toContain("This section covers 3 recommendations. Information as of 1 March 2026.");
    expect(text).toEqual(expect.arrayContaining(["Implementation status | Number of recommendations", "Partially implemented | 1", "Not recorded | 2", "Total | 3"]));
  });

  it("tags the section with its spec so it can be rebuilt", () => {
    const section = model.sections[0]!;
    expect(section.title).toBe("Mid-term report on the implementation of the recommendations of the universal periodic review");
    expect(decodeSectionTag(section.tag)).toEqual({ kind: "spec", spec: spec() });
  });
});

describe("every template in every language", () => {
  it.each<[ReportSpec["template"], Lang, string]>([
    ["upr-midterm", "fr", "Rapport à mi-parcours sur la mise en œuvre des recommandations de l'Examen périodique universel"],
    ["tb-followup", "es", "Información sobre el seguimiento de las observaciones finales"],
    ["co-replies", "ru", "Ответы на предыдущие заключительные замечания"],
    ["nap-annual", "pt", "Relatório anual sobre a implementação do plano nacional de ação em direitos humanos"],
    ["custom", "zh", "建议及其落实情况"],
    ["upr-midterm", "ar", "تقرير منتصف المدة بشأن تنفيذ توصيات الاستعراض الدوري الشامل"],
  ])("%s in %s is titled in that language", (template, lang, title) => {
    const { model } = build({ template, lang });
    expect(model.lang).toBe(lang);
    expect(model.dir).toBe(lang === "ar" ? "rtl" : "ltr");
    expect(headings(model, 1)).toEqual([title]);
    for (const line of lines(model)) expect(line).not.toMatch(/undefined|\{\w+\}|report\./);
  });

  it("writes Arabic references, labels and statuses right to left", () => {
    const { model } = build({ lang: "ar" });
    expect(model.dir).toBe("rtl");
    expect(headings(model, 3)[0]).toBe("A/HRC/43/15، الفقرة 121.29");
    expect(lines(model)).toContain("حالة التنفيذ: منفذة جزئيًا");
  });
});

describe("treaty-body templates", () => {
  it("tb-followup reports every treaty-body paragraph when none is marked for follow-up, by treaty body", () => {
    const { model, count } = build({ template: "tb-followup" });
    expect(count).toBe(2);
    expect(headings(model, 2)).toEqual(["Overview", "CEDAW", "CRC"]);
    expect(headings(model, 3)).toEqual(["CEDAW/C/PRY/CO/7, para. 37", "CRC/C/VLM/CO/4, para. 20"]);
    expect(lines(model)).toEqual(expect.arrayContaining(["Measures taken", "Family Code revised (Completed; Ministry of Women; due 3 May 2021)", "Implementation status: In progress"]));
    expect(lines(model).filter((l) => l.startsWith("Indicators"))).toEqual(["Indicators: Not recorded", "Indicators: Not recorded"]);
  });

  describe("tb-followup with paragraphs marked for follow-up", () => {
    const marked = RECORDS.map((r) => (r.id === CRC_20.id ? { ...r, followUp: true, indicators: "Marriages under 18 registered per year" } : r.id === CEDAW_37.id ? { ...r, followUp: false } : r));
    const report = (fields: Partial<ReportSpec> = {}) => buildReport(marked, spec({ template: "tb-followup", ...fields }), LOG);

    it("reports only the marked paragraphs, with their indicators", () => {
      const { model, count } = report();
      expect(count).toBe(1);
      expect(headings(model, 3)).toEqual(["CRC/C/VLM/CO/4, para. 20"]);
      expect(lines(model)).toEqual(expect.arrayContaining(["This section covers 1 recommendations. Information as of 1 March 2026.", "Indicators: Marriages under 18 registered per year"]));
    });

    it("falls back to every paragraph of the selection when the filters leave none marked", () => {
      const { model, count } = report({ filters: { mechanism: ["CEDAW"] } });
      expect(count).toBe(1);
      expect(headings(model, 3)).toEqual(["CEDAW/C/PRY/CO/7, para. 37"]);
    });

    it("writes the indicators' label and placeholder in the report's language", () => {
      expect(lines(report({ lang: "fr" }).model)).toContain("Indicateurs : Marriages under 18 registered per year");
      expect(lines(report({ lang: "fr", filters: { mechanism: ["CEDAW"] } }).model)).toContain("Indicateurs : Non renseigné");
    });
  });

  it("co-replies writes a reply per paragraph in the report's language", () => {
    const { model } = build({ template: "co-replies", lang: "fr" });
    expect(headings(model, 3)).toEqual(["Réponse concernant CEDAW/C/PRY/CO/7, par. 37", "Réponse concernant CRC/C/VLM/CO/4, par. 20"]);
    expect(lines(model)).toEqual(expect.arrayContaining(["Les mesures suivantes ont été prises :", "État de mise en œuvre : En cours"]));
    expect(headings(model, 2)).toContain("CEDEF");
  });
});

describe("national action plan annual report", () => {
  it("has one table per area: reference, activity, institution, deadline, progress", () => {
    const { model } = build({ template: "nap-annual", filters: { period: { from: "2021-01-01", to: "2021-12-31" } } });
    expect(headings(model, 2)).toEqual(["Overview", "3. Women"]);
    expect(lines(model)).toEqual(
      expect.arrayContaining([
        "Reference | Activity | Activity lead institution | Activity deadline | Activity status",
        "CEDAW/C/PRY/CO/7, para. 37 | Family Code revised | Ministry of Women | 3 May 2021 | Completed",
      ]),
    );
  });

  it("puts the missing-information placeholder in the activity cell of a recommendation without activities", () => {
    const { model } = build({ template: "nap-annual", filters: { cluster: "2. health" } });
    expect(lines(model)).toContain("A/HRC/43/15, para. 121.40 | No information reported by Ministry of Health since 3 May 2021 | Ministry of Health | Not recorded | Not recorded");
  });
});

describe("custom section", () => {
  it("shows the chosen fields in their order, grouped as asked", () => {
    const { model } = build({ template: "custom", groupBy: "mechanism", fields: ["reference", "position", "status"] });
    expect(headings(model, 2)).toEqual(["Overview", "UPR", "CEDAW", "CRC"]);
    expect(lines(model)).toEqual(expect.arrayContaining(["Reference | Position | Implementation status", "A/HRC/43/15, para. 121.29 | Supported | Partially implemented", "CRC/C/VLM/CO/4, para. 20 | Not recorded | In progress"]));
  });

  it("can show the follow-up flag and the indicators", () => {
    const records = RECORDS.map((r) => (r.id === CRC_20.id ? { ...r, followUp: true, indicators: "Marriages under 18" } : r.id === CEDAW_37.id ? { ...r, followUp: false } : r));
    const { model } = buildReport(records, spec({ template: "custom", lang: "es", filters: { mechanism: ["CEDAW", "CRC", "UPR"] }, fields: ["reference", "followUp", "indicators"] }), LOG);
    expect(lines(model)).toEqual(expect.arrayContaining([
      "Referencia | Seleccionada para el seguimiento | Indicadores",
      "CEDAW/C/PRY/CO/7, párr. 37 | No | Sin datos",
      "CRC/C/VLM/CO/4, párr. 20 | Sí | Marriages under 18",
      "A/HRC/43/15, párr. 121.29 | Sin datos | Sin datos",
    ]));
  });

  it("says so in words when nothing matches", () => {
    const { model, count } = build({ template: "custom", filters: { institution: "Nobody" } });
    expect(count).toBe(0);
    expect(lines(model)).toEqual(["Recommendations and their implementation", "No recommendation matches the selection."]);
  });
});

describe("filters", () => {
  it.each<[ReportSpec["filters"], string[]]>([
    [{}, RECORDS.map((r) => r.id)],
    [{ mechanism: ["CEDAW", "CRC"] }, [CEDAW_37.id, CRC_20.id]],
    [{ cycle: 3 }, ["UPR-C3:121.29", "UPR-C3:121.40"]],
    [{ cluster: "1. JUSTICE" }, [UPR_JUSTICE.id]],
    [{ theme: "right to health" }, ["UPR-C3:121.40"]],
    [{ institution: "national assembly" }, [UPR_JUSTICE.id]],
    [{ status: "in_progress" }, [CRC_20.id]],
    [{ period: { from: "2025-01-01", to: "2025-12-31" } }, [UPR_JUSTICE.id]],
    [{ period: { from: "2014-01-01", to: "2014-12-31" } }, ["UPR-C2:98.1"]],
    [{ mechanism: ["UPR"], status: "implemented" }, []],
  ])("%j keeps %j", (filters, ids) => {
    const { model, count } = build({ template: "custom", filters, fields: ["reference"] });
    expect(count).toBe(ids.length);
    const references = lines(model).filter((l) => l.includes("para."));
    expect(references).toEqual(RECORDS.filter((r) => ids.includes(r.id)).map((r) => formatReference(r, "en")));
  });

  it("names the template's mechanisms only when the drafter names none", () => {
    expect(build({ filters: { mechanism: ["CEDAW"] } }).count).toBe(1);
  });
});

describe("word count of a built report", () => {
  it("grows with the records and stays positive for an empty selection", () => {
    const all = wordCount(build().model);
    const one = wordCount(build({ filters: { cluster: "1. Justice" } }).model);
    expect(one).toBeGreaterThan(20);
    expect(all).toBeGreaterThan(one);
    expect(wordCount(buildReport([], spec(), neverReported).model)).toBeGreaterThan(0);
  });
});

describe("changes since a snapshot", () => {
  const before = takeSnapshot(RECORDS.map((r) => (r.id === CRC_20.id ? { ...r, status: "not_started" as const } : r)), { asOf: "2024-06-30" });
  const changes = changesSince(before, RECORDS, { asOf: "2026-03-01" });

  it("ends the section with the selected recommendations whose status changed, then and now", () => {
    const { model } = buildReport(RECORDS, spec({ template: "tb-followup", since: "2024-06-30" }), neverReported, changes);
    expect(headings(model, 2).at(-1)).toBe("Changes of status since 30 June 2024");
    expect(lines(model).slice(-2)).toEqual(["Reference | Status on 30 June 2024 | Status on 1 March 2026", "CRC/C/VLM/CO/4, para. 20 | Not started | In progress"]);
  });

  it("says so when nothing in the selection changed", () => {
    const { model } = buildReport(RECORDS, spec({ since: "2024-06-30", lang: "fr" }), neverReported, changes);
    expect(lines(model).slice(-2)).toEqual(["Évolution de l'état de mise en œuvre depuis le 30 juin 2024", "Aucune évolution de l'état de mise en œuvre depuis le 30 juin 2024"]);
  });
});
