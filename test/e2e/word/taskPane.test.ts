/**
 * The production Word task pane in headless Chromium, Office.js answered by the strict Word fake: a tracker file
 * picked from disk and read in the page, a section previewed and inserted at the cursor in a content control,
 * then refreshed from a newer tracker without touching the drafter's text around it.
 */
import type { PageGlobals } from "../../fakes/office/contract";
import type { OutlineItem } from "../../fakes/word";
import { seriousAxeViolations } from "../support/axe";
import { chromiumForSuite, describeWithChromium, openTaskPane, type TaskPane } from "../support/browser";
import { saveScreenshot } from "../support/screenshots";
import { trackerXlsx } from "./trackerFiles";

const DRAFT = ["Rapport à mi-parcours", "Texte écrit par la rédactrice, avant la section.", "Texte écrit après."];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Word on the web has WordApi 1.3 (styles, lists, tables); the fake's default sets are Excel's only, which would run the Word 2013 fallback. */
const WORD_SETS = { WordApi: "1.3" };

const outline = (p: TaskPane): Promise<OutlineItem[]> => p.page.evaluate(() => (globalThis as unknown as PageGlobals).__nmirfWord!.outline());
const around = (p: TaskPane): Promise<string[]> => p.page.evaluate(() => (globalThis as unknown as PageGlobals).__nmirfWord!.textOutsideControls());
const controls = (items: OutlineItem[]) => items.filter((i): i is Extract<OutlineItem, { control: string }> => "control" in i);
const textOf = (items: readonly OutlineItem[]): string =>
  items.map((i) => ("paragraph" in i ? i.paragraph : "table" in i ? i.table.flat().join(" ") : textOf(i.items))).join("\n");

describeWithChromium("the Word task pane", () => {
  const browser = chromiumForSuite();
  let pane: TaskPane | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });
  const open = async (displayLanguage: string): Promise<TaskPane> => {
    pane = await openTaskPane(browser(), { page: "word/taskpane.html", seed: { host: "Word", displayLanguage, requirementSets: WORD_SETS, document: { paragraphs: DRAFT, cursorAt: 1 } } });
    return pane;
  };
  const pick = async (p: TaskPane, name: string, buffer: Buffer) => p.page.locator("input[type=file]").setInputFiles({ name, mimeType: XLSX, buffer });
  const status = (p: TaskPane, text: string | RegExp) => p.page.getByRole("status").filter({ hasText: text }).waitFor({ timeout: 30_000 });

  it("inserts a French UPR mid-term section at the cursor and refreshes it from a newer tracker", async () => {
    const p = await open("fr-FR");
    await pick(p, "suivi-janvier.xlsx", await trackerXlsx("2025-01-15T09:00:00Z", "En cours"));
    await p.page.getByText("suivi-janvier.xlsx : 3 recommandations, données au 2025-01-15.").waitFor();
    await p.page.getByRole("button", { name: "Aperçu" }).click();
    await p.page.getByText("2 recommandations", { exact: false }).last().waitFor();
    await p.page.getByRole("region", { name: "Aperçu" }).getByText("Ratifier le Protocole facultatif", { exact: false }).first().waitFor();
    await saveScreenshot(p.page, "word-preview-fr");
    expect(await seriousAxeViolations(p.page)).toEqual([]);

    await p.page.getByRole("button", { name: "Insérer au curseur" }).click();
    await status(p, "Section insérée (2 recommandations)");
    const inserted = controls(await outline(p));
    expect(inserted).toHaveLength(1);
    expect(inserted[0]!.control).toMatch(/^nmirf:v1:/);
    expect(textOf(inserted[0]!.items)).toContain("Ratifier le Protocole facultatif");
    expect(await around(p)).toEqual(expect.arrayContaining(DRAFT));

    await pick(p, "suivi-juin.xlsx", await trackerXlsx("2025-06-30T09:00:00Z", "Mise en œuvre"));
    await p.page.getByText("données au 2025-06-30").waitFor();
    await p.page.getByRole("button", { name: "Actualiser chaque section à partir de ce suivi" }).click();
    await status(p, "1 sections actualisées, 0 laissées telles quelles.");
    await saveScreenshot(p.page, "word-refresh-fr");
    const refreshed = controls(await outline(p));
    expect(refreshed).toHaveLength(1);
    expect(refreshed[0]!.control).not.toBe(inserted[0]!.control);
    expect(textOf(refreshed[0]!.items)).not.toBe(textOf(inserted[0]!.items));
    expect(await around(p)).toEqual(expect.arrayContaining(DRAFT));
    expect({ external: p.externalRequests, notFound: p.notFound, console: p.consoleErrors, errors: p.pageErrors }).toEqual({ external: [], notFound: [], console: [], errors: [] });
  });

  it("narrows the previewed section by mechanism and status, and keeps those filters when refreshing it", async () => {
    const p = await open("en-US");
    await pick(p, "tracker.xlsx", await trackerXlsx("2025-01-15T09:00:00Z", "En cours"));
    // A single choice is an option of a listbox; a multiple one, a checkbox item of a menu (Fluent's roles).
    const choose = async (label: string, option: string, role: "option" | "menuitemcheckbox" = "option") => {
      await p.page.getByRole("combobox", { name: label }).click();
      await p.page.getByRole(role, { name: option, exact: true }).click();
    };
    const previewOf = async (count: number) => {
      await p.page.getByRole("button", { name: "Preview" }).click();
      await p.page.getByText(new RegExp(`^${count} recommendations, \\d+ words\\.$`)).waitFor();
      return p.page.getByRole("region", { name: "Preview" }).innerText();
    };
    const [torture, violence, family] = ["Ratifier le Protocole facultatif", "Adopter une loi sur les violences", "Abroger les dispositions discriminatoires"];

    await choose("Template", "Recommendations and their implementation");
    expect(await previewOf(3)).toEqual(expect.stringContaining(torture));

    await choose("Implementation status", "Not started");
    const notStarted = await previewOf(2);
    expect([notStarted.includes(torture), notStarted.includes(violence), notStarted.includes(family)]).toEqual([false, true, true]);

    await choose("Mechanisms", "CEDAW", "menuitemcheckbox");
    await p.page.keyboard.press("Escape");
    expect(await p.page.getByRole("combobox", { name: "Mechanisms" }).innerText()).toBe("CEDAW");
    const cedaw = await previewOf(1);
    expect([cedaw.includes(torture), cedaw.includes(violence), cedaw.includes(family)]).toEqual([false, false, true]);
    await saveScreenshot(p.page, "word-filters-en");
    expect(await seriousAxeViolations(p.page)).toEqual([]);

    await p.page.getByRole("button", { name: "Insert at the cursor" }).click();
    await status(p, "Section inserted (1 recommendations)");
    await pick(p, "tracker-june.xlsx", await trackerXlsx("2025-06-30T09:00:00Z", "Mise en œuvre"));
    await p.page.getByText("data as of 2025-06-30").waitFor();
    await p.page.getByRole("button", { name: "Refresh every section from this tracker" }).click();
    await status(p, "1 sections refreshed, 0 left as they were.");
    const [section] = controls(await outline(p));
    const refreshed = textOf(section!.items);
    expect([refreshed.includes(torture), refreshed.includes(violence), refreshed.includes(family)]).toEqual([false, false, true]);
    expect(refreshed).toContain("30 June 2025");
    expect({ console: p.consoleErrors, errors: p.pageErrors }).toEqual({ console: [], errors: [] });
  });

  it("leaves the document as it was when a Refresh is cancelled, and still previews from the tracker it shows", async () => {
    const p = await open("en-US");
    await pick(p, "january.xlsx", await trackerXlsx("2025-01-15T09:00:00Z", "En cours"));
    await p.page.getByText("january.xlsx: 3 recommendations").waitFor();
    await p.page.getByRole("button", { name: "Preview" }).click();
    await p.page.getByText(/^2 recommendations, \d+ words\.$/).waitFor();
    await p.page.getByRole("button", { name: "Insert at the cursor" }).click();
    await status(p, "Section inserted (2 recommendations)");
    const before = controls(await outline(p));
    await pick(p, "june.xlsx", await trackerXlsx("2025-06-30T09:00:00Z", "Mise en œuvre"));
    await p.page.getByText("june.xlsx: 3 recommendations").waitFor();
    // Word answers the Refresh only once the test lets it, so Cancel comes while the job waits on Word.
    await p.page.evaluate(() => {
      const page = globalThis as unknown as { Word: { run: (batch: unknown) => Promise<unknown> }; __openWord?: () => void };
      const run = page.Word.run;
      const open = new Promise<void>((resolve) => (page.__openWord = resolve));
      page.Word.run = async (batch) => {
        await open;
        return run(batch);
      };
    });
    await p.page.getByRole("button", { name: "Refresh every section from this tracker" }).click();
    await p.page.getByRole("button", { name: "Cancel" }).click();
    await p.page.evaluate(() => (globalThis as unknown as { __openWord: () => void }).__openWord());
    await status(p, "Cancelled.");
    expect(controls(await outline(p))).toEqual(before);
    await p.page.getByText("june.xlsx: 3 recommendations").waitFor();

    // The worker the Cancel ended held the tracker: the pane still previews from the one it shows.
    await p.page.getByRole("button", { name: "Preview" }).click();
    const counts = p.page.getByText(/^2 recommendations, \d+ words\.$/);
    await counts.or(p.page.getByRole("status").filter({ hasText: "did not work" })).waitFor({ timeout: 30_000 });
    expect(await p.page.getByRole("status").allInnerTexts()).toEqual([]);
    expect(await counts.isVisible()).toBe(true);
    expect({ console: p.consoleErrors, errors: p.pageErrors }).toEqual({ console: [], errors: [] });
  });

  it("says plainly when the file picked is not a tracker", async () => {
    const p = await open("en-US");
    await pick(p, "notes.xlsx", Buffer.from("this is not a spreadsheet"));
    await status(p, "“notes.xlsx” is not a tracker written by this suite. Convert your sheet in Excel or with nmirf first.");
    // nothing to build from: no "loaded" line, no Preview
    expect(await p.page.getByText(/recommendations, data as of/).count()).toBe(0);
    expect(await p.page.getByRole("button", { name: "Preview" }).count()).toBe(0);
    expect(p.pageErrors).toEqual([]);
  });

  it("writes an Arabic section right to left", async () => {
    const p = await open("ar-SA");
    await pick(p, "tracker.xlsx", await trackerXlsx("2025-01-15T09:00:00Z", "En cours"));
    await p.page.getByRole("button", { name: "معاينة" }).click();
    await p.page.getByRole("button", { name: "إدراج عند المؤشر" }).click();
    await status(p, "أُدرج القسم");
    const [section] = controls(await outline(p));
    const paragraphs = section!.items.filter((i): i is Extract<OutlineItem, { paragraph: string }> => "paragraph" in i);
    expect(paragraphs.length).toBeGreaterThan(0);
    // Right to left for real: every paragraph's reading order (Word's <w:bidi/>, through insertOoxml), not only its alignment.
    expect(paragraphs.map((para) => [para.alignment, para.bidi])).toEqual(paragraphs.map(() => ["Right", true]));
    expect(paragraphs[0]!.style).toBe("Heading1");
    const tables = section!.items.filter((i): i is Extract<OutlineItem, { table: unknown }> => "table" in i);
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.map((t) => [t.bidiVisual, t.cellsBidi, t.headerRowCount])).toEqual(tables.map(() => [true, true, 1]));
    expect(await p.page.locator("html").getAttribute("dir")).toBe("rtl");
    await saveScreenshot(p.page, "word-insert-ar");
    expect(await seriousAxeViolations(p.page)).toEqual([]);
  });
});
