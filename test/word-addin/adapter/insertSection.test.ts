/** insertSection against the strict fake: what Word holds afterwards, read back from the fake's document. */
import { insertSection } from "../../../word-addin/src/adapter/insertSection";
import { wordBlocks, wordLines } from "../../../word-addin/src/adapter/wordBlocks";
import type { RecommendationId } from "../../../shared/model/tracker";
import { rec } from "../../../shared/rollup/testRecords";
import { PAYLOAD_LIMIT } from "../../fakes/excel";
import { FakeWord, type OutlineItem } from "../../fakes/word";
import { asWord, combined, report, spec } from "./reports";

type Paragraph = Extract<OutlineItem, { paragraph: string }>;
type Table = Extract<OutlineItem, { table: unknown }>;
type Control = Extract<OutlineItem, { control: string }>;

const controlAt = (word: FakeWord, index: number): Control => word.outline()[index] as Control;
const linesOf = (items: readonly OutlineItem[]): string[] => items.flatMap((i) => ("paragraph" in i ? [i.paragraph] : "table" in i ? i.table.flat() : linesOf(i.items)));
const paragraphsOf = (control: Control): Paragraph[] => control.items.filter((i): i is Paragraph => "paragraph" in i);

describe("insertSection", () => {
  const model = report(spec("upr-midterm"));
  const section = model.sections[0]!;

  it("puts the section in a tagged, titled content control after the cursor's paragraph, in one sync", async () => {
    const word = new FakeWord(["Introduction", "Conclusion"], 0);
    const tags = await insertSection(asWord(word), model, { at: "cursor" });
    expect(tags).toEqual([section.tag]);
    expect(word.syncCount).toBe(1);
    expect(word.textOutsideControls()).toEqual(["Introduction", "Conclusion"]);
    const control = controlAt(word, 1);
    expect([control.control, control.title]).toEqual([section.tag, section.title]);
    expect(word.controls()[0]!.appearance).toBe("BoundingBox");
  });

  it("round trips: every paragraph and cell of the model is in the control, in order, with no leftover empty line", async () => {
    const word = new FakeWord(["Introduction"]);
    await insertSection(asWord(word), model, { at: "cursor" });
    const control = controlAt(word, 1);
    expect(linesOf(control.items)).toEqual(wordLines(wordBlocks(section.blocks, { structured: true })));
    expect(control.items[0]).toMatchObject({ paragraph: section.title, style: "Heading1" });
  });

  it("uses built-in heading styles, real tables with a header row, and one real bulleted list per bullets block", async () => {
    const word = new FakeWord([""]);
    await insertSection(asWord(word), model, { at: "cursor" });
    const control = controlAt(word, 1);
    const styles = new Set(paragraphsOf(control).map((p) => p.style));
    expect([...styles].sort()).toEqual(["Heading1", "Heading2", "Heading3", "ListParagraph", "Normal"]);
    const tables = control.items.filter((i): i is Table => "table" in i);
    const tableBlocks = section.blocks.filter((b) => b.kind === "table");
    expect(tables.map((t) => t.table[0])).toEqual(tableBlocks.map((b) => b.header));
    expect(tables.every((t) => t.headerRowCount === 1 && t.style === "GridTable1Light")).toBe(true);
    const bulletBlocks = section.blocks.filter((b) => b.kind === "bullets");
    const lists = new Set(paragraphsOf(control).flatMap((p) => (p.list === null ? [] : [p.list])));
    expect(lists.size).toBe(bulletBlocks.length);
    expect(paragraphsOf(control).filter((p) => p.list !== null).length).toBe(bulletBlocks.reduce((n, b) => n + b.items.length, 0));
    expect(word.state.lists.every((l) => l.bullet === "Solid")).toBe(true);
  });

  it("keeps each run's formatting: bold labels, and placeholders italic and highlighted, never inherited by the next run", async () => {
    const word = new FakeWord([""]);
    await insertSection(asWord(word), model, { at: "cursor" });
    const runs = paragraphsOf(controlAt(word, 1)).flatMap((p) => p.runs);
    const placeholders = section.blocks.flatMap((b) => (b.kind === "table" ? [] : b.kind === "bullets" ? b.items : [b.runs])).flat().filter((r) => r.placeholder);
    expect(placeholders.length).toBeGreaterThan(0);
    for (const ph of placeholders) expect(runs).toContainEqual({ text: ph.text, bold: false, italic: true, highlightColor: "Yellow" });
    const label = runs.find((r) => r.bold)!;
    expect(label.highlightColor).toBeNull();
    expect(runs.filter((r) => r.highlightColor !== null && !placeholders.some((p) => p.text === r.text))).toEqual([]);
  });

  it("writes an Arabic section right to left: every paragraph and table cell in right-to-left reading order, tables laid out right to left", async () => {
    const arabic = report(spec("upr-midterm", "ar"));
    const word = new FakeWord(["مقدمة"]);
    await insertSection(asWord(word), arabic, { at: "cursor" });
    expect(word.syncCount).toBe(1);
    const control = controlAt(word, 1);
    expect(linesOf(control.items)).toEqual(wordLines(wordBlocks(arabic.sections[0]!.blocks, { structured: true })));
    expect(paragraphsOf(control).filter((p) => !p.bidi || p.alignment !== "Right")).toEqual([]);
    const tables = control.items.filter((i): i is Table => "table" in i);
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.filter((t) => !(t.bidiVisual && t.cellsBidi && t.headerRowCount === 1 && t.style === "GridTable1Light"))).toEqual([]);
    expect(control.items[0]).toMatchObject({ paragraph: arabic.sections[0]!.title, style: "Heading1" });
    expect(word.textOutsideControls()).toEqual(["مقدمة"]);
    expect(word.outline()[0]).toMatchObject({ bidi: false }); // the drafter's paragraph is left as it was
  });

  it("gives the Arabic section the same styles, lists and run formatting as the English one", async () => {
    const look = async (lang: "ar" | "en") => {
      const word = new FakeWord([""]);
      const model = report(spec("upr-midterm", lang));
      await insertSection(asWord(word), model, { at: "cursor" });
      const paragraphs = paragraphsOf(controlAt(word, 1));
      const lists = [...new Set(paragraphs.flatMap((p) => (p.list === null ? [] : [p.list])))];
      return {
        styles: paragraphs.map((p) => p.style),
        lists: paragraphs.map((p) => (p.list === null ? null : lists.indexOf(p.list))),
        runs: paragraphs.map((p) => p.runs.map((r) => [r.bold, r.italic, r.highlightColor])),
        bullets: word.state.lists.map((l) => l.bullet),
      };
    };
    const [ar, en] = [await look("ar"), await look("en")];
    expect(new Set(ar.styles)).toEqual(new Set(["Heading1", "Heading2", "Heading3", "ListParagraph", "Normal"]));
    expect(ar).toEqual(en);
    expect(ar.runs.flat()).toContainEqual([false, true, "Yellow"]); // placeholders italic and highlighted
  });

  it("leaves an English section exactly as before: no right-to-left paragraph or table, the same operations", async () => {
    const word = new FakeWord(["Introduction"]);
    await insertSection(asWord(word), model, { at: "cursor" });
    const control = controlAt(word, 1);
    expect(paragraphsOf(control).every((p) => !p.bidi && p.alignment === "Left")).toBe(true);
    expect(control.items.filter((i): i is Table => "table" in i).every((t) => !t.bidiVisual && !t.cellsBidi)).toBe(true);
    // the figures of this report's insertion before the right-to-left path existed
    expect(word.syncs.map((s) => [s.ops, s.requestBytes])).toEqual([[169, 12696]]);
  });

  it("right-aligns the plain paragraphs of an Arabic section without WordApi 1.3, as it has no OOXML path there", async () => {
    const word = new FakeWord([""]);
    await insertSection(asWord(word), report(spec("upr-midterm", "ar")), { at: "cursor", isSetSupported: () => false });
    const paragraphs = paragraphsOf(controlAt(word, 1));
    expect(paragraphs.every((p) => p.alignment === "Right" && !p.bidi && p.style === "Normal")).toBe(true);
  });

  it("does not continue the drafter's list when the cursor is in a list item", async () => {
    const word = new FakeWord(["Steps"]);
    await word.run(async (context) => {
      context.document.getSelection().paragraphs.getFirst().startNewList();
    });
    await insertSection(asWord(word), model, { at: "cursor" });
    const drafterList = (word.outline()[0] as Paragraph).list;
    expect(paragraphsOf(controlAt(word, 1)).some((p) => p.list === drafterList)).toBe(false);
  });

  it("inserts several sections as consecutive controls, still in one sync; or at the end of the document", async () => {
    const both = combined(model, report(spec("tb-followup")));
    const word = new FakeWord(["Before", "After"], 0);
    await insertSection(asWord(word), both, { at: "cursor" });
    expect(word.outline().map((i) => ("control" in i ? i.control : (i as Paragraph).paragraph))).toEqual(["Before", ...both.sections.map((s) => s.tag), "After"]);
    expect(word.syncCount).toBe(1);

    const atEnd = new FakeWord(["Before", "After"], 0);
    await insertSection(asWord(atEnd), model, { at: "end" });
    expect(atEnd.outline().map((i) => ("control" in i ? "control" : (i as Paragraph).paragraph))).toEqual(["Before", "After", "control"]);
  });

  it("inserts a 500-recommendation mid-term report in one sync, under half of the 5 MB request limit Office on the web sets", async () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      rec({ id: `UPR-C3:${i}` as RecommendationId, text: `Recommendation ${i} on access to justice`, mechanism: "UPR", symbol: "A/HRC/43/15", paragraph: `121.${i}`, cycle: 3, cluster: `${i % 12}. Cluster`, recommendingStates: ["Chile"] }),
    );
    const big = report(spec("upr-midterm"), many);
    const word = new FakeWord([""]);
    await insertSection(asWord(word), big, { at: "cursor" });
    expect(word.syncCount).toBe(1);
    expect(word.syncs[0]!.requestBytes).toBeLessThan(PAYLOAD_LIMIT / 2);
    expect(linesOf(controlAt(word, 1).items)).toEqual(wordLines(wordBlocks(big.sections[0]!.blocks, { structured: true })));
  });

  it("inserts a 500-recommendation Arabic report in one sync too, under half of the request limit", async () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      rec({ id: `UPR-C3:${i}` as RecommendationId, text: `توصية رقم ${i} بشأن الوصول إلى العدالة & <المساواة>`, mechanism: "UPR", symbol: "A/HRC/43/15", paragraph: `121.${i}`, cycle: 3, cluster: `${i % 12}. مجموعة`, recommendingStates: ["Chile"] }),
    );
    const big = report(spec("upr-midterm", "ar"), many);
    const word = new FakeWord([""]);
    await insertSection(asWord(word), big, { at: "cursor" });
    expect(word.syncCount).toBe(1);
    expect(word.syncs[0]!.requestBytes).toBeLessThan(PAYLOAD_LIMIT / 2);
    const control = controlAt(word, 1);
    expect(linesOf(control.items)).toEqual(wordLines(wordBlocks(big.sections[0]!.blocks, { structured: true })));
    expect(paragraphsOf(control).every((p) => p.bidi)).toBe(true);
  });

  it("degrades to plain paragraphs without WordApi 1.3: no styles, lists or tables are asked of Word", async () => {
    const asked: string[] = [];
    const word = new FakeWord([""]);
    await insertSection(asWord(word), model, { at: "cursor", isSetSupported: (set, version) => (asked.push(`${set} ${version}`), false) });
    expect(asked).toEqual(["WordApi 1.3"]);
    const control = controlAt(word, 1);
    expect(control.items.every((i) => "paragraph" in i && i.style === "Normal" && i.list === null)).toBe(true);
    const lines = linesOf(control.items);
    expect(lines[0]).toBe(section.title);
    expect(lines.filter((l) => l.startsWith("• ")).length).toBeGreaterThan(0);
    expect(lines.some((l) => l.includes("\t"))).toBe(true);
    expect((control.items[0] as Paragraph).runs.every((r) => r.bold)).toBe(true);
  });
});
