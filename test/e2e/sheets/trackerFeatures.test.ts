/**
 * The add-on's tracker tools in the built bundle (dist/Code.js in a bare `vm` context on the strict Apps Script fake),
 * called as the menu and the trigger call them: the dashboard's charts, the change log (refresh diff and on-edit
 * trigger) and each institution's row protections. The menu and the manifest's scopes are checked in
 * test/sheets-apps-script/bundle.test.ts.
 */
import { withGlobals, seededFake } from "../../sheets-apps-script/support";
import { applyCharts } from "../../../sheets-apps-script/src/adapter/charts";
import { turnOnEditTrigger } from "../../../sheets-apps-script/src/changeLog/trigger";
import { institutionRuns } from "../../../sheets-apps-script/src/protect/institutionRuns";
import type { SheetPlan } from "../../../shared/workbook/plan";
import type { FakeAppsScript } from "../../fakes/appsScript";
import { loadAddon, runServer, type Addon } from "./addonBundle";
import { institutionsFake, logEntries, textAt, trackerSheet } from "./trackerTools";

/** A menu item or trigger: one new execution of the named top-level function. */
const run = (fake: FakeAppsScript, addon: Addon, name: string, ...args: unknown[]): unknown => {
  fake.host.beginExecution();
  return addon[name]!(...args);
};

function converted(fake: FakeAppsScript = seededFake()): { fake: FakeAppsScript; addon: Addon } {
  const addon = loadAddon(fake);
  run(fake, addon, "nmirfConvert");
  expect(fake.spreadsheet.toasts.at(-1)).toMatch(/^Outil de suivi écrit/);
  return { fake, addon };
}

describe("the dashboard's charts", () => {
  it("are drawn as stacked bar charts over the dashboard's own cells, and a refresh replaces them instead of adding more", () => {
    const { fake, addon } = converted();
    const dashboard = () => fake.sheet("Tableau de bord");
    const first = dashboard().charts;
    expect(first.length).toBeGreaterThan(0);
    for (const chart of first) {
      expect([chart.type, chart.stacked, chart.numHeaders, chart.sheetId]).toEqual(["bar", true, 1, dashboard().id]);
      expect(chart.title).not.toBe("");
      // one range: the categories and every series side by side, with the header row naming the series
      expect(chart.ranges).toHaveLength(1);
      expect(chart.position.row).toBeGreaterThanOrEqual(1);
    }
    fake.host.resetCounts();
    run(fake, addon, "nmirfDashboard");
    expect(fake.spreadsheet.active?.name).toBe("Tableau de bord");
    expect(dashboard().charts.map((c) => [c.title, c.ranges])).toEqual(first.map((c) => [c.title, c.ranges]));
    // a fresh sheet holds no chart to remove: one getRange and one insertChart per chart, nothing per row
    expect([fake.host.count("Sheet.insertChart"), fake.host.count("Sheet.getCharts")]).toEqual([first.length, 0]);
  });

  it("removes the charts a sheet already holds before drawing (a run continued after a stop)", () => {
    const { fake } = converted();
    const sheet = fake.sheet("Tableau de bord");
    const charts = sheet.charts.length;
    const specs = { charts: sheet.charts.map(() => ({ type: "barClustered", title: "T", categories: { top: 2, left: 0, bottom: 4, right: 0 }, series: [{ name: "S", nameCell: { row: 1, col: 1 }, values: { top: 2, left: 1, bottom: 4, right: 1 } }], anchor: { row: 0, col: 14 }, rows: 16, cols: 8 })) } as unknown as SheetPlan;
    withGlobals(fake, () => applyCharts(sheet as never, specs, true));
    expect(sheet.charts.map((c) => [c.title, c.stacked, c.ranges])).toEqual(Array.from({ length: charts }, () => ["T", false, ["A2:B5"]]));
  });
});

describe("the change log", () => {
  it("logs the edits made in the sheet since the last refresh, once, with old and new values, and keeps them through a new Convert", () => {
    const { fake, addon } = converted();
    const recs = trackerSheet(fake, "recommendations");
    const id = textAt(recs.sheet, 2, recs.col("id"));
    const [statusCol, commentsCol] = [recs.col("status"), recs.col("comments")];
    const oldStatus = textAt(recs.sheet, 2, statusCol);
    recs.sheet.cellAt(2, statusCol, true).value = "Mise en œuvre";
    recs.sheet.cellAt(2, commentsCol, true).value = "=vu avec le ministère";
    const before = logEntries(fake).length;
    run(fake, addon, "nmirfDashboard");
    const added = logEntries(fake).slice(before);
    expect(added.map((e) => [e.action, e.recordId, e.field, e.oldValue, e.newValue, e.by])).toEqual([
      ["edit", id, "status", oldStatus, "Mise en œuvre", "utilisateur inconnu"],
      ["edit", id, "comments", null, "=vu avec le ministère", "utilisateur inconnu"],
    ]);
    expect(added[0]!.note).toMatch(/actualisation précédente/);
    // stored as text, never as a formula
    expect(fake.spreadsheet.sheets.flatMap((s) => s.cells.flat()).filter((c) => c?.formula !== undefined)).toEqual([]);
    const rewrites = fake.host.count("Sheet.clearContents");
    fake.host.clockMs += 60_000;
    run(fake, addon, "nmirfDashboard");
    expect(logEntries(fake)).toHaveLength(before + 2);
    // nothing edited since: the snapshot is not rewritten, only its time moves on
    expect(fake.host.count("Sheet.clearContents")).toBe(rewrites);
    expect(textAt(fake.sheet("~nmirf-edits"), 1, 2) > added[0]!.at).toBe(true);
    // Convert again from the source: the tracker is updated, its log (with the edits) kept, nothing logged twice
    const kept = logEntries(fake);
    fake.spreadsheet.active = fake.sheet("Suivi UPR 2024");
    run(fake, addon, "nmirfConvert");
    const log = logEntries(fake);
    expect(log.slice(0, kept.length)).toEqual(kept);
    expect(log.filter((e) => e.action === "edit")).toHaveLength(2);
    expect(fake.sheet("~nmirf-edits").hidden).toBe(true);
  });

  it("turns the on-edit trigger on and off from the Change log item, never creating a second one", () => {
    const { fake, addon } = converted();
    fake.ui.answers.push("YES");
    run(fake, addon, "nmirfChangeLog");
    expect(fake.spreadsheet.active?.name).toBe("Journal des modifications");
    expect(fake.ui.alerts.at(-1)).toMatch(/^Journal des modifications\n0 modifications .* Enregistrer aussi/);
    expect(fake.scriptApp.triggers).toEqual([{ id: expect.any(String), handler: "nmirfOnEdit", event: "ON_EDIT", sourceId: fake.spreadsheet.id }]);
    expect(typeof addon.nmirfOnEdit).toBe("function");
    fake.ui.answers.push("NO");
    run(fake, addon, "nmirfChangeLog");
    expect(fake.ui.alerts.at(-1)).toMatch(/Arrêter cet enregistrement/);
    expect(fake.scriptApp.triggers).toHaveLength(1);
    expect(withGlobals(fake, () => turnOnEditTrigger())).toBe(false);
    expect(fake.scriptApp.triggers).toHaveLength(1);
    fake.ui.answers.push("YES");
    run(fake, addon, "nmirfChangeLog");
    expect(fake.scriptApp.triggers).toHaveLength(0);
    expect(fake.spreadsheet.toasts.at(-1)).toMatch(/ne sont plus enregistrées/);
  });

  it("the trigger logs who, when, the field and the old and new value of a cell; a paste as one honest row; nothing outside the tracker", () => {
    const { fake, addon } = converted();
    const recs = trackerSheet(fake, "recommendations");
    const id = textAt(recs.sheet, 3, recs.col("id"));
    const statusCol = recs.col("status");
    const before = logEntries(fake).length;
    recs.sheet.cellAt(3, statusCol, true).value = "Mise en œuvre";
    const edited = recs.sheet.getRange(3, statusCol);
    fake.host.resetCounts();
    run(fake, addon, "nmirfOnEdit", { range: edited, oldValue: "Non commencé", value: "Mise en œuvre" });
    // a fixed handful of calls, whatever the tracker's size: the layout comes from the document properties
    expect([fake.host.total, fake.host.count("Range.getValues"), fake.host.count("Range.setValues")]).toEqual([expect.any(Number), 1, 1]);
    expect(fake.host.total).toBeLessThanOrEqual(25);
    // a paste over two rows: Sheets gives no old value, the refresh will
    const [id2, old2] = [textAt(recs.sheet, 2, recs.col("id")), textAt(recs.sheet, 2, statusCol)];
    recs.sheet.cellAt(2, statusCol, true).value = "Mise en œuvre";
    fake.email = "";
    run(fake, addon, "nmirfOnEdit", { range: recs.sheet.getRange(2, statusCol, 2, 2) });
    run(fake, addon, "nmirfOnEdit", { range: fake.sheet("Suivi UPR 2024").getRange(4, 4), oldValue: "a", value: "b" });
    const added = logEntries(fake).slice(before);
    expect(added.map((e) => [e.action, e.by, e.recordId, e.field, e.oldValue, e.newValue])).toEqual([
      ["edit", "secretariat@example.org", id, "status", "Non commencé", "Mise en œuvre"],
      ["edit", "utilisateur inconnu", null, `${recs.sheet.name}!${recs.sheet.getRange(2, statusCol, 2, 2).a1()}`, null, null],
    ]);
    expect(added[0]!.at).toBe(new Date(Date.parse(added[0]!.at)).toISOString());
    expect(added[1]!.note).toMatch(/^4 cellules modifiées d'un coup/);
    // the next refresh logs the pasted cell with its old value, and does not repeat the edit the trigger logged
    run(fake, addon, "nmirfDashboard");
    expect(logEntries(fake).slice(before + 2).map((e) => [e.recordId, e.field, e.oldValue, e.newValue])).toEqual([[id2, "status", old2, "Mise en œuvre"]]);
    expect(fake.lock.held).toBe(false);
  });
});

describe("the change log of one-click fixes", () => {
  it("logs a fix the pane writes with who made it, and the next refresh does not repeat it", () => {
    const { fake, addon } = converted();
    const recs = trackerSheet(fake, "recommendations");
    const [id, old] = [textAt(recs.sheet, 2, recs.col("id")), textAt(recs.sheet, 2, recs.col("comments"))];
    const before = logEntries(fake).length;
    fake.host.beginExecution();
    runServer(fake, addon, "sidebarWriteCell", [{ sheet: recs.sheet.name, row: 1, col: recs.col("comments") - 1 }, "Vu avec le ministère", "dd/mm/yyyy"]);
    run(fake, addon, "nmirfDashboard");
    expect(logEntries(fake).slice(before).map((e) => [e.by, e.recordId, e.field, e.oldValue, e.newValue])).toEqual([
      ["secretariat@example.org", id, "comments", old === "" ? null : old, "Vu avec le ministère"],
    ]);
    expect(fake.lock.held).toBe(false);
  });
});

describe("each institution's row protections", () => {
  const BLOCKS = [["Ministère de la Justice", 40], ["Ministère de la Santé", 30], ["Ministère de la Justice", 20], ["", 5], ["Ministère de la Justice; Ministère de la Santé", 5]] as const;

  function protectedTracker() {
    const { fake, addon } = converted(institutionsFake(BLOCKS));
    const recs = trackerSheet(fake, "recommendations");
    const cells = Array.from({ length: recs.sheet.lastRow() - 1 }, (_, i) => textAt(recs.sheet, i + 2, recs.col("institutions")));
    return { fake, addon, recs, runs: institutionRuns(cells) };
  }

  it("warning-only: one protection per run of an institution's rows, few calls whatever the rows, re-runs replacing their own", () => {
    const { fake, addon, recs, runs } = protectedTracker();
    expect(runs.length).toBeGreaterThanOrEqual(4);
    recs.sheet.getRange(1, 1).protect().setDescription("À la main");
    fake.host.resetCounts();
    run(fake, addon, "nmirfProtectWarning");
    const ours = () => recs.sheet.protections.filter((p) => p.description.startsWith("nmirf: "));
    expect(ours().map((p) => [p.a1, p.warningOnly])).toEqual(runs.map((r) => [recs.sheet.getRange(r.top, 1, r.bottom - r.top + 1, recs.keys.length).a1(), true]));
    expect(ours()[0]!.description).toBe("nmirf: Ministère de la Justice");
    expect(fake.host.count("Range.protect")).toBe(runs.length);
    expect(fake.host.count("Range.getValues")).toBeLessThanOrEqual(3);
    expect(fake.host.total).toBeLessThan(40 + 5 * runs.length);
    expect(fake.ui.alerts.at(-1)).toMatch(/plages protégées couvrent les lignes de 2 institutions/);
    run(fake, addon, "nmirfProtectWarning");
    expect(ours()).toHaveLength(runs.length);
    expect(recs.sheet.protections.filter((p) => p.description === "À la main")).toHaveLength(1);
    expect(fake.lock.held).toBe(false);
  });

  it("strict: only the focal points listed for the institution (and the secretariat) edit its rows; removal keeps hand-made protections", () => {
    const { fake, addon, recs, runs } = protectedTracker();
    fake.seed({ name: "Points focaux", rows: [["Institution", "Adresses"], ["ministère de la justice", "fp.justice@example.org; adjoint.justice@example.org"]] });
    run(fake, addon, "nmirfProtectStrict");
    const ours = recs.sheet.protections.filter((p) => p.description.startsWith("nmirf: "));
    expect(ours).toHaveLength(runs.length);
    const byInstitution = Object.fromEntries(ours.map((p) => [p.description, [p.warningOnly, p.domainEdit, [...p.editors].sort()]]));
    expect(byInstitution["nmirf: Ministère de la Justice"]).toEqual([false, false, ["adjoint.justice@example.org", "fp.justice@example.org", "secretariat@example.org"]]);
    expect(byInstitution["nmirf: Ministère de la Santé"]).toEqual([false, false, ["secretariat@example.org"]]);
    expect(byInstitution["nmirf: Ministère de la Justice; Ministère de la Santé"]![2]).toContain("fp.justice@example.org");
    expect(fake.ui.alerts.at(-1)).toMatch(/« Points focaux ».*pour : Ministère de la Santé\./s);
    run(fake, addon, "nmirfProtectWarning");
    expect(recs.sheet.protections.every((p) => p.warningOnly)).toBe(true);
    recs.sheet.getRange(1, 1).protect().setDescription("À la main");
    run(fake, addon, "nmirfUnprotect");
    expect(recs.sheet.protections.map((p) => p.description)).toEqual(["À la main"]);
    expect(fake.spreadsheet.toasts.at(-1)).toMatch(new RegExp(`^${runs.length} protections de lignes`));
  });

  it("without a tracker, says to convert first and protects nothing", () => {
    const fake = seededFake();
    const addon = loadAddon(fake);
    run(fake, addon, "nmirfProtectStrict");
    run(fake, addon, "nmirfChangeLog");
    expect(fake.ui.alerts).toEqual(Array.from({ length: 2 }, () => "Ce classeur ne contient pas encore d'outil de suivi : convertissez d'abord une feuille."));
    expect(fake.spreadsheet.sheets.flatMap((s) => s.protections)).toEqual([]);
  });
});
