/** History from the Excel task pane: a snapshot taken, a status changed, the changes since shown, reminders and exports. */
import fs from "node:fs";
import { analyseConvert } from "../../../shared/flows";
import { file, sheet } from "../../support/grids";
import { seriousAxeViolations } from "../support/axe";
import { chromiumForSuite, describeWithChromium, openTaskPane, type TaskPane } from "../support/browser";
import { saveScreenshot } from "../support/screenshots";
import { seedFromPlan } from "./seedFromPlan";

/** One recommendation overdue since 2020, one due in 2030. */
const tracker = analyseConvert({
  workbook: file("t.xlsx", sheet("UPR", [
    ["Recommendation", "Status", "Deadline", "Institution"],
    ["Ratify the Optional Protocol to the Convention against Torture", "Not started", "2020-12-31", "Ministry of Justice"],
    ["Ensure free birth registration for all children", "In progress", "2030-12-31", "Ministry of Health"],
  ])),
  sheet: "UPR", lang: "en", now: "2026-03-01T09:00:00Z", by: "secretariat",
});
const ids = tracker.preview.slice(1).map((row) => row[0]!);

/** The fake Excel in the page: a sheet's visibility, and a cell typed by a person (which Excel's onChanged reports). */
type PageExcel = { __nmirfFake: { excel: { sheet(n: string): { visibility: string }; userEdit(sheet: string, cell: string, rows: string[][]): void } } };
const visibility = (p: TaskPane, name: string) => p.page.evaluate((n) => (globalThis as unknown as PageExcel).__nmirfFake.excel.sheet(n).visibility, name);
const userEdit = (p: TaskPane, sheetName: string, cell: string, value: string) =>
  p.page.evaluate(([n, c, v]) => (globalThis as unknown as PageExcel).__nmirfFake.excel.userEdit(n, c, [[v]]), [sheetName, cell, value] as const);

describeWithChromium("history in the Excel task pane", () => {
  const browser = chromiumForSuite();
  let pane: TaskPane | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  const open = async (): Promise<TaskPane> => {
    const p = (pane = await openTaskPane(browser(), { page: "excel/taskpane.html", seed: { displayLanguage: "en-US", sheets: seedFromPlan(tracker.plan) } }));
    await p.page.getByRole("tab", { name: "History" }).click();
    return p;
  };
  const status = (p: TaskPane, text: string | RegExp) => p.page.getByRole("status").filter({ hasText: text }).first().waitFor({ timeout: 60_000 });

  it("takes a snapshot, then shows a status changed since it and writes the Changes sheet", async () => {
    const p = await open();
    const snapshot = p.page.getByRole("region", { name: "Take a snapshot" });
    await snapshot.getByLabel("As of").fill("2026-01-31");
    await snapshot.getByLabel("Label (optional)").fill("Mid-term");
    await snapshot.getByRole("button", { name: "Take the snapshot" }).click();
    await status(p, "Snapshot of 2026-01-31 kept in a hidden sheet (2 recommendations).");
    expect(await p.fake.sheetNames()).toContain("Snapshot 2026-01-31");
    expect(await visibility(p, "Snapshot 2026-01-31")).toBe("Hidden");
    const log = (await p.fake.values("Change log")).map((row) => row.map(String));
    expect(log.some((row) => row.includes("snapshot") && row.includes("2026-01-31") && row.includes("Mid-term"))).toBe(true);

    // K is the Implementation status column; the person marks the first recommendation implemented.
    await userEdit(p, "Recommendations", "K2", "Implemented");
    const changes = p.page.getByRole("region", { name: "Changes since a snapshot" });
    await changes.getByRole("button", { name: "Show the changes" }).click();
    const table = changes.getByRole("table", { name: "Status changes" });
    await table.waitFor({ timeout: 60_000 });
    await expect(table.getByRole("row").filter({ hasText: ids[0]! }).innerText()).resolves.toMatch(/Not started\s+Implemented/);
    await expect(changes.getByRole("combobox", { name: "Since the snapshot of" }).textContent()).resolves.toBe("2026-01-31");
    await saveScreenshot(p.page, "excel-history-en");
    expect(await seriousAxeViolations(p.page)).toEqual([]);
    await changes.getByRole("button", { name: "Write these tables in a sheet" }).click();
    await status(p, "Sheet “Changes since 2026-01-31” written.");
    expect((await p.fake.values("Changes since 2026-01-31")).flat()).toContain(ids[0]);
    expect({ external: p.externalRequests, errors: p.pageErrors }).toEqual({ external: [], errors: [] });
  });

  it("lists an overdue item with its mailto link, and exports the tracker as a CSV download", async () => {
    const p = await open();
    const reminders = p.page.getByRole("region", { name: "Reminders to institutions" });
    await reminders.getByRole("button", { name: "Prepare the reminders" }).click();
    await status(p, "1 institutions to remind.");
    await expect(reminders.getByText("Ministry of Justice: 1 overdue, 0 due soon").isVisible()).resolves.toBe(true);
    await expect(reminders.getByRole("link", { name: "Write e-mail" }).getAttribute("href")).resolves.toMatch(/^mailto:\?subject=Recommendations%20follow-up%20\(Ministry%20of%20Justice\)/);
    const eml = p.page.waitForEvent("download");
    await reminders.getByRole("button", { name: "Download .eml" }).click();
    expect((await eml).suggestedFilename()).toBe("01-ministry-of-justice.eml");
    expect(await seriousAxeViolations(p.page)).toEqual([]);

    const exported = p.page.getByRole("region", { name: "Export" });
    const download = p.page.waitForEvent("download");
    await exported.getByRole("button", { name: "Uwazi CSV" }).click();
    const csv = await download;
    expect(csv.suggestedFilename()).toMatch(/-uwazi\.csv$/);
    const text = fs.readFileSync((await csv.path())!, "utf8");
    for (const id of ids) expect(text).toContain(id);
    await status(p, /^2 recommendations exported/);
  });
});
