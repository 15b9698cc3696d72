/**
 * Merging returned packs from the Excel task pane: the tracker is in the workbook, a ministry's pack comes back
 * with a status changed and a value nobody can read; the pane shows what it would apply and reject, then applies.
 */
import { packBuffer } from "../../../cli/write/writePack";
import { analyseConvert, sheetOf } from "../../../shared/flows";
import { readTrackerWorkbook } from "../../../shared/import/trackerWorkbook";
import { planPack } from "../../../shared/packs";
import { REC_COLUMNS } from "../../../shared/packs/packLayout";
import { planToSourceFile } from "../../../shared/workbook/planToSourceFile";
import { file, sheet } from "../../support/grids";
import { seriousAxeViolations } from "../support/axe";
import { chromiumForSuite, describeWithChromium, openTaskPane, type TaskPane } from "../support/browser";
import { saveScreenshot } from "../support/screenshots";
import { seedFromPlan } from "./seedFromPlan";

const JUSTICE = "Ministère de la Justice";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function trackerPlan() {
  const source = file("suivi.xlsx", sheet("EPU", [
    ["Recommandation", "Statut", "Institution responsable"],
    ["Ratifier le Protocole facultatif se rapportant à la Convention contre la torture", "En cours", JUSTICE],
    ["Adopter une loi sur les violences faites aux femmes", "Non commencé", JUSTICE],
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
  return packBuffer({ ...pack, sheets: pack.sheets.map((s, i) => (i === 1 ? { ...s, values } : s)) });
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
});
