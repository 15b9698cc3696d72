/** Importing an export into the tracker from the Excel task pane: the file is read in the pane, the diff shown first. */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyseConvert } from "../../../shared/flows";
import { file, sheet } from "../../support/grids";
import { seriousAxeViolations } from "../support/axe";
import { chromiumForSuite, describeWithChromium, openTaskPane, type TaskPane } from "../support/browser";
import { saveScreenshot } from "../support/screenshots";
import { seedFromPlan } from "./seedFromPlan";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A UPR Info-style export as the database gives it: one row per recommendation, English. */
async function uprInfoExport(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Recommendations");
  ws.addRows([
    ["Recommendation", "Recommending State", "Response", "Cycle", "Issues"],
    ["Ensure free and universal birth registration", "Mexico", "Supported", 3, "Birth registration"],
    ["Establish a national preventive mechanism against torture", "Denmark", "Supported", 3, "Torture and other CID treatment"],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * UPR Info's raw export as its database gives it (the header and first rows of its public sample): CSV with
 * CR-only line ends, quoted texts with commas, several issues in one quoted cell.
 */
const UPR_INFO_CSV = [
  "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session",
  `Afghanistan,Asia,OIC,"Enact legislation and take effective measures to protect and promote women's rights, especially with regard to forced marriages, honour killings and access to education for all girls.",Austria,WEOG,EU,Accepted,5,"Rights of the Child,Women's rights",5`,
  `Afghanistan,Asia,OIC,Establish a mechanism in order to systematically monitor human rights in the administration of justice and to organise human rights training courses for public officials.,Austria,WEOG,EU,Accepted,5,"Human rights education and training,Justice",5`,
  `Afghanistan,Asia,OIC,Investigate thoroughly all acts of violence against women and defenders of women's rights and bring those responsible to justice.,Austria,WEOG,EU,Accepted,5,"Human rights defenders,Women's rights",5`,
  `Afghanistan,Asia,OIC,Submit its delayed reports to the Committee against Torture.,Czech Republic,EEG,EU,Accepted,5,"Torture and other CID treatment,Treaty bodies",5`,
  "",
].join("\r");

const trackerPlan = () =>
  analyseConvert({
    workbook: file("suivi.xlsx", sheet("EPU", [["Recommandation", "Statut"], ["Garantir l'enregistrement des naissances", "En cours"]])),
    sheet: "EPU", lang: "en", now: "2026-03-01T09:00:00Z", by: "secretariat",
  }).plan;

describeWithChromium("importing an export in the Excel task pane", () => {
  const browser = chromiumForSuite();
  let pane: TaskPane | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it("shows how the export reads and what it adds, then updates the tracker", async () => {
    const plan = trackerPlan();
    const p = (pane = await openTaskPane(browser(), { page: "excel/taskpane.html", seed: { displayLanguage: "en-US", sheets: seedFromPlan(plan) } }));
    await p.page.getByRole("tab", { name: "Import" }).click();
    await p.page.locator("#import-file").setInputFiles({ name: "upr-info.xlsx", mimeType: XLSX, buffer: await uprInfoExport() });
    await p.page.getByRole("button", { name: "Read this file" }).click();
    await p.page.getByText("2 new, 0 changed, 0 unchanged, 1 no longer in this sheet (kept).", { exact: false }).waitFor({ timeout: 30_000 });
    await saveScreenshot(p.page, "excel-import-en");
    expect(await seriousAxeViolations(p.page)).toEqual([]);
    await p.page.getByRole("button", { name: "Update the tracker" }).click();
    await p.page.getByRole("status").filter({ hasText: "Tracker updated from upr-info.xlsx: 3 recommendations in all." }).waitFor({ timeout: 30_000 });
    const recs = (await p.fake.values("Recommendations")).flat();
    expect(recs).toEqual(expect.arrayContaining(["Ensure free and universal birth registration", "Garantir l'enregistrement des naissances"]));
    expect({ external: p.externalRequests, errors: p.pageErrors }).toEqual({ external: [], errors: [] });
  });

  it("imports a UPR Info CSV export picked from the disk, read in the pane as the command line reads it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nmirf-import-csv-"));
    try {
      const csv = join(dir, "upr-info.csv");
      writeFileSync(csv, UPR_INFO_CSV, "latin1");
      const p = (pane = await openTaskPane(browser(), { page: "excel/taskpane.html", seed: { displayLanguage: "en-US", sheets: seedFromPlan(trackerPlan()) } }));
      await p.page.getByRole("tab", { name: "Import" }).click();
      await p.page.getByLabel("Export to import (.xlsx, .csv, .json)").setInputFiles(csv);
      await p.page.getByRole("button", { name: "Read this file" }).click();
      await p.page.getByText("4 new, 0 changed, 0 unchanged, 1 no longer in this sheet (kept).", { exact: false }).waitFor({ timeout: 30_000 });
      await p.page.getByRole("button", { name: "Update the tracker" }).click();
      await p.page.getByRole("status").filter({ hasText: "Tracker updated from upr-info.csv: 5 recommendations in all." }).waitFor({ timeout: 30_000 });
      const recs = (await p.fake.values("Recommendations")).flat();
      expect(recs).toEqual(expect.arrayContaining([
        "Enact legislation and take effective measures to protect and promote women's rights, especially with regard to forced marriages, honour killings and access to education for all girls.",
        "Submit its delayed reports to the Committee against Torture.",
        "Garantir l'enregistrement des naissances",
      ]));
      expect({ external: p.externalRequests, errors: p.pageErrors }).toEqual({ external: [], errors: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
