/**
 * The production Excel task pane (built by webpack) in headless Chromium, Office.js answered by the strict fake:
 * convert, validate, fix and dashboard on the team's own messy trackers, in French, Spanish and Arabic.
 */
import { seriousAxeViolations } from "../support/axe";
import { chromiumForSuite, describeWithChromium, openTaskPane, type TaskPane } from "../support/browser";
import { saveScreenshot } from "../support/screenshots";
import type { SeedSheet } from "../../fakes/excel";
import { ARABIC_TRACKER, FRENCH_TRACKER, SPANISH_MATRIX } from "./fixtures";

const PAGE = "excel/taskpane.html";

describeWithChromium("the Excel task pane", () => {
  const browser = chromiumForSuite();
  let pane: TaskPane | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  const open = async (sheets: SeedSheet[], displayLanguage: string): Promise<TaskPane> => {
    pane = await openTaskPane(browser(), { page: PAGE, seed: { sheets, displayLanguage } });
    return pane;
  };
  const clean = (p: TaskPane) => ({ external: p.externalRequests, notFound: p.notFound, console: p.consoleErrors, errors: p.pageErrors });
  const status = (p: TaskPane, text: string | RegExp) => p.page.getByRole("status").filter({ hasText: text }).waitFor({ timeout: 30_000 });

  it("converts a French tracker with merged activities into the tracker sheets, leaving the user's sheet as it was", async () => {
    const p = await open([FRENCH_TRACKER], "fr-FR");
    const before = await p.fake.values(FRENCH_TRACKER.name);
    await p.page.getByRole("button", { name: "Lire cette feuille" }).click();
    await p.page.getByText("En-têtes de colonnes trouvés à la ligne 2 de « Suivi EPU ».").waitFor();
    await p.page.getByText("3 recommandations et 4 activités", { exact: false }).waitFor();
    await saveScreenshot(p.page, "excel-convert-preview-fr");
    expect(await seriousAxeViolations(p.page)).toEqual([]);

    await p.page.getByRole("button", { name: "Créer le suivi" }).click();
    await status(p, "Suivi écrit : 3 recommandations");
    await saveScreenshot(p.page, "excel-convert-done-fr");
    expect(await p.fake.sheetNames()).toEqual(expect.arrayContaining(["Suivi EPU", "Recommandations", "Activités", "Tableau de bord", "Problèmes", "Journal des modifications", "Listes"]));
    expect(await p.fake.values(FRENCH_TRACKER.name)).toEqual(before);
    const recs = await p.fake.values("Recommandations");
    expect(recs.flat()).toContain("Garantir l'enregistrement des naissances");
    const acts = await p.fake.values("Activités");
    expect(acts.flat()).toEqual(expect.arrayContaining(["Projet de loi de ratification", "Dépôt des instruments"]));
    expect(clean(p)).toEqual({ external: [], notFound: [], console: [], errors: [] });
  });

  it("re-running Convert updates the tracker with the diff shown first instead of adding a second one", async () => {
    const p = await open([FRENCH_TRACKER], "fr-FR");
    await p.page.getByRole("button", { name: "Lire cette feuille" }).click();
    await p.page.getByRole("button", { name: "Créer le suivi" }).click();
    await status(p, "Suivi écrit");
    const sheets = await p.fake.sheetNames();
    await p.page.getByRole("button", { name: "Lire cette feuille" }).click();
    await p.page.getByText("0 nouvelles, 0 modifiées, 3 inchangées", { exact: false }).waitFor();
    await p.page.getByRole("button", { name: "Mettre à jour le suivi" }).click();
    await status(p, "Suivi écrit");
    expect(await p.fake.sheetNames()).toEqual(sheets);
  });

  it("validates the tracker: the unreadable status is listed, marked in the sheet, and fixed in one click", async () => {
    const p = await open([FRENCH_TRACKER], "fr-FR");
    await p.page.getByRole("button", { name: "Lire cette feuille" }).click();
    await p.page.getByRole("button", { name: "Créer le suivi" }).click();
    await status(p, "Suivi écrit");
    await p.page.getByRole("tab", { name: "Vérifier" }).click();
    await p.page.getByRole("button", { name: "Vérifier le suivi" }).click();
    const issue = p.page.getByRole("listitem").filter({ hasText: "« encours »" });
    await issue.waitFor();
    await saveScreenshot(p.page, "excel-validate-fr");
    expect(await seriousAxeViolations(p.page)).toEqual([]);
    const fills = () => p.page.evaluate(() => {
      const fake = (globalThis as unknown as { __nmirfFake: { excel: { sheet(n: string): { fills: Map<string, string> } } } }).__nmirfFake;
      return [...fake.excel.sheet("Activités").fills.keys()];
    });
    const fixedCell = await issue.getByText(/^Activités!D\d+$/).textContent();
    const key = (address: string) => `${Number(address.replace(/^.*![A-Z]+/, "")) - 1},3`;
    expect(await fills()).toContain(key(fixedCell!));

    await issue.getByRole("button", { name: "Aller à la cellule" }).click();
    await issue.getByRole("button", { name: "Utiliser « En cours »" }).click();
    await status(p, /contient maintenant « En cours »/);
    expect((await p.fake.values("Activités")).flat()).toContain("En cours");
    expect(await p.page.getByRole("listitem").filter({ hasText: "« encours »" }).count()).toBe(0);
    expect(await fills()).not.toContain(key(fixedCell!));
    expect(clean(p)).toEqual({ external: [], notFound: [], console: [], errors: [] });
  });

  it("refreshes the dashboard as of a date in Spanish, with its tables and charts on the Dashboard sheet", async () => {
    const p = await open([SPANISH_MATRIX], "es-ES");
    await p.page.getByRole("button", { name: "Leer esta hoja" }).click();
    await p.page.getByRole("button", { name: "Crear el seguimiento" }).click();
    await status(p, "Seguimiento escrito: 2 recomendaciones");
    await p.page.getByRole("tab", { name: "Panel" }).click();
    await p.page.getByLabel("Atrasadas al").fill("2026-01-31");
    await p.page.getByRole("button", { name: "Actualizar el panel" }).click();
    await status(p, "Hoja del panel actualizada al 2026-01-31");
    await p.page.getByRole("table", { name: "Por mecanismo" }).waitFor();
    await saveScreenshot(p.page, "excel-dashboard-es");
    const charts = await p.page.evaluate(() => {
      const fake = (globalThis as unknown as { __nmirfFake: { excel: { sheet(n: string): { charts: unknown[] } } } }).__nmirfFake;
      return fake.excel.sheet("Panel").charts.length;
    });
    expect(charts).toBeGreaterThan(0);
    expect(await seriousAxeViolations(p.page)).toEqual([]);
  });

  it("speaks Arabic right to left", async () => {
    const p = await open([ARABIC_TRACKER], "ar-SA");
    await p.page.getByRole("button", { name: "قراءة هذه الورقة" }).click();
    await p.page.getByRole("button", { name: "إنشاء جدول المتابعة" }).waitFor();
    expect(await p.page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await p.page.locator(".fui-FluentProvider").first().getAttribute("dir")).toBe("rtl");
    await saveScreenshot(p.page, "excel-convert-ar");
    expect(await seriousAxeViolations(p.page)).toEqual([]);
    expect(clean(p)).toEqual({ external: [], notFound: [], console: [], errors: [] });
  });
});
