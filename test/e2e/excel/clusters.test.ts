/** Clusters from the Excel task pane: the engine suggests, the user ticks, renames and accepts into the tracker. */
import { analyseConvert } from "../../../shared/flows";
import { file, sheet } from "../../support/grids";
import { seriousAxeViolations } from "../support/axe";
import { chromiumForSuite, describeWithChromium, openTaskPane, type TaskPane } from "../support/browser";
import { saveScreenshot } from "../support/screenshots";
import { seedFromPlan } from "./seedFromPlan";

const trackerPlan = () =>
  analyseConvert({
    workbook: file("t.xlsx", sheet("UPR", [
      ["Recommendation", "Recommending State", "Status"],
      ["Ratify the Optional Protocol to the Convention against Torture", "Denmark", "Not started"],
      ["Ratify promptly the Optional Protocol to the Convention against Torture", "Chile", "Not started"],
      ["Ensure free birth registration for all children", "Mexico", "In progress"],
      ["Guarantee universal and free birth registration of all children", "Spain", "In progress"],
    ])),
    sheet: "UPR", lang: "en", now: "2026-03-01T09:00:00Z", by: "secretariat",
  }).plan;

describeWithChromium("clusters in the Excel task pane", () => {
  const browser = chromiumForSuite();
  let pane: TaskPane | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it("suggests clusters, and writes the ticked one under the user's name in the Cluster column", async () => {
    const p = (pane = await openTaskPane(browser(), { page: "excel/taskpane.html", seed: { displayLanguage: "en-US", sheets: seedFromPlan(trackerPlan()) } }));
    await p.page.getByRole("tab", { name: "Clusters" }).click();
    await p.page.getByRole("button", { name: "Suggest clusters" }).click();
    const torture = p.page.getByRole("listitem").filter({ hasText: "Ratify promptly the Optional Protocol" }).first();
    await torture.waitFor({ timeout: 60_000 });
    await torture.getByRole("checkbox").check();
    await torture.getByRole("textbox").fill("Ratify OP-CAT");
    await saveScreenshot(p.page, "excel-clusters-en");
    expect(await seriousAxeViolations(p.page)).toEqual([]);
    await p.page.getByRole("button", { name: "Accept the 1 clusters ticked" }).click();
    await p.page.getByRole("status").filter({ hasText: "1 clusters written for 2 recommendations" }).waitFor({ timeout: 60_000 });
    const recs = (await p.fake.values("Recommendations")).flat();
    expect(recs.filter((v) => v === "Ratify OP-CAT")).toHaveLength(2);
    expect({ external: p.externalRequests, errors: p.pageErrors }).toEqual({ external: [], errors: [] });
  });
});
