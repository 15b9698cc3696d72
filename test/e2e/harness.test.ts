/// <reference types="office-js" />
/**
 * The end-to-end harness proven on a fixture page: the page loads Office.js from its real URL, the harness answers
 * with the strict fake, and what the page did lands in the fake. Each guard is also shown to catch what it guards.
 */
import fs from "node:fs";
import path from "node:path";
import { seriousAxeViolations } from "./support/axe";
import { chromiumForSuite, describeWithChromium, openTaskPane, type TaskPane } from "./support/browser";
import { saveScreenshot } from "./support/screenshots";
import type { OfficeSeed } from "../fakes/office/contract";

const FIXTURES = path.join(__dirname, "fixtures");
const seed = (more: Partial<OfficeSeed> = {}): OfficeSeed => ({ sheets: [{ name: "Données", rows: [["Bonjour"]] }], ...more });

describeWithChromium("the end-to-end harness on a fixture page", () => {
  const browser = chromiumForSuite();
  let pane: TaskPane | undefined;
  const open = async (page: string, options: Partial<OfficeSeed> = {}): Promise<TaskPane> => {
    pane = await openTaskPane(browser(), { root: FIXTURES, page, seed: seed(options) });
    return pane;
  };
  const fixtureDone = async (p: TaskPane): Promise<Record<string, unknown>> => {
    await p.page.locator("#status[data-state]").waitFor();
    expect(await p.page.locator("#status").textContent()).toBe("Done");
    return p.page.evaluate(() => (globalThis as unknown as { fixtureResult: Record<string, unknown> }).fixtureResult);
  };
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it("runs the page against the fake: A1 read, B1 written, in two syncs, nothing requested from outside 127.0.0.1", async () => {
    const p = await open("harness/index.html", { displayLanguage: "fr-FR" });
    const result = await fixtureDone(p);
    expect(result).toMatchObject({ host: "Excel", platform: "OfficeOnline", language: "fr-FR", a1: "Bonjour" });
    expect(await p.fake.values("Données")).toEqual([["Bonjour", "Lu : Bonjour"]]);
    expect(await p.fake.sheetNames()).toEqual(["Données"]);
    // One sync for the load, and the one Excel.run makes at the end for the queued write.
    expect((await p.fake.syncs()).map((s) => s.ops)).toEqual([1, 1]);
    expect(await p.page.locator("html").getAttribute("lang")).toBe("fr-FR");
    expect({ external: p.externalRequests, notFound: p.notFound, console: p.consoleErrors, errors: p.pageErrors }).toEqual({ external: [], notFound: [], console: [], errors: [] });
  });

  it("keeps the fake strict in the page: an unloaded read throws PropertyNotLoaded, a batch over 5 MB is rejected", async () => {
    const p = await open("harness/index.html");
    expect((await fixtureDone(p)).unloadedRead).toBe("PropertyNotLoaded");
    const codes = await p.page.evaluate(async () => {
      const codeOf = (batch: (context: Excel.RequestContext) => Promise<unknown>) =>
        Excel.run(batch).then(
          () => "no error",
          (error: { code?: string }) => error.code ?? String(error),
        );
      return {
        unloaded: await codeOf(async (context) => context.workbook.worksheets.getItem("Données").getRange("A1").load("values").values),
        tooBig: await codeOf(async (context) => {
          context.workbook.worksheets.getItem("Données").getRangeByIndexes(0, 0, 200, 1).values = Array.from({ length: 200 }, () => ["x".repeat(30_000)]);
        }),
      };
    });
    expect(codes).toEqual({ unloaded: "PropertyNotLoaded", tooBig: "RequestPayloadSizeLimitExceeded" });
    expect(await p.fake.values("Données")).toEqual([["Bonjour", "Lu : Bonjour"]]);
  });

  it("passes the seeded language and requirement sets through, passes axe and keeps a screenshot", async () => {
    const p = await open("harness/index.html", { displayLanguage: "ar-SA", requirementSets: { ExcelApi: "1.8" } });
    expect(await fixtureDone(p)).toMatchObject({ language: "ar-SA", excelApi18: true, excelApi19: false });
    expect(await p.page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await seriousAxeViolations(p.page)).toEqual([]);
    const file = await saveScreenshot(p.page, "harness-fixture-ar");
    expect(fs.readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
  });

  it("catches what it guards: requests leaving 127.0.0.1, missing files, page errors, accessibility violations", async () => {
    const p = await open("harness/inaccessible.html");
    const outcome = await p.page.evaluate(async () => {
      const tryFetch = (url: string) => fetch(url).then((r) => r.status, () => "failed");
      const external = await tryFetch("https://example.org/pixel.gif");
      return { external, missing: await tryFetch("/missing.js") };
    });
    expect(outcome).toEqual({ external: "failed", missing: 404 });
    expect(p.externalRequests).toEqual(["https://example.org/pixel.gif"]);
    expect(p.notFound).toEqual(["/missing.js"]);
    const uncaught = p.page.waitForEvent("pageerror");
    await p.page.evaluate(() => {
      setTimeout(() => {
        throw new Error("boom");
      });
    });
    await uncaught;
    expect(p.pageErrors.join("\n")).toContain("boom");
    const violations = await seriousAxeViolations(p.page);
    expect(violations.map((v) => v.id).sort()).toEqual(["button-name", "label"]);
  });
});
