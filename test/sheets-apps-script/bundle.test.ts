/**
 * The built add-on (dist/Code.js) run in a bare `vm` context that holds only the fake Apps Script globals. The build
 * is `npm run build`'s (or `node sheets-apps-script/build.mjs`); these tests only read it.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
import { readTrackerWorkbook } from "../../shared/import/trackerWorkbook";
import { track } from "../../shared/track/track";
import { planToSourceFile } from "../../shared/workbook/planToSourceFile";
import { planWorkbook } from "../../shared/workbook/planWorkbook";
import { readSpreadsheetGrids } from "../../sheets-apps-script/src/adapter/readSpreadsheetGrids";
import { loadAddon as load, SHEETS_DIST as DIST } from "../e2e/sheets/addonBundle";
import { repoRoot } from "../e2e/support/repoRoot";
import { dateToSerial, FakeAppsScript } from "../fakes/appsScript";
import { MESSY_SHEET, messyGrid, seededFake, withGlobals } from "./support";

/** What the CLI path gives for the same grid: track → planWorkbook → planToSourceFile. */
function cliTracker(fake: FakeAppsScript, now: string) {
  const result = track([{ file: fake.spreadsheet.name, sheets: [messyGrid()] }], { lang: "fr", asOf: now.slice(0, 10), now, by: fake.email });
  const plan = planWorkbook({ recommendations: result.recommendations, issues: result.issues, rollups: result.rollups, log: result.log, lang: "fr", extraColumns: result.extraColumns, generatedAt: now });
  return { result, plan };
}

describe("the built Apps Script bundle", () => {
  it("declares every entry point as a top-level function, in a context without require, process or module", () => {
    const addon = load(seededFake());
    for (const name of ["onOpen", "onInstall", "nmirfConvert", "nmirfValidate", "nmirfDashboard", "nmirfChangeLog", "nmirfOnEdit", "nmirfSidebar", "nmirfHelp"]) expect(typeof addon[name]).toBe("function");
    expect(vm.runInContext("[typeof require, typeof process, typeof module, typeof window].join()", addon as unknown as vm.Context)).toBe("undefined,undefined,undefined,undefined");
  });

  it("ships a manifest with V8 and exactly the least-privilege scopes (docs/sheets.md says why each), and clasp pointed at dist", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "appsscript.json"), "utf8"));
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/script.scriptapp",
      "https://www.googleapis.com/auth/userinfo.email",
    ]);
    expect(manifest.addOns.sheets).toBeDefined();
    expect(JSON.parse(fs.readFileSync(path.join(repoRoot(), "sheets-apps-script", ".clasp.json"), "utf8")).rootDir).toBe("dist");
  });

  it("onOpen in AuthMode.NONE only builds the translated menu, touching no document service; Clusters and Import open the sidebar", () => {
    const fake = seededFake();
    const addon = load(fake);
    fake.host.documentAccess = false;
    addon.onOpen!({ authMode: "NONE" });
    expect(fake.ui.menus).toHaveLength(1);
    const items = fake.ui.menus[0]!.items;
    expect(items.map((i) => i.functionName)).toEqual([
      "nmirfConvert", "nmirfValidate", "nmirfClusters", "nmirfDashboard", "nmirfImport", "nmirfChangeLog",
      "nmirfProtectWarning", "nmirfProtectStrict", "nmirfUnprotect", "nmirfSidebar", "nmirfHelp",
    ]);
    expect(items[0]!.caption).toBe("Convertir cette feuille en outil de suivi");
    expect(fake.ui.menus[0]!.submenus.map((s) => [s.title, s.items.length])).toEqual([["Protéger les lignes de chaque institution", 3]]);
    expect(items.every((i) => typeof addon[i.functionName] === "function" && i.caption !== "")).toBe(true);
    expect(new Set(items.map((i) => i.caption)).size).toBe(items.length);
    expect([...fake.host.calls.keys()].every((k) => k.startsWith("Ui.") || k === "Session.getActiveUserLocale")).toBe(true);
    // Clusters and Import open the sidebar, titled in the user's language
    fake.host.documentAccess = true;
    for (const name of ["nmirfClusters", "nmirfImport"]) {
      fake.host.beginExecution();
      addon[name]!();
    }
    expect(fake.ui.sidebarTitles).toEqual(["Outil de suivi NMIRF", "Outil de suivi NMIRF"]);
  });

  it("nmirfConvert turns a messy sheet into the tracker the CLI writes, leaving the sheet alone, in bounded calls", () => {
    const fake = seededFake();
    const addon = load(fake);
    const source = fake.sheet(MESSY_SHEET.name).state();
    const now = new Date(fake.host.clockMs).toISOString();
    addon.nmirfConvert!();
    const counts = { getValues: fake.host.count("Range.getValues"), setValues: fake.host.count("Range.setValues"), total: fake.host.total };
    const breakdown = JSON.stringify(Object.fromEntries([...fake.host.calls].filter(([k]) => !k.startsWith("Builder.")).sort((a, b) => b[1] - a[1])));
    const { result, plan } = cliTracker(fake, now);
    expect(result.recommendations.length).toBeGreaterThan(0);
    expect(fake.sheetNames()).toEqual([MESSY_SHEET.name, ...plan.sheets.map((s) => s.name), "~nmirf-edits"]);
    const read = withGlobals(fake, () => readSpreadsheetGrids({ sheets: plan.sheets.map((s) => s.name), file: "tracker.xlsx" }));
    expect(readTrackerWorkbook(read)).toEqual(readTrackerWorkbook(planToSourceFile(plan)));
    expect(readTrackerWorkbook(read)?.recommendations.map((r) => r.text)).toContain("=Ratifier le Protocole facultatif");
    expect(fake.sheet(MESSY_SHEET.name).state()).toBe(source);
    expect([fake.lock.acquisitions, fake.lock.releases, fake.lock.held]).toEqual([1, 1, false]);
    expect(fake.spreadsheet.toasts.at(-1)).toMatch(/^Outil de suivi écrit/);
    const written = plan.sheets.filter((s) => s.values.length > 0).length;
    console.log(`convert in the bundle: ${JSON.stringify(counts)} for ${written} written sheets\n${breakdown}`);
    expect(counts.getValues).toBe(1);
    // one more for the change log's hidden snapshot sheet
    expect(counts.setValues).toBe(written + 1);
    // per sheet, width run, style, chart (two calls each) and dropdown — none per row (the 10,000-row test in adapter/ shows the same)
    expect(counts.total).toBeLessThan(330);
  });

  it("two interleaved executions lose no update: a fix made while Convert plans stops its write, and the next Convert keeps it", () => {
    const fake = seededFake();
    const addon = load(fake);
    addon.nmirfConvert!();
    const recs = () => withGlobals(fake, () => readSpreadsheetGrids({ sheets: ["Recommandations"] })).sheets[0]!.rows;
    // a column the secretariat's sheet does not have, so a new Convert has nothing to say about it
    const col = recs()[0]!.indexOf("Observations");
    const note = "Rapport transmis au Comité le 3 mai";
    expect(col).toBeGreaterThan(0);
    // Convert (A) has read the tracker and is about to write when a ministry's fix (B, another execution) lands.
    const original = fake.host.call.bind(fake.host);
    let locks = 0;
    fake.host.call = (name: string, cells?: number) => {
      if (name === "LockService.getDocumentLock" && ++locks === 2) {
        fake.host.call = original;
        addon.sidebarWriteCell!({ sheet: "Recommandations", row: 1, col }, note, "yyyy-mm-dd");
      }
      original(name, cells);
    };
    // the secretariat goes back to its own sheet and converts again
    const convertFromSource = () => {
      fake.spreadsheet.active = fake.sheet(MESSY_SHEET.name);
      fake.host.beginExecution();
      addon.nmirfConvert!();
    };
    convertFromSource();
    expect(locks).toBe(2);
    expect(fake.spreadsheet.toasts.at(-1)).toMatch(/^Quelqu'un a modifié/);
    expect(recs()[1]![col]).toBe(note);
    expect(fake.sheetNames().filter((n) => /^~nmirf\d/.test(n))).toEqual([]);
    convertFromSource();
    expect(fake.spreadsheet.toasts.at(-1)).toMatch(/^Outil de suivi écrit/);
    expect(recs()[1]![col]).toBe(note);
  });

  it("nmirfConvert on a long sheet pauses before the 6-minute limit and the next Convert finishes the same tracker", () => {
    const rows = [MESSY_SHEET.rows[2]!, ...Array.from({ length: 3000 }, (_, i) => [`128.${i + 1}`, `Recommandation ${i + 1} : =garantir l'accès`, "Acceptée", "En cours", "Ministère de la Justice", new Date(2025, 0, 1 + (i % 300))])];
    const fake = new FakeAppsScript("Tracker Burkina").seed({ name: "Longue", rows });
    fake.locale = "fr_FR";
    [fake.host.msPerCall, fake.host.msPerCell] = [1_500, 1];
    const addon = load(fake);
    const now = new Date(fake.host.clockMs).toISOString();
    addon.nmirfConvert!();
    expect(fake.spreadsheet.toasts.at(-1)).toMatch(/^Pause après/);
    expect(fake.lock.held).toBe(false);
    let runs = 1;
    while (/^Pause/.test(fake.spreadsheet.toasts.at(-1) ?? "") && runs < 10) {
      fake.host.beginExecution();
      addon.nmirfConvert!();
      runs++;
    }
    expect(fake.spreadsheet.toasts.at(-1)).toMatch(/^Outil de suivi écrit : 3000 recommandations/);
    const grid = { name: "Longue", rows: rows.map((r) => r.map((v) => (v instanceof Date ? { kind: "date" as const, serial: dateToSerial(v) } : v))), merges: [] };
    const result = track([{ file: "Tracker Burkina", sheets: [grid] }], { lang: "fr", asOf: now.slice(0, 10), now, by: fake.email });
    const plan = planWorkbook({ recommendations: result.recommendations, issues: result.issues, rollups: result.rollups, log: result.log, lang: "fr", extraColumns: result.extraColumns, generatedAt: now });
    expect(fake.sheetNames()).toEqual(["Longue", ...plan.sheets.map((s) => s.name), "~nmirf-edits"]);
    [fake.host.msPerCall, fake.host.msPerCell] = [20, 0.002];
    fake.host.beginExecution();
    const read = withGlobals(fake, () => readSpreadsheetGrids({ sheets: plan.sheets.map((s) => s.name), file: "tracker.xlsx" }));
    expect(readTrackerWorkbook(read)).toEqual(readTrackerWorkbook(planToSourceFile(plan)));
    expect([fake.lock.acquisitions, fake.lock.releases, [...fake.documentProperties.store.keys()]]).toEqual([runs, runs, ["nmirf.layout"]]);
    console.log(`long sheet: finished in ${runs} executions`);
  });

  describe("built with --sheets-api (the Advanced Sheets service enabled)", () => {
    const variant = fs.mkdtempSync(path.join(os.tmpdir(), "nmirf-sheets-api-"));
    beforeAll(() => {
      execFileSync(process.execPath, [path.join(repoRoot(), "sheets-apps-script", "build.mjs"), variant, "--sheets-api"], { stdio: "pipe" });
    });
    afterAll(() => fs.rmSync(variant, { recursive: true, force: true }));

    it("ships the same code with a manifest that enables the service and trades spreadsheets.currentonly for spreadsheets", () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(variant, "appsscript.json"), "utf8"));
      expect(manifest.oauthScopes).toEqual([
        "https://www.googleapis.com/auth/spreadsheets",
        "https://www.googleapis.com/auth/script.container.ui",
        "https://www.googleapis.com/auth/script.scriptapp",
        "https://www.googleapis.com/auth/userinfo.email",
      ]);
      expect(manifest.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: "Sheets", serviceId: "sheets", version: "v4" }]);
      expect(fs.readFileSync(path.join(variant, "Code.js"), "utf8")).toBe(fs.readFileSync(path.join(DIST, "Code.js"), "utf8"));
    });

    it("nmirfConvert writes the tracker the CLI writes through the Sheets API, in at most 25 calls and none through SpreadsheetApp's setters", () => {
      const fake = seededFake();
      fake.advancedSheets = true;
      const addon = load(fake);
      const source = fake.sheet(MESSY_SHEET.name).state();
      const now = new Date(fake.host.clockMs).toISOString();
      addon.nmirfConvert!();
      const total = fake.host.total;
      const { plan } = cliTracker(fake, now);
      expect(fake.sheetNames()).toEqual([MESSY_SHEET.name, ...plan.sheets.map((s) => s.name), "~nmirf-edits"]);
      const read = withGlobals(fake, () => readSpreadsheetGrids({ sheets: plan.sheets.map((s) => s.name), file: "tracker.xlsx" }));
      expect(readTrackerWorkbook(read)).toEqual(readTrackerWorkbook(planToSourceFile(plan)));
      expect(fake.sheet(MESSY_SHEET.name).state()).toBe(source);
      expect(fake.spreadsheet.active?.name).toBe(plan.sheets[0]!.name);
      expect([...fake.host.calls.keys()].filter((k) => /^(Range\.set|Spreadsheet\.insertSheet|Sheet\.set)/.test(k))).toEqual([]);
      expect(total).toBeLessThanOrEqual(25);
    });
  });

  it("nmirfValidate reports the sheet's problems in an alert and writes nothing", () => {
    const fake = seededFake();
    const addon = load(fake);
    const before = fake.spreadsheet.sheets.map((s) => s.state());
    addon.nmirfValidate!();
    expect(fake.ui.alerts).toHaveLength(1);
    expect(fake.ui.alerts[0]).toMatch(/recommandations lues/);
    expect(fake.spreadsheet.sheets.map((s) => s.state())).toEqual(before);
  });

  it("Dashboard goes to the tracker's dashboard, and Help opens a sidebar", () => {
    const fake = seededFake();
    const addon = load(fake);
    addon.nmirfDashboard!();
    expect(fake.ui.alerts).toHaveLength(1);
    addon.nmirfConvert!();
    addon.nmirfDashboard!();
    expect(fake.spreadsheet.active?.name).toBe("Tableau de bord");
    addon.nmirfHelp!();
    expect(fake.ui.sidebars[0]).toMatch(/Convertir/);
  });
});
