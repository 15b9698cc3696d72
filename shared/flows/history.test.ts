import type { SourceFile } from "../grid/grid";
import { isSnapshotSheet } from "../history/snapshotSheet";
import type { Recommendation, RecommendationId } from "../model/tracker";
import { rollup } from "../rollup/rollup";
import type { WorkbookPlan } from "../workbook/plan";
import { planToSourceFile } from "../workbook/planToSourceFile";
import { planWorkbook } from "../workbook/planWorkbook";
import { recommendation } from "../workbook/testing/builders";
import { changesSinceSnapshot, exportCsv, institutionReminders, takeSnapshotPlan, type HistoryProblem, type InstitutionReminder, type SnapshotChanges } from "./history";

const NOW = "2025-06-30T10:00:00Z";
const records: Recommendation[] = [
  recommendation({ id: "A/HRC/43/15:121.29" as RecommendationId, ref: "121.29", text: "Ratify OPCAT", status: "in_progress", deadline: "2024-12-31", institutions: ["Ministère de la Justice"] }),
  recommendation({ id: "A/HRC/43/15:121.30" as RecommendationId, ref: "121.30", text: "Adopt a gender equality law", status: "not_started", deadline: "2030", institutions: ["Ministry of Health"] }),
];

/** A French tracker as `nmirf track` writes it. */
const trackerOf = (recs: readonly Recommendation[]): SourceFile =>
  planToSourceFile(planWorkbook({ recommendations: [...recs], issues: [], rollups: rollup(recs, { asOf: "2025-06-30" }), log: [], lang: "fr", extraColumns: [], generatedAt: NOW }), "suivi.xlsx");

/** What a host does with a plan: the planned sheets replace those of the same name, the others stay. */
const applied = (workbook: SourceFile, plan: WorkbookPlan): SourceFile => {
  const written = planToSourceFile(plan, workbook.file).sheets;
  return { file: workbook.file, sheets: [...workbook.sheets.filter((g) => !written.some((w) => w.name === g.name)), ...written] };
};

const snapshotted = (workbook: SourceFile, asOf: string): SourceFile => applied(workbook, takeSnapshotPlan({ workbook, asOf, label: "Mi-parcours", now: NOW, by: "secretariat" })!.plan);
const changes = (result: ReturnType<typeof changesSinceSnapshot>): SnapshotChanges => result as SnapshotChanges;
const plain = { file: "notes.xlsx", sheets: [{ name: "Notes", rows: [["hello"]], merges: [] }] } as unknown as SourceFile;

describe("Take a snapshot in a task pane", () => {
  const tracker = trackerOf(records);
  const taken = takeSnapshotPlan({ workbook: tracker, asOf: "2024-06-30", label: "Mi-parcours", now: NOW, by: "secretariat" })!;

  it("plans only the Log sheet, with its snapshot line, and the hidden snapshot sheet", () => {
    expect(taken.plan.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([["Journal des modifications", false], ["Instantané 2024-06-30", true]]);
    const log = taken.plan.sheets[0]!.values;
    expect(log[log.length - 1]).toEqual(expect.arrayContaining([NOW, "snapshot", "secretariat", "2024-06-30", "Mi-parcours"]));
    expect([taken.asOf, taken.recommendations, taken.replaced]).toEqual(["2024-06-30", 2, false]);
  });

  it("says when it replaces a snapshot of the same date, and keeps the others", () => {
    const twice = snapshotted(snapshotted(tracker, "2024-06-30"), "2025-01-01");
    expect(takeSnapshotPlan({ workbook: twice, asOf: "2024-06-30", label: "", now: NOW, by: "secretariat" })!.replaced).toBe(true);
    expect(twice.sheets.filter(isSnapshotSheet)).toHaveLength(2);
  });

  it("needs a tracker", () => {
    expect(takeSnapshotPlan({ workbook: plain, asOf: "2024-06-30", label: "", now: NOW, by: "secretariat" })).toBeNull();
  });
});

describe("Changes since a snapshot in a task pane", () => {
  const before = snapshotted(snapshotted(trackerOf(records), "2024-01-01"), "2024-06-30");
  const edited = trackerOf([{ ...records[0]!, status: "implemented" }, records[1]!]);
  const now: SourceFile = { ...edited, sheets: [...edited.sheets, ...before.sheets.filter(isSnapshotSheet)] };

  it("lists the snapshot dates and compares with the latest by default", () => {
    const result = changes(changesSinceSnapshot({ workbook: now, asOf: "2025-06-30", lang: "en" }));
    expect(result.dates).toEqual(["2024-01-01", "2024-06-30"]);
    expect(result.shown?.changes.since).toBe("2024-06-30");
    expect(result.shown?.changes.statusChanges.map((c) => [c.id, c.from, c.to])).toEqual([["A/HRC/43/15:121.29", "in_progress", "implemented"]]);
  });

  it("shows the tables in the pane's language and plans the sheet in the tracker's", () => {
    const { shown } = changes(changesSinceSnapshot({ workbook: now, since: "2024-01-01", asOf: "2025-06-30", lang: "en" }));
    expect(shown?.tables[0]).toMatchObject({ title: "Status changes", rows: [["A/HRC/43/15:121.29", "121.29", "Ratify OPCAT", "In progress", "Implemented"]] });
    expect(shown?.plan.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([["Évolution depuis 2024-01-01", false]]);
  });

  it("shows nothing for a date it holds no snapshot of, and says which cell of an edited snapshot does not read", () => {
    expect(changes(changesSinceSnapshot({ workbook: now, since: "2023-01-01", asOf: "2025-06-30", lang: "en" })).shown).toBeNull();
    expect(changes(changesSinceSnapshot({ workbook: trackerOf(records), asOf: "2025-06-30", lang: "en" }))).toEqual({ dates: [], shown: null });
    const sheets = now.sheets.map((g) => (isSnapshotSheet(g) ? { ...g, rows: g.rows.map((r, i) => (i === 1 ? ["asOf", "June"] : r)) } : g));
    expect((changesSinceSnapshot({ workbook: { ...now, sheets }, asOf: "2025-06-30", lang: "en" }) as HistoryProblem).problem).toMatchObject({ key: "history.snapshot.badCell", params: { cell: "B2" } });
  });
});

describe("Reminders in a task pane", () => {
  const tracker = trackerOf(records);
  const request = { workbook: tracker, asOf: "2025-06-30", withinDays: 30, now: NOW };

  it("gives each institution with an overdue item its counts, a mailto link and an .eml draft", () => {
    const list = institutionReminders(request) as InstitutionReminder[];
    expect(list.map((r) => [r.institution, r.overdue, r.dueSoon, r.file])).toEqual([["Ministère de la Justice", 1, 0, "01-ministere-de-la-justice.eml"]]);
    expect(list[0]!.mailto).toMatch(/^mailto:\?subject=/);
    expect(list[0]!.eml).toContain("X-Unsent: 1");
    expect(list[0]!.eml).not.toContain("To:");
  });

  it("addresses the messages from the contact list, and names a line that does not read", () => {
    const list = institutionReminders({ ...request, contacts: "ministere de la justice = focal@justice.gov.vm; en" }) as InstitutionReminder[];
    expect(list[0]!.mailto).toMatch(/^mailto:focal%40justice\.gov\.vm\?subject=Recommendations%20follow-up/);
    expect(institutionReminders({ ...request, contacts: "# focal points\nMinistry = not-an-address" })).toEqual({ problem: { key: "history.contacts.badAddress", params: { line: 2, value: "not-an-address" } } });
  });
});

describe("Exports in a task pane", () => {
  it.each([["uhri", "OHCHR Annotation Id"], ["uwazi", "title"]] as const)("writes the %s CSV with the tracker's IDs", (format, header) => {
    const out = exportCsv({ workbook: trackerOf(records), format })!;
    expect(out.count).toBe(2);
    expect(out.csv).toContain(header);
    expect(out.csv).toContain("A/HRC/43/15:121.30");
  });

  it("needs a tracker", () => {
    expect(exportCsv({ workbook: plain, format: "uhri" })).toBeNull();
  });
});
