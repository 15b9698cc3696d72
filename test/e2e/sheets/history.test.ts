/** History in the Google Sheets sidebar: the same view as Excel's, a snapshot written as a hidden sheet and logged. */
import { analyseConvert } from "../../../shared/flows";
import { FakeAppsScript } from "../../fakes/appsScript";
import { file, sheet } from "../../support/grids";
import { seriousAxeViolations } from "../support/axe";
import { chromiumForSuite, describeWithChromium } from "../support/browser";
import { openSidebar, type Sidebar } from "./openSidebar";

/** A French tracker already in the Sheet, as the sidebar's Convert writes it. */
const trackerSheet = (): FakeAppsScript => {
  const { plan } = analyseConvert({
    workbook: file("t.xlsx", sheet("EPU", [
      ["Recommandation", "Statut"],
      ["Ratifier le Protocole facultatif se rapportant à la Convention contre la torture", "Non commencé"],
      ["Adopter une loi sur les violences faites aux femmes", "En cours"],
    ])),
    sheet: "EPU", lang: "fr", now: "2026-03-01T09:00:00Z", by: "secrétariat",
  });
  const fake = new FakeAppsScript("Suivi des recommandations");
  for (const s of plan.sheets) fake.seed({ name: s.name, rows: s.values.map((row) => row.map((cell) => (cell !== null && typeof cell === "object" ? null : cell))) });
  fake.locale = "fr_FR";
  return fake;
};

describeWithChromium("history in the Google Sheets sidebar", () => {
  const browser = chromiumForSuite();
  let sidebar: Sidebar | undefined;
  afterEach(async () => {
    await sidebar?.close();
    sidebar = undefined;
  });

  it("takes a snapshot as a hidden sheet with its Log line, then compares with it", async () => {
    const fake = trackerSheet();
    const s = (sidebar = await openSidebar(browser(), fake));
    const status = (text: string) => s.page.getByRole("status").filter({ hasText: text }).first().waitFor({ timeout: 30_000 });
    await s.page.getByRole("tab", { name: "Historique" }).click();
    await s.page.getByLabel("À la date du").first().fill("2026-01-31");
    await s.page.getByRole("button", { name: "Prendre l'instantané" }).click();
    await status("Instantané du 2026-01-31 conservé dans une feuille masquée (2 recommandations).");
    expect(fake.sheet("Instantané 2026-01-31").hidden).toBe(true);
    expect(s.plans.at(-1)!.sheets.map((p) => p.name)).toEqual(["Journal des modifications", "Instantané 2026-01-31"]);
    expect(fake.sheet("Journal des modifications").cells.flat().some((c) => c.value === "snapshot")).toBe(true);

    await s.page.getByRole("button", { name: "Afficher l'évolution" }).click();
    await s.page.getByRole("button", { name: "Écrire ces tableaux dans une feuille" }).waitFor({ timeout: 30_000 });
    await expect(s.page.getByRole("combobox", { name: "Depuis l'instantané du" }).textContent()).resolves.toBe("2026-01-31");
    expect(await seriousAxeViolations(s.page)).toEqual([]);
    expect({ external: s.externalRequests, errors: s.pageErrors }).toEqual({ external: [], errors: [] });
  });
});
