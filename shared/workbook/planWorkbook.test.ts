import { FIELD_LABELS } from "../model/fields";
import type { RecommendationId } from "../model/tracker";
import { TRACKER_SCHEMA_VERSION } from "../model/tracker";
import { CELL_TEXT_LIMIT, VALIDATION_HEADROOM } from "./limits";
import type { SheetPlan, SheetRole, WorkbookPlan } from "./plan";
import { planWorkbook } from "./planWorkbook";
import { recommendation, trackerDoc } from "./testing/builders";
import { FORMULA_TEXT, LONG_TEXT, sampleDoc } from "./testing/sampleDoc";

const sheet = (plan: WorkbookPlan, role: SheetRole): SheetPlan => plan.sheets.find((s) => s.role === role)!;
const column = (s: SheetPlan, header: string): number => (s.values[0] as string[]).indexOf(header);
const en = planWorkbook(sampleDoc("en"));
const fr = planWorkbook(sampleDoc("fr"));

describe("planWorkbook: the sheets", () => {
  it("come in the tracker's order, each with its stable role", () => {
    expect(en.sheets.map((s) => s.role)).toEqual(["recommendations", "activities", "dashboard", "issues", "log", "lists", "longTexts", "settings"]);
  });

  it.each([
    ["en", en, ["Recommendations", "Activities", "Dashboard", "Issues", "Change log", "Lists", "Long texts", "Settings"]],
    ["fr", fr, ["Recommandations", "Activités", "Tableau de bord", "Problèmes", "Journal des modifications", "Listes", "Textes longs", "Paramètres"]],
  ] as const)("are named in the workbook's language (%s)", (_lang, plan, names) => {
    expect(plan.sheets.map((s) => s.name)).toEqual(names);
  });

  it("hide only Settings", () => {
    expect(en.sheets.filter((s) => s.hidden).map((s) => s.role)).toEqual(["settings"]);
  });

  it("read right to left in Arabic only", () => {
    const ar = planWorkbook(sampleDoc("ar"));
    expect(ar.rightToLeft).toBe(true);
    expect(ar.sheets.every((s) => s.rightToLeft)).toBe(true);
    expect(en.sheets.some((s) => s.rightToLeft)).toBe(false);
  });

  it("put every data sheet in a uniquely named table with a frozen header", () => {
    const tables = en.sheets.flatMap((s) => s.tables.map((t) => [s.role, t.name, s.frozen.rows] as const));
    expect(tables).toEqual([
      ["recommendations", "Recommendations", 1],
      ["activities", "Activities", 1],
      ["issues", "Issues", 1],
      ["log", "ChangeLog", 1],
      ["longTexts", "LongTexts", 1],
    ]);
  });
});

describe("planWorkbook: the Recommendations sheet", () => {
  const recs = sheet(fr, "recommendations");
  const row = (id: string) => recs.values.find((r) => r[0] === id)!;
  const cell = (id: string, field: keyof typeof FIELD_LABELS) => row(id)[column(recs, FIELD_LABELS[field].fr)];

  it("has the field columns (ID first, no session or document date), then extra columns, then Source", () => {
    expect(recs.values[0]).toEqual([
      "ID de suivi", "Référence", "Recommandation", "Mécanisme", "Cote du document", "Paragraphe", "Cycle", "Année",
      "États recommandants", "Position", "État de mise en œuvre", "État fixé manuellement : motif", "Thèmes", "ODD",
      "Personnes concernées", "Institutions responsables", "Avancement (%)", "Échéance", "Groupe thématique", "Observations",
      "Retenue pour le suivi", "Indicateurs", "Session", "Source",
    ]);
    expect(recs.tables[0]!.area).toEqual({ top: 0, left: 0, bottom: 3, right: 23 });
    expect(recs.frozen).toEqual({ rows: 1, cols: 1 });
  });

  it.each([
    ["a code as its label", "UPR-3-001", "status", "En cours"],
    ["a mechanism as its acronym in the language", "UPR-3-001", "mechanism", "EPU"],
    ["a value kept as written", "CEDAW-8-037", "status", "Done ✓"],
    ["a reason set by hand", "UPR-3-002", "statusReason", "Law adopted in 2024"],
    ["several values joined", "UPR-3-001", "recommendingStates", "France; Chile"],
    ["goals, then targets", "UPR-3-001", "sdg", "3; 5; 5.2"],
    ["a period as text", "CEDAW-8-037", "deadline", "2024"],
    ["a day as a date", "UPR-3-001", "deadline", { kind: "date", serial: 46022 }],
    ["progress as a number", "UPR-3-001", "progress", 40],
    ["formula-like text as text", "UPR-3-001", "comments", FORMULA_TEXT],
    ["a follow-up flag as Yes in the language", "CEDAW-8-037", "followUp", "Oui"],
    ["a follow-up flag as No in the language", "UPR-3-002", "followUp", "Non"],
    ["no follow-up flag as an empty cell", "UPR-3-001", "followUp", null],
    ["indicators as text", "CEDAW-8-037", "indicators", "Number of shelters opened; share of complaints prosecuted"],
    ["no value as an empty cell", "CEDAW-8-037", "cycle", null],
  ] as const)("writes %s", (_what, id, field, value) => {
    expect(cell(id, field)).toEqual(value);
  });

  it("cuts text longer than a cell and stores the rest in Long texts", () => {
    expect(cell("UPR-3-001", "text")).toBe(LONG_TEXT.slice(0, CELL_TEXT_LIMIT));
    const parts = sheet(fr, "longTexts").values.slice(1).filter((r) => r[1] === "UPR-3-001" && r[4] === "text");
    expect(parts.map((r) => r[5])).toEqual([1]);
    expect(parts[0]![6]).toBe(LONG_TEXT.slice(CELL_TEXT_LIMIT));
  });

  it("shows where each record came from, one place per line", () => {
    expect(row("CEDAW-8-037").at(-1)).toBe("cedaw.csv › cedaw › 5\nupr › 2019.xlsx › Sheet 1 › 9");
  });

  it("guides coded columns with dropdowns from the Lists sheet, with a warning only, down past the last row", () => {
    const bySource = Object.fromEntries(recs.validations.map((v) => [v.area.left, v.source]));
    expect(bySource).toEqual({
      [column(recs, "Mécanisme")]: "=Listes!$D$2:$D$14",
      [column(recs, "Position")]: "=Listes!$B$2:$B$4",
      [column(recs, "État de mise en œuvre")]: "=Listes!$A$2:$A$5",
      [column(recs, "ODD")]: "=Listes!$E$2:$E$18",
      [column(recs, "Institutions responsables")]: "=Listes!$F$2:$F$4",
      [column(recs, "Retenue pour le suivi")]: "=Listes!$G$2:$G$3",
    });
    for (const v of recs.validations) {
      expect(v).toMatchObject({ errorStyle: "warning", errorTitle: "Valeur hors liste", area: { top: 1, bottom: 3 + VALIDATION_HEADROOM } });
    }
  });

  it("colours each status over the rows in use", () => {
    const col = column(recs, "État de mise en œuvre");
    expect(recs.conditionalFills.map((f) => [f.equals, f.fill])).toEqual([
      ["Mise en œuvre", "C6EFCE"],
      ["Partiellement mise en œuvre", "FFEB9C"],
      ["En cours", "DDEBF7"],
      ["Non entamée", "E7E6E6"],
    ]);
    for (const f of recs.conditionalFills) expect(f.area).toEqual({ top: 1, left: col, bottom: 3, right: col });
  });

  it("keeps a record's extra values under their header, and adds headers only records know", () => {
    const doc = trackerDoc({ extraColumns: ["A"], recommendations: [recommendation({ extra: { B: "b" } }), recommendation({ id: "R2" as RecommendationId, extra: { A: "a" } })] });
    const s = sheet(planWorkbook(doc), "recommendations");
    expect(s.values.map((r) => r.slice(22, 24))).toEqual([["A", "B"], [null, "b"], ["a", null]]);
  });
});

describe("planWorkbook: the Activities sheet", () => {
  const acts = sheet(en, "activities");
  it("lists activities under their recommendation's Tracker ID", () => {
    expect(acts.values[0]).toEqual(["Tracker ID", "Activity ID", "Activity", "Activity status", "Activity deadline", "Activity lead institution", "Source"]);
    expect(acts.values.slice(1)).toEqual([
      ["UPR-3-001", "A1", "Draft the law", "Completed", "2024-Q2", "Ministry of Justice", "source.xlsx › UPR › 3"],
      ["UPR-3-001", "A2", "+ train judges", "Ongoing?", { kind: "date", serial: 45717 }, "Judiciary", null],
    ]);
  });
});

describe("planWorkbook: issues", () => {
  const issues = sheet(en, "issues");
  it("lists every issue with a link to the tracker's own cell when it has one", () => {
    expect(issues.values.slice(1).map((r) => [r[0], r[1], r[7]])).toEqual([
      ["Warning", "status.unknown", { kind: "link", text: "Go to cell", target: "#'Recommendations'!K3" }],
      ["Error", "activityStatus.unknown", { kind: "link", text: "Go to cell", target: "#'Activities'!D2" }],
      ["Note", "row.hidden", null],
    ]);
  });

  it("highlights the tracker cells concerned, with the message as a note", () => {
    expect(sheet(en, "recommendations").notes).toEqual([{ row: 2, col: 10, fill: "FFEB9C", text: "Status not recognised: Done ✓" }]);
    // The activity issue was raised on source row 3: activity A1's row, not the first one by chance.
    expect(sheet(en, "activities").notes).toEqual([{ row: 1, col: 3, fill: "FFC7CE", text: "Activity status unknown" }]);
  });
});

describe("planWorkbook: the Dashboard", () => {
  const dash = sheet(en, "dashboard");
  it("shows the date overdue figures are computed at", () => {
    expect(dash.values[1]).toEqual(["Overdue as of", { kind: "date", serial: 45838 }]);
  });

  it("has a titled block per rollup, keys as people read them", () => {
    const titles = dash.values.filter((r) => r.length === 1).map((r) => r[0]);
    expect(titles).toEqual(["Implementation dashboard", "All recommendations", "By mechanism", "By SDG"]);
    const header = dash.values.find((r) => r[0] === "Mechanism")!;
    expect(header).toEqual(["Mechanism", "Not started", "In progress", "Partially implemented", "Implemented", "Status not set", "Total", "Overdue", "% implemented"]);
    const at = dash.values.indexOf(header);
    expect(dash.values.slice(at + 1, at + 4).map((r) => r[0])).toEqual(["UPR", "CEDAW", "(none)"]);
    expect(dash.values[at + 1]).toEqual(["UPR", 1, 2, 0, 1, 0, 4, 1, 0.25]);
    expect(dash.values.some((r) => r[0] === "SDG 5")).toBe(true);
  });

  it("plans a stacked bar chart per block over its counts", () => {
    expect(dash.charts.map((c) => c.title)).toEqual(["All recommendations", "By mechanism", "By SDG"]);
    const chart = dash.charts[1]!;
    const at = dash.values.findIndex((r) => r[0] === "Mechanism");
    expect(chart.type).toBe("barStacked");
    expect(chart.categories).toEqual({ top: at + 1, left: 0, bottom: at + 3, right: 0 });
    expect(chart.series.map((s) => s.name)).toEqual(["Not started", "In progress", "Partially implemented", "Implemented", "Status not set"]);
    expect(chart.series[0]!.values).toEqual({ top: at + 1, left: 1, bottom: at + 3, right: 1 });
    // Charts never overlap: each block leaves room for its chart.
    const tops = dash.charts.map((c) => c.anchor.row);
    tops.slice(1).forEach((top, i) => expect(top - tops[i]!).toBeGreaterThanOrEqual(chart.rows));
  });

  it("formats the share implemented as a percentage", () => {
    const percent = dash.styles.filter((s) => s.numberFormat === "0%");
    expect(percent.length).toBe(3);
    expect(percent.every((s) => s.area.left === 8)).toBe(true);
  });
});

describe("planWorkbook: Lists and Settings", () => {
  it("lists each vocabulary in the workbook's language, and the institutions found", () => {
    const lists = sheet(fr, "lists");
    const col = (i: number) => lists.values.slice(1).map((r) => r[i]).filter((v) => v !== null);
    expect(col(0)).toEqual(["Non entamée", "En cours", "Partiellement mise en œuvre", "Mise en œuvre"]);
    expect(col(4)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(col(5)).toEqual(["Judiciary", "Ministry of Health", "Ministry of Justice"]);
    expect(col(6)).toEqual(["Oui", "Non"]);
  });

  it("records what a reader needs in a hidden Settings sheet", () => {
    const settings = sheet(fr, "settings");
    const row = (key: string) => settings.values.find((r) => r[0] === key)!.slice(1);
    expect(settings.values[0]).toEqual(["nmirf.tracker", TRACKER_SCHEMA_VERSION]);
    expect(row("lang")).toEqual(["fr"]);
    expect(row("generatedAt")).toEqual(["2025-06-30T10:00:00Z"]);
    expect(row("sheet:recommendations")).toEqual(["Recommandations"]);
    expect(row("columns:recommendations")).toEqual([
      "id", "ref", "text", "mechanism", "symbol", "paragraph", "cycle", "year", "recommendingStates", "response", "status",
      "statusReason", "themes", "sdg", "affectedPersons", "institutions", "progress", "deadline", "cluster", "comments", "followUp", "indicators",
      "extra", "source",
    ]);
    expect(row("columns:activities")).toEqual(["id", "activityId", "activity", "activityStatus", "activityDeadline", "activityInstitution", "source"]);
    expect(row("extraColumns")).toEqual(["Session"]);
  });
});

describe("planWorkbook: an empty tracker", () => {
  const plan = planWorkbook(trackerDoc());
  it("still has every sheet, tables keeping one blank row, and nothing coloured", () => {
    expect(plan.sheets).toHaveLength(8);
    expect(sheet(plan, "recommendations").tables[0]!.area.bottom).toBe(1);
    expect(sheet(plan, "recommendations").conditionalFills).toEqual([]);
    expect(sheet(plan, "lists").values.slice(1).every((r) => r[5] === null)).toBe(true);
    // No institution yet: no institution dropdown (an empty list source is invalid).
    expect(sheet(plan, "activities").validations.map((v) => v.area.left)).toEqual([3]);
  });
});
