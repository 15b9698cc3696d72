/**
 * Packs from the Excel task pane. Split: the tracker in the workbook becomes one pack per ministry, opened as a new
 * workbook (Excel.createWorkbook) or downloaded. Merge: a ministry's pack comes back with a status changed and a
 * value nobody can read; the pane shows what it would apply and reject, then applies.
 */
import { analyseConvert, sheetOf } from "../../../shared/flows";
import { readTrackerWorkbook } from "../../../shared/import/trackerWorkbook";
import { planPack, readPack } from "../../../shared/packs";
import { REC_COLUMNS } from "../../../shared/packs/packLayout";
import { planToSourceFile } from "../../../shared/workbook/planToSourceFile";
import fs from "node:fs";
import ExcelJS from "exceljs";
import { readXlsx } from "../../../cli/read/readXlsx";
import { packBytes } from "../../../ui/files/packBytes";
import { file, sheet } from "../../support/grids";
import { seriousAxeViolations } from "../support/axe";
import { chromiumForSuite, describeWithChromium, openTaskPane, type TaskPane } from "../support/browser";
import { saveScreenshot } from "../support/screenshots";
import { seedFromPlan } from "./seedFromPlan";

const JUSTICE = "Ministère de la Justice";
const HEALTH = "Ministère de la Santé";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function trackerPlan() {
  const source = file("suivi.xlsx", sheet("EPU", [
    ["Recommandation", "Statut", "Institution responsable"],
    ["Ratifier le Protocole facultatif se rapportant à la Convention contre la torture", "En cours", JUSTICE],
    ["Adopter une loi sur les violences faites aux femmes", "Non commencé", JUSTICE],
    ["Former les agents de santé aux droits des patients", "En cours", HEALTH],
  ]));
  return analyseConvert({ workbook: source, sheet: "EPU", lang: "fr", now: "2026-03-01T09:00:00Z", by: "secretariat" }).plan;
}

/** The ministry's pack with the first recommendation marked implemented and the second's progress unreadable. */
async function returnedPack(plan: ReturnType<typeof trackerPlan>): Promise<Buffer> {
  const records = readTrackerWorkbook(planToSourceFile(plan))!.recommendations;
  const pack = planPack(records, JUSTICE, { lang: "fr", deadline: "2026-09-30", issuedAt: "2026-03-01T09:00:00Z", trackerId: "suivi.xlsx" });
  const recs = pack.sheets[1]!;
  const at = (id: string) => recs.values.findIndex((row, i) => i > 0 && row[0] === id);
  const values = recs.values.map((row) => [...row]);
  values[at(records[0]!.id)]![REC_COLUMNS.indexOf("status")] = "Mise en œuvre";
  values[at(records[1]!.id)]![REC_COLUMNS.indexOf("progress")] = "beaucoup";
  return Buffer.from(await packBytes({ ...pack, sheets: pack.sheets.map((s, i) => (i === 1 ? { ...s, values } : s)) }));
}

describeWithChromium("merging returned packs in the Excel task pane", () => {
  const browser = chromiumForSuite();
  let pane: TaskPane | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it("lists what each pack would apply and reject, then applies the valid change and logs it", async () => {
    const plan = trackerPlan();
    const p = (pane = await openTaskPane(browser(), { page: "excel/taskpane.html", seed: { displayLanguage: "fr-FR", sheets: seedFromPlan(plan) } }));
    await p.page.getByRole("tab", { name: "Paquets" }).click();
    await p.page.locator("#pack-files").setInputFiles([
      { name: "justice.xlsx", mimeType: XLSX, buffer: await returnedPack(plan) },
      { name: "notes.xlsx", mimeType: XLSX, buffer: Buffer.from("not a workbook") },
    ]);
    await p.page.getByRole("button", { name: "Vérifier les paquets" }).click();
    await p.page.getByText(`${JUSTICE} (justice.xlsx) : 1 appliqués, 1 rejetés, 0 conflits`).waitFor({ timeout: 30_000 });
    await p.page.getByText("notes.xlsx", { exact: false }).first().waitFor();
    await saveScreenshot(p.page, "excel-packs-fr");
    expect(await seriousAxeViolations(p.page)).toEqual([]);

    await p.page.getByRole("button", { name: "Appliquer les modifications valides au suivi" }).click();
    await p.page.getByRole("status").filter({ hasText: "Suivi mis à jour : 1 modifications appliquées et journalisées." }).waitFor({ timeout: 30_000 });
    const recs = await p.fake.values(sheetOf(plan, "recommendations").name);
    expect(recs.flat()).toContain("Mise en œuvre");
    const log = (await p.fake.values(sheetOf(plan, "log").name)).flat();
    expect(log).toContain(JUSTICE);
    expect({ external: p.externalRequests, errors: p.pageErrors }).toEqual({ external: [], errors: [] });
  });

  /** A pack's bytes read back with the shared reader: its metadata and recommendations, and whether its sheets are protected. */
  async function readBack(bytes: Uint8Array) {
    const read = readPack(await readXlsx("pack.xlsx", bytes));
    if (!read.ok) throw new Error(read.problem.code);
    const wb = await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
    const visible = wb.worksheets.filter((ws) => ws.state === "visible");
    const isProtected = visible.every((ws) => (ws as unknown as { sheetProtection: object | null }).sheetProtection !== null);
    return { institution: read.pack.meta.institution, tracker: read.pack.meta.trackerId, deadline: read.pack.meta.deadline, ids: read.pack.rows.map((r) => r.recordId), isProtected };
  }

  it("splits the tracker into one pack per ministry, opens one as a new workbook and downloads the other", async () => {
    const plan = trackerPlan();
    const ids = readTrackerWorkbook(planToSourceFile(plan))!.recommendations.map((r) => r.id);
    // saved on SharePoint: the packs name the tracker by its file name, as the command line does
    const documentUrl = "https://contoso.sharepoint.com/sites/nmirf/Shared%20Documents/Suivi%20EPU.xlsx";
    const p = (pane = await openTaskPane(browser(), { page: "excel/taskpane.html", seed: { sheets: seedFromPlan(plan), documentUrl } }));
    await p.page.getByRole("tab", { name: "Packs" }).click();
    await p.page.getByLabel("Send back by").fill("2026-06-30");
    await p.page.getByRole("button", { name: "Prepare the packs" }).click();
    await p.page.getByRole("status").filter({ hasText: "2 packs ready." }).waitFor({ timeout: 30_000 });
    const items = p.page.getByRole("listitem");
    const justice = items.filter({ hasText: `${JUSTICE} — 2 recommendations` });
    const health = items.filter({ hasText: `${HEALTH} — 1 recommendations` });
    expect([await justice.count(), await health.count()]).toEqual([1, 1]);
    await saveScreenshot(p.page, "excel-packs-split");
    expect(await seriousAxeViolations(p.page)).toEqual([]);

    await justice.getByRole("button", { name: "Open in Excel" }).click();
    await p.page.getByRole("status").filter({ hasText: "Ministère-de-la-Justice.xlsx opened as a new workbook" }).waitFor();
    const opened = await p.fake.openedWorkbooks();
    expect(opened).toHaveLength(1);
    expect(await readBack(Buffer.from(opened[0]!, "base64"))).toEqual({ institution: JUSTICE, tracker: "Suivi EPU.xlsx", deadline: "2026-06-30", ids: ids.slice(0, 2), isProtected: true });

    const [download] = await Promise.all([p.page.waitForEvent("download"), health.getByRole("link", { name: "Download" }).click()]);
    expect(download.suggestedFilename()).toBe("Ministère-de-la-Santé.xlsx");
    expect(await readBack(fs.readFileSync(await download.path()))).toEqual({ institution: HEALTH, tracker: "Suivi EPU.xlsx", deadline: "2026-06-30", ids: ids.slice(2), isProtected: true });
    expect({ external: p.externalRequests, errors: p.pageErrors }).toEqual({ external: [], errors: [] });
  });

  it("offers downloads only where Excel cannot open a new workbook (before ExcelApi 1.8)", async () => {
    const p = (pane = await openTaskPane(browser(), { page: "excel/taskpane.html", seed: { sheets: seedFromPlan(trackerPlan()), requirementSets: { ExcelApi: "1.7" } } }));
    await p.page.getByRole("tab", { name: "Packs" }).click();
    await p.page.getByRole("button", { name: "Prepare the packs" }).click();
    await p.page.getByRole("status").filter({ hasText: "2 packs ready." }).waitFor({ timeout: 30_000 });
    expect([await p.page.getByRole("link", { name: "Download" }).count(), await p.page.getByRole("button", { name: "Open in Excel" }).count()]).toEqual([2, 0]);
  });
});
