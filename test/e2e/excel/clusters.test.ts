/** Clusters and tags from the Excel task pane: the engine suggests; the user merges, splits, renames, accepts and rejects. */
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

describeWithChromium("clusters and tags in the Excel task pane", () => {
  const browser = chromiumForSuite();
  let pane: TaskPane | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  const open = async (displayLanguage = "en-US", names = { tab: "Clusters and tags", review: "Review suggestions", tags: "Tags" }): Promise<TaskPane> => {
    const p = (pane = await openTaskPane(browser(), { page: "excel/taskpane.html", seed: { displayLanguage, sheets: seedFromPlan(trackerPlan()) } }));
    await p.page.getByRole("tab", { name: names.tab }).click();
    await p.page.getByRole("button", { name: names.review }).click();
    await p.page.getByRole("heading", { name: names.tags, exact: true }).waitFor({ timeout: 60_000 });
    return p;
  };
  const clusterItem = (p: TaskPane, text: string) => p.page.locator("li").filter({ has: p.page.getByRole("textbox") }).filter({ hasText: text });
  const done = (p: TaskPane, text: string) => p.page.getByRole("status").filter({ hasText: text }).waitFor({ timeout: 60_000 });

  it("writes a ticked cluster under the user's name in the Cluster column, showing related recommendations", async () => {
    const p = await open();
    const torture = clusterItem(p, "Ratify promptly the Optional Protocol").first();
    await expect(torture.getByText(/^Related: [A-Z]+-[0-9A-Z]+ \((repeat|similar) 0\.\d\d\)/).first().isVisible()).resolves.toBe(true);
    await torture.getByRole("checkbox").first().check();
    await torture.getByRole("textbox").fill("Ratify OP-CAT");
    // Excel does not say who the user is: the name given once goes in the change log
    await p.page.getByLabel("Your name in the change log").fill("Amina Diallo");
    await p.page.getByLabel("Your name in the change log").blur();
    await saveScreenshot(p.page, "excel-clusters-en");
    expect(await seriousAxeViolations(p.page)).toEqual([]);
    await p.page.getByRole("button", { name: "Accept the 1 clusters ticked" }).click();
    await done(p, "1 clusters written for 2 recommendations");
    const recs = (await p.fake.values("Recommendations")).flat();
    expect(recs.filter((v) => v === "Ratify OP-CAT")).toHaveLength(2);
    const named = (await p.fake.values("Change log")).filter((row) => row.includes("Ratify OP-CAT"));
    expect(named.map((row) => row.includes("Amina Diallo"))).toEqual([true, true]);
    // Reloaded: the accepted cluster is now the tracker's own.
    await expect(clusterItem(p, "In the tracker").filter({ hasText: "Ratify OP-CAT" }).count()).resolves.toBe(1);
    expect({ external: p.externalRequests, errors: p.pageErrors }).toEqual({ external: [], errors: [] });
  });

  it("merges two clusters, splits one recommendation off again, and writes both", async () => {
    const p = await open();
    const items = p.page.locator("li").filter({ has: p.page.getByRole("textbox") });
    await expect(items.count()).resolves.toBe(2);
    await items.nth(0).getByRole("checkbox").first().check();
    await items.nth(1).getByRole("checkbox").first().check();
    await p.page.getByRole("button", { name: "Merge the 2 clusters ticked" }).click();
    await expect(items.count()).resolves.toBe(1);
    await items.first().getByRole("textbox").fill("Everything");
    await items.first().getByRole("checkbox", { name: /Pick to split off: Ensure free birth/ }).check();
    await items.first().getByRole("button", { name: "Split the 1 picked into a new cluster" }).click();
    await expect(items.count()).resolves.toBe(2);
    await items.nth(1).getByRole("textbox").fill("Birth");
    await p.page.getByRole("button", { name: "Accept the 2 clusters ticked" }).click();
    await done(p, "2 clusters written for 4 recommendations");
    const recs = (await p.fake.values("Recommendations")).flat();
    expect([recs.filter((v) => v === "Everything").length, recs.filter((v) => v === "Birth").length]).toEqual([3, 1]);
  });

  it("speaks Arabic right to left, its suggestions and controls included, with no serious accessibility violation", async () => {
    const p = await open("ar-SA", { tab: "المجموعات والوسوم", review: "مراجعة الاقتراحات", tags: "الوسوم" });
    expect(await p.page.locator(".fui-FluentProvider").first().getAttribute("dir")).toBe("rtl");
    await expect(p.page.getByRole("checkbox", { name: /^(المواضيع|أهداف التنمية المستدامة|الأشخاص المتأثرون): .* — الدرجة \d\.\d\d/ }).count()).resolves.toBeGreaterThan(0);
    await expect(p.page.getByText(/^توصيات ذات صلة: /).count()).resolves.toBeGreaterThan(0);
    await saveScreenshot(p.page, "excel-clusters-ar");
    expect(await seriousAxeViolations(p.page)).toEqual([]);
  });

  it("accepts a ticked tag into its column and logs a rejected one, which is not suggested again", async () => {
    const p = await open();
    const tags = p.page.getByRole("checkbox", { name: /^(Themes|SDG goals|Affected persons): .* — score \d\.\d\d/ });
    const before = await tags.count();
    expect(before).toBeGreaterThan(1);
    const first = await labelOf(tags.nth(0));
    const second = await labelOf(tags.nth(1));
    await tags.nth(1).check();
    await p.page.getByRole("button", { name: "Reject the 1 tags ticked" }).click();
    await done(p, "1 suggestions rejected and logged");
    await expect(p.page.getByRole("checkbox", { name: second, exact: true }).count()).resolves.toBe(0);
    await p.page.getByRole("checkbox", { name: first, exact: true }).check();
    await p.page.getByRole("button", { name: "Accept the 1 tags ticked" }).click();
    await done(p, "1 tags written in the tracker");
    const accepted = /^[^:]+: (.*) — score/.exec(first)![1]!;
    const recs = (await p.fake.values("Recommendations")).flat().map(String);
    expect(recs.some((v) => v.split(/;\s*|\n/).includes(accepted))).toBe(true);
    const log = (await p.fake.values("Change log")).map((row) => row.map(String));
    expect(log.filter((row) => row.includes("reject")).length).toBe(1);
    expect(log.filter((row) => row.includes("accept") && row.includes(accepted)).length).toBe(1);
  });
});

async function labelOf(checkbox: import("playwright-core").Locator): Promise<string> {
  const id = await checkbox.getAttribute("id");
  return (await checkbox.page().locator(`label[for="${id}"]`).innerText()).trim();
}
