/// <reference types="office-js" />
/**
 * The Sheets sidebar (sheets-apps-script/dist/sidebar.html, as HtmlService serves it) in headless Chromium, with
 * `google.script.run` bridged to the built add-on on the strict Apps Script fake: convert, validate and fix,
 * dashboard, packs split for download, in French and Arabic, on the same trackers as the Excel task pane's tests.
 */
import fs from "node:fs";
import { readXlsx } from "../../../cli/read/readXlsx";
import type { SourceFile } from "../../../shared/grid/grid";
import { readPack } from "../../../shared/packs";
import { applyPlan as applyInExcel } from "../../../excel-addin/src/adapter/applyPlan";
import { readWorkbookGrids } from "../../../excel-addin/src/adapter/readWorkbookGrids";
import { readSpreadsheetGrids } from "../../../sheets-apps-script/src/adapter/readSpreadsheetGrids";
import { FakeAppsScript, type SeedSheet } from "../../fakes/appsScript";
import { FakeExcel, type SeedSheet as ExcelSeedSheet } from "../../fakes/excel";
import { withGlobals } from "../../sheets-apps-script/support";
import { ARABIC_TRACKER, FRENCH_TRACKER } from "../excel/fixtures";
import { seriousAxeViolations } from "../support/axe";
import { chromiumForSuite, describeWithChromium } from "../support/browser";
import { saveScreenshot } from "../support/screenshots";
import { openSidebar, type Sidebar } from "./openSidebar";

/** The Excel fixture as the same sheet in Google Sheets (merges there are 1-based row, column and size). */
const inSheets = (sheet: ExcelSeedSheet): SeedSheet => ({
  name: sheet.name,
  rows: sheet.rows.map((row) => row.map((v) => (v === undefined ? null : (v as string | number | boolean | null)))),
  merges: (sheet.merges ?? []).map((m) => ({ row: m.top + 1, col: m.left + 1, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 })),
});

const spreadsheet = (sheet: ExcelSeedSheet, locale: string): FakeAppsScript => {
  const fake = new FakeAppsScript("Suivi des recommandations").seed(inSheets(sheet));
  fake.locale = locale;
  return fake;
};

const trimmed = <T>(cells: readonly T[]): T[] => {
  const out = [...cells];
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
};

/** The tracker sheets as a reader sees them, trailing empty cells left out. */
const trackerRows = (book: SourceFile, source: string) =>
  book.sheets.filter((s) => s.name !== source).map((s) => ({ name: s.name, rows: s.rows.map(trimmed) }));

describeWithChromium("the Google Sheets sidebar", () => {
  const browser = chromiumForSuite();
  let sidebar: Sidebar | undefined;
  afterEach(async () => {
    await sidebar?.close();
    sidebar = undefined;
  });

  const open = async (fake: FakeAppsScript): Promise<Sidebar> => (sidebar = await openSidebar(browser(), fake));
  const clean = (s: Sidebar) => ({ external: s.externalRequests, notFound: s.notFound, console: s.consoleErrors, errors: s.pageErrors });
  const status = (s: Sidebar, text: string | RegExp) => s.page.getByRole("status").filter({ hasText: text }).waitFor({ timeout: 30_000 });
  const convert = async (s: Sidebar) => {
    await s.page.getByRole("button", { name: "Lire cette feuille" }).click();
    await s.page.getByRole("button", { name: "Créer le suivi" }).click();
    await status(s, "Suivi écrit : 3 recommandations");
  };

  it("converts a French tracker into the same tracker sheets and values as the Excel add-in writes from the same plan", async () => {
    const fake = spreadsheet(FRENCH_TRACKER, "fr_FR");
    const before = fake.sheet(FRENCH_TRACKER.name).state();
    const s = await open(fake);
    await s.page.getByRole("button", { name: "Lire cette feuille" }).click();
    await s.page.getByText("En-têtes de colonnes trouvés à la ligne 2 de « Suivi EPU ».").waitFor();
    await s.page.getByText("3 recommandations et 4 activités", { exact: false }).waitFor();
    await saveScreenshot(s.page, "sheets-convert-preview-fr");
    expect(await seriousAxeViolations(s.page)).toEqual([]);
    await s.page.getByRole("button", { name: "Créer le suivi" }).click();
    await status(s, "Suivi écrit : 3 recommandations");
    await saveScreenshot(s.page, "sheets-convert-done-fr");

    expect(s.plans).toHaveLength(1);
    const plan = s.plans[0]!;
    // the tracker, and the hidden snapshot the change log's next refresh compares with
    expect(fake.sheetNames()).toEqual([FRENCH_TRACKER.name, ...plan.sheets.map((p) => p.name), "~nmirf-edits"]);
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(["Recommandations", "Activités", "Tableau de bord", "Problèmes", "Journal des modifications", "Listes"]));
    expect(fake.sheet(FRENCH_TRACKER.name).state()).toBe(before);
    fake.host.beginExecution();
    // the change log's hidden snapshot is the Sheets add-on's own, not part of the tracker
    const inGoogle = withGlobals(fake, () => readSpreadsheetGrids({ skip: ["~nmirf-edits"] }));
    const excel = new FakeExcel().seed(FRENCH_TRACKER);
    const context = excel.requestContext as unknown as Excel.RequestContext;
    await applyInExcel(context, plan, { keep: [FRENCH_TRACKER.name] });
    const inExcel = await readWorkbookGrids(context, { file: "workbook" });
    expect(trackerRows(inGoogle, FRENCH_TRACKER.name)).toEqual(trackerRows(inExcel, FRENCH_TRACKER.name));
    expect(inGoogle.sheets.find((g) => g.name === "Recommandations")!.rows.flat()).toContain("Garantir l'enregistrement des naissances");
    expect(clean(s)).toEqual({ external: [], notFound: [], console: [], errors: [] });
  });

  it("with the Advanced Sheets service enabled (the Sheets API build), writes the same tracker through the API", async () => {
    const fake = spreadsheet(FRENCH_TRACKER, "fr_FR");
    fake.advancedSheets = true;
    const s = await open(fake);
    await convert(s);
    const plan = s.plans[0]!;
    expect(fake.sheetNames()).toEqual([FRENCH_TRACKER.name, ...plan.sheets.map((p) => p.name), "~nmirf-edits"]);
    expect([fake.host.count("Range.setValues"), fake.host.count("Sheets.Spreadsheets.Values.batchUpdate") > 0]).toEqual([0, true]);
    fake.host.beginExecution();
    const inGoogle = withGlobals(fake, () => readSpreadsheetGrids({ skip: ["~nmirf-edits"] }));
    const excel = new FakeExcel().seed(FRENCH_TRACKER);
    const context = excel.requestContext as unknown as Excel.RequestContext;
    await applyInExcel(context, plan, { keep: [FRENCH_TRACKER.name] });
    expect(trackerRows(inGoogle, FRENCH_TRACKER.name)).toEqual(trackerRows(await readWorkbookGrids(context, { file: "workbook" }), FRENCH_TRACKER.name));
    expect(clean(s)).toEqual({ external: [], notFound: [], console: [], errors: [] });
  });

  it("writes in several executions when one would pass Apps Script's time limit", async () => {
    const fake = spreadsheet(FRENCH_TRACKER, "fr_FR");
    fake.host.msPerCall = 3_000; // a slow day: about 90 calls fit in one execution's budget
    const s = await open(fake);
    await convert(s);
    expect(s.calls.filter((c) => c === "sidebarApplyPlan").length).toBeGreaterThan(1);
    // no temporary sheet nor checkpoint left; the tracker's layout is remembered for the on-edit trigger
    expect(fake.sheetNames().filter((n) => /^~nmirf\d/.test(n))).toEqual([]);
    expect([...fake.documentProperties.store.keys()]).toEqual(["nmirf.layout"]);
    expect(clean(s)).toEqual({ external: [], notFound: [], console: [], errors: [] });
  });

  it("validates the tracker: the unreadable status is listed, marked in the sheet, and fixed in one click", async () => {
    const fake = spreadsheet(FRENCH_TRACKER, "fr_FR");
    const s = await open(fake);
    await convert(s);
    await s.page.getByRole("tab", { name: "Vérifier" }).click();
    await s.page.getByRole("button", { name: "Vérifier le suivi" }).click();
    const issue = s.page.getByRole("listitem").filter({ hasText: "« encours »" });
    await issue.waitFor();
    await saveScreenshot(s.page, "sheets-validate-fr");
    expect(await seriousAxeViolations(s.page)).toEqual([]);
    const address = (await issue.getByText(/^Activités!D\d+$/).textContent())!;
    const row = Number(address.replace(/^.*![A-Z]+/, ""));
    const fill = () => fake.sheet("Activités").cellAt(row, 4)?.background;
    expect(fill()).toBeDefined();

    await issue.getByRole("button", { name: "Aller à la cellule" }).click();
    await issue.getByRole("button", { name: "Utiliser « En cours »" }).click();
    await status(s, /contient maintenant « En cours »/);
    expect(fake.sheet("Activités").cellAt(row, 4)?.value).toBe("En cours");
    expect([fake.spreadsheet.active?.name, fake.sheet("Activités").activeRange]).toEqual(["Problèmes", `D${row}`]);
    expect(await s.page.getByRole("listitem").filter({ hasText: "« encours »" }).count()).toBe(0);
    expect(fill()).toBeUndefined();
    expect(clean(s)).toEqual({ external: [], notFound: [], console: [], errors: [] });
  });

  it("refreshes the dashboard sheet as of a date", async () => {
    const fake = spreadsheet(FRENCH_TRACKER, "fr_FR");
    const s = await open(fake);
    await convert(s);
    await s.page.getByRole("tab", { name: "Tableau de bord" }).click();
    await s.page.getByLabel("En retard au").fill("2026-01-31");
    await s.page.getByRole("button", { name: "Actualiser le tableau de bord" }).click();
    await status(s, "Feuille du tableau de bord mise à jour au 2026-01-31");
    await s.page.getByRole("table").first().waitFor();
    await saveScreenshot(s.page, "sheets-dashboard-fr");
    expect(await seriousAxeViolations(s.page)).toEqual([]);
    expect(s.plans.at(-1)!.sheets.map((p) => p.name)).toEqual(["Tableau de bord"]);
    fake.host.beginExecution();
    const dashboard = withGlobals(fake, () => readSpreadsheetGrids({ sheets: ["Tableau de bord"] })).sheets[0]!;
    expect(dashboard.rows.flat()).toEqual(expect.arrayContaining(s.plans.at(-1)!.sheets[0]!.values.flat().filter((v) => typeof v === "string" && v !== "")));
    expect(clean(s)).toEqual({ external: [], notFound: [], console: [], errors: [] });
  });

  it("accepts a suggested theme into the Recommendations sheet and logs it, from the same Clusters and tags view", async () => {
    const fake = spreadsheet(FRENCH_TRACKER, "fr_FR");
    const s = await open(fake);
    await convert(s);
    await s.page.getByRole("tab", { name: "Groupes et étiquettes" }).click();
    await s.page.getByRole("button", { name: "Examiner les propositions" }).click();
    await s.page.getByRole("heading", { name: "Étiquettes", exact: true }).waitFor({ timeout: 30_000 });
    const theme = s.page.getByRole("checkbox", { name: /^Thèmes : .* — score \d\.\d\d/ }).first();
    const value = /^Thèmes : (.*) — score/.exec((await theme.getAttribute("aria-label")) ?? (await s.page.locator(`label[for="${await theme.getAttribute("id")}"]`).innerText()))![1]!;
    await theme.check();
    await saveScreenshot(s.page, "sheets-clusters-fr");
    expect(await seriousAxeViolations(s.page)).toEqual([]);
    await s.page.getByRole("button", { name: "Accepter les 1 étiquettes cochées" }).click();
    await status(s, "1 étiquettes écrites dans le suivi");
    fake.host.beginExecution();
    const book = withGlobals(fake, () => readSpreadsheetGrids({ sheets: ["Recommandations", "Journal des modifications"] }));
    const cells = (name: string) => book.sheets.find((g) => g.name === name)!.rows.flat().map(String);
    expect(cells("Recommandations").some((v) => v.split(/;\s*/).includes(value.replace(/; /g, ", ")))).toBe(true);
    expect(cells("Journal des modifications")).toEqual(expect.arrayContaining(["accept", value]));
    expect(clean(s)).toEqual({ external: [], notFound: [], console: [], errors: [] });
  });

  it("splits the tracker into packs to download, with no Open in Excel", async () => {
    const institutions = ["Ministère de la Justice", "Ministère de la Justice", "Ministère de la Santé"];
    const source = { ...FRENCH_TRACKER, rows: FRENCH_TRACKER.rows.map((row, i) => [...row, i === 1 ? "Institution responsable" : i > 1 ? (institutions[Number(row[0]) - 1] ?? null) : null]) };
    const s = await open(spreadsheet(source, "fr_FR"));
    await convert(s);
    await s.page.getByRole("tab", { name: "Paquets" }).click();
    await s.page.getByRole("button", { name: "Préparer les paquets" }).click();
    await status(s, "2 paquets prêts.");
    expect(await s.page.getByRole("button", { name: "Ouvrir dans Excel" }).count()).toBe(0);
    const health = s.page.getByRole("listitem").filter({ hasText: "Ministère de la Santé —" });
    const [download] = await Promise.all([s.page.waitForEvent("download"), health.getByRole("link", { name: "Télécharger" }).click()]);
    expect(download.suggestedFilename()).toBe("Ministère-de-la-Santé.xlsx");
    const read = readPack(await readXlsx("pack.xlsx", fs.readFileSync(await download.path())));
    expect(read.ok && read.pack.meta.institution).toBe("Ministère de la Santé");
    expect(clean(s)).toEqual({ external: [], notFound: [], console: [], errors: [] });
  });

  it("speaks Arabic right to left", async () => {
    const s = await open(spreadsheet(ARABIC_TRACKER, "ar"));
    await s.page.getByRole("button", { name: "قراءة هذه الورقة" }).click();
    await s.page.getByRole("button", { name: "إنشاء جدول المتابعة" }).waitFor();
    expect(await s.page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await s.page.locator("html").getAttribute("lang")).toBe("ar");
    expect(await s.page.locator(".fui-FluentProvider").first().getAttribute("dir")).toBe("rtl");
    await saveScreenshot(s.page, "sheets-convert-ar");
    expect(await seriousAxeViolations(s.page)).toEqual([]);
    expect(clean(s)).toEqual({ external: [], notFound: [], console: [], errors: [] });
  });
});
