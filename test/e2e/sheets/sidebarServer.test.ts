/**
 * The sidebar's server functions in the built bundle (dist/Code.js in a bare `vm` context with the strict Apps
 * Script fake), called as `google.script.run` calls them: one execution each, plain data in and out.
 */
import { analyseConvert, validateTracker } from "../../../shared/flows";
import type { SourceFile } from "../../../shared/grid/grid";
import { readTrackerWorkbook } from "../../../shared/import/trackerWorkbook";
import { basedOn } from "../../../shared/workbook/basedOn";
import { planToSourceFile } from "../../../shared/workbook/planToSourceFile";
import type { WorkbookPlan } from "../../../shared/workbook/plan";
import type { ApplyProgress } from "../../../sheets-apps-script/src/sidebarApi";
import { readSpreadsheetGrids } from "../../../sheets-apps-script/src/adapter/readSpreadsheetGrids";
import type { FakeAppsScript } from "../../fakes/appsScript";
import { MESSY_SHEET, seededFake, withGlobals } from "../../sheets-apps-script/support";
import { loadAddon, runServer, type Addon } from "./addonBundle";

const NOW = "2026-11-22T09:00:00.000Z";

const server = (fake: FakeAppsScript, addon: Addon) => (name: string, ...args: unknown[]) => runServer(fake, addon, name, args);

function convertPlan(workbook: SourceFile): WorkbookPlan {
  return analyseConvert({ workbook, sheet: MESSY_SHEET.name, lang: "fr", now: NOW, by: "secretariat@example.org" }).plan;
}

/** Calls sidebarApplyPlan as the sidebar does, until finished; returns how many executions it took. */
function applyAll(call: ReturnType<typeof server>, plan: WorkbookPlan, keep: string[]): number {
  for (let executions = 1; ; executions++) {
    const progress = call("sidebarApplyPlan", plan, keep) as ApplyProgress;
    if (progress.finished) return executions;
    expect(progress.done).toBeLessThan(progress.total);
  }
}

describe("the sidebar's server functions in the built bundle", () => {
  it("adds “Open the sidebar” to the menu and serves the one inlined page, titled in the user's language", () => {
    const fake = seededFake();
    const addon = loadAddon(fake);
    addon.onOpen!();
    expect(fake.ui.menus[0]!.items).toContainEqual({ caption: "Ouvrir le panneau latéral", functionName: "nmirfSidebar" });
    addon.nmirfSidebar!();
    expect(fake.ui.sidebarTitles).toEqual(["Outil de suivi NMIRF"]);
    const html = fake.ui.sidebars[0]!;
    expect(html).toContain('<div id="root"></div>');
    // self-contained: Apps Script serves only the project's files, so nothing may be fetched
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import/i);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it("reads every sheet as plain data: dates as serials, never Date objects", () => {
    const fake = seededFake();
    const call = server(fake, loadAddon(fake));
    const book = call("sidebarReadWorkbook") as SourceFile;
    expect(book.sheets.map((s) => s.name)).toEqual([MESSY_SHEET.name]);
    expect(JSON.parse(JSON.stringify(book))).toEqual(book);
    expect(book.sheets[0]!.rows[3]![5]).toEqual({ kind: "date", serial: expect.any(Number) });
    expect(call("sidebarActiveSheet")).toBe(MESSY_SHEET.name);
    expect(call("sidebarUser")).toEqual({ lang: "fr", user: "secretariat@example.org", tab: null });
    fake.email = "";
    expect(call("sidebarUser")).toEqual({ lang: "fr", user: "utilisateur inconnu", tab: null });
  });

  it("opens the sidebar at the tab of the menu item chosen, once", () => {
    const fake = seededFake();
    const addon = loadAddon(fake);
    const call = server(fake, addon);
    addon.nmirfClusters!();
    expect(call("sidebarUser")).toMatchObject({ tab: "clusters" });
    expect(call("sidebarUser")).toMatchObject({ tab: null });
    addon.nmirfImport!();
    addon.nmirfSidebar!();
    expect(call("sidebarUser")).toMatchObject({ tab: null });
  });

  it("writes a plan across executions when one would pass the time limit, under the lock, leaving the user's sheet alone", () => {
    const fake = seededFake();
    const call = server(fake, loadAddon(fake));
    const plan = convertPlan(call("sidebarReadWorkbook") as SourceFile);
    const source = fake.sheet(MESSY_SHEET.name).state();
    fake.host.msPerCall = 3_000; // a slow day: about 90 calls fit in one execution's budget
    const executions = applyAll(call, plan, [MESSY_SHEET.name]);
    expect(executions).toBeGreaterThan(2);
    // the tracker, and the hidden snapshot the change log's next refresh compares with
    expect(fake.sheetNames()).toEqual([MESSY_SHEET.name, ...plan.sheets.map((s) => s.name), "~nmirf-edits"]);
    expect(fake.sheet("~nmirf-edits").hidden).toBe(true);
    fake.host.msPerCall = 20;
    fake.host.beginExecution();
    const read = withGlobals(fake, () => readSpreadsheetGrids({ sheets: plan.sheets.map((s) => s.name), file: "tracker.xlsx" }));
    expect(readTrackerWorkbook(read)).toEqual(readTrackerWorkbook(planToSourceFile(plan)));
    expect(fake.sheet(MESSY_SHEET.name).state()).toBe(source);
    expect([fake.lock.acquisitions, fake.lock.releases, fake.lock.held]).toEqual([executions, executions, false]);
    // no checkpoint left, only the tracker's layout remembered for the on-edit trigger
    expect([...fake.documentProperties.store.keys()]).toEqual(["nmirf.layout"]);
    // the snapshot is the add-on's own: the pane never sees it among the workbook's sheets
    expect((call("sidebarReadWorkbook") as SourceFile).sheets.map((g) => g.name)).toEqual([MESSY_SHEET.name, ...plan.sheets.map((p) => p.name)]);
  });

  it("refuses, in the user's language, to write a plan over a tracker someone changed since the pane read it", () => {
    const fake = seededFake();
    const call = server(fake, loadAddon(fake));
    applyAll(call, convertPlan(call("sidebarReadWorkbook") as SourceFile), [MESSY_SHEET.name]);
    const read = call("sidebarReadWorkbook") as SourceFile;
    const plan = convertPlan(read);
    // a ministry types into the tracker while the pane shows its analysis
    fake.sheet("Recommandations").cellAt(2, 3, true).value = "Texte revu par le ministère";
    const before = fake.spreadsheet.sheets.map((s) => s.state());
    expect(() => call("sidebarApplyPlan", plan, [MESSY_SHEET.name], basedOn(plan, read))).toThrow(/^Quelqu'un a modifié l'outil de suivi/);
    expect(fake.spreadsheet.sheets.map((s) => s.state())).toEqual(before);
    const again = call("sidebarReadWorkbook") as SourceFile;
    expect((call("sidebarApplyPlan", convertPlan(again), [MESSY_SHEET.name], basedOn(convertPlan(again), again)) as ApplyProgress).finished).toBe(true);
  });

  it("discards a paused run on cancel: no temporary sheet or checkpoint is left", () => {
    const fake = seededFake();
    const call = server(fake, loadAddon(fake));
    const plan = convertPlan(call("sidebarReadWorkbook") as SourceFile);
    fake.host.msPerCall = 3_000;
    expect((call("sidebarApplyPlan", plan, [MESSY_SHEET.name]) as ApplyProgress).finished).toBe(false);
    expect(fake.sheetNames().length).toBeGreaterThan(1);
    call("sidebarDiscardPlan");
    expect(fake.sheetNames()).toEqual([MESSY_SHEET.name]);
    expect(fake.documentProperties.store.size).toBe(0);
    expect(fake.lock.held).toBe(false);
  });

  it("goes to a cell, writes one with the tracker's format, and paints issue fills in one call per sheet", () => {
    const fake = seededFake();
    const call = server(fake, loadAddon(fake));
    const plan = convertPlan(call("sidebarReadWorkbook") as SourceFile);
    applyAll(call, plan, [MESSY_SHEET.name]);
    const validation = validateTracker({ workbook: call("sidebarReadWorkbook") as SourceFile, lang: "fr", now: NOW, by: "secretariat@example.org" })!;
    const located = validation.highlights.find((h) => h.cells.length > 0)!;
    expect(located).toBeDefined();

    fake.host.resetCounts();
    call("sidebarPaintHighlights", validation.highlights);
    expect(fake.host.count("Range.setBackgrounds")).toBe(validation.highlights.filter((h) => h.rows > 0 || h.cells.length > 0).length);
    const cell = located.cells[0]!;
    expect(fake.sheet(located.sheet).cellAt(cell.row + 1, cell.col + 1)?.background).toBe(cell.fill);

    call("sidebarGoTo", { sheet: located.sheet, row: cell.row, col: cell.col });
    expect(fake.spreadsheet.active?.name).toBe(located.sheet);
    expect(fake.sheet(located.sheet).activeRange).toMatch(new RegExp(`^[A-Z]+${cell.row + 1}$`));

    call("sidebarWriteCell", { sheet: located.sheet, row: cell.row, col: cell.col }, { kind: "date", serial: 46022 }, "dd/mm/yyyy");
    const written = fake.sheet(located.sheet).cellAt(cell.row + 1, cell.col + 1)!;
    expect([written.value, written.format]).toEqual([46022, "dd/mm/yyyy"]);
    call("sidebarWriteCell", { sheet: located.sheet, row: cell.row, col: cell.col }, "=12", "dd/mm/yyyy");
    expect([written.value, written.format]).toEqual(["=12", "@"]);
    expect(fake.lock.held).toBe(false);
  });

  it("fails with the server's message when asked for a sheet that is not there", () => {
    const fake = seededFake();
    const call = server(fake, loadAddon(fake));
    expect(() => call("sidebarGoTo", { sheet: "Nowhere", row: 0, col: 0 })).toThrow('No sheet named "Nowhere".');
  });
});
