/** refreshSections and listSections against the strict fake: sections rebuilt in place, the drafter's text untouched. */
import { decodeSectionTag } from "../../../shared/report/sectionTag";
import { insertSection } from "../../../word-addin/src/adapter/insertSection";
import { refreshSections, type SectionRefresh } from "../../../word-addin/src/adapter/refreshSections";
import { listSections } from "../../../word-addin/src/adapter/sections";
import { wordBlocks, wordLines } from "../../../word-addin/src/adapter/wordBlocks";
import { FakeWord, type OutlineItem } from "../../fakes/word";
import { RECORDS } from "../../../shared/report/testReports";
import { asWord, combined, NEWER_RECORDS, rebuildFrom, report, spec } from "./reports";

const DRAFT = ["National report", "Introduction written by the drafter.", "Methodology, also the drafter's.", "Conclusion."];
const NEWER = "2026-04-01";
const linesOf = (items: readonly OutlineItem[]): string[] => items.flatMap((i) => ("paragraph" in i ? [i.paragraph] : "table" in i ? i.table.flat() : linesOf(i.items)));

/** The draft with a UPR section after the introduction and a treaty-body section after the methodology. */
async function draftWithSections(): Promise<FakeWord> {
  const word = new FakeWord(DRAFT).placeCursor(DRAFT[1]!);
  await insertSection(asWord(word), report(spec("upr-midterm")), { at: "cursor" });
  word.placeCursor(DRAFT[2]!);
  await insertSection(asWord(word), report(spec("tb-followup")), { at: "cursor" });
  return word;
}

const refreshed = (results: readonly SectionRefresh[]) => results.filter((r): r is Extract<SectionRefresh, { status: "refreshed" }> => r.status === "refreshed");

describe("listSections", () => {
  it("lists the tagged sections in document order with their decoded specs, in one sync, ignoring other controls", async () => {
    const word = await draftWithSections();
    await word.run(async (context) => {
      context.document.body.insertParagraph("signature block", "End").insertContentControl().tag = "other-addin:signature";
    });
    const before = word.syncCount;
    const sections = await listSections(asWord(word));
    expect(word.syncCount - before).toBe(1);
    expect(sections.map((s) => (s.decoded.kind === "spec" ? s.decoded.spec.template : s.decoded.template))).toEqual(["upr-midterm", "tb-followup"]);
    expect(sections.every((s) => !s.locked && s.title !== "")).toBe(true);
  });
});

describe("refreshSections", () => {
  it("rebuilds every section from a newer tracker and leaves the drafter's text around them exactly as it was", async () => {
    const word = await draftWithSections();
    const results = await refreshSections(asWord(word), rebuildFrom(NEWER_RECORDS, NEWER));
    expect(word.textOutsideControls()).toEqual(DRAFT);
    expect(results.map((r) => r.status)).toEqual(["refreshed", "refreshed"]);
    const fresh = report(spec("upr-midterm", "en", NEWER), NEWER_RECORDS).sections[0]!;
    const control = word.outline().find((i): i is Extract<OutlineItem, { control: string }> => "control" in i && i.control === fresh.tag)!;
    expect(linesOf(control.items)).toEqual(wordLines(wordBlocks(fresh.blocks, { structured: true })));
    expect(word.textOutsideControls()).toEqual(DRAFT);
  });

  it("says what changed: the new tag carries the new data date, and the new recommendation and statuses show as added", async () => {
    const word = await draftWithSections();
    const [upr] = refreshed(await refreshSections(asWord(word), rebuildFrom(NEWER_RECORDS, NEWER)));
    const decoded = decodeSectionTag(upr!.newTag);
    expect(decoded?.kind === "spec" && decoded.spec.dataDate).toBe(NEWER);
    expect(upr!.section.tag).not.toBe(upr!.newTag);
    expect(upr!.added).toEqual(expect.arrayContaining(["Adopt a national action plan on business and human rights"]));
    expect(upr!.added.some((l) => l.startsWith("Law adopted by Parliament (Completed"))).toBe(true);
    expect(upr!.removed.some((l) => l.startsWith("Law adopted by Parliament (Planned"))).toBe(true);
    expect(upr!.wordsAfter).toBeGreaterThan(upr!.wordsBefore);
  });

  it("reports no change when the tracker has not changed", async () => {
    const word = await draftWithSections();
    const results = refreshed(await refreshSections(asWord(word), rebuildFrom(RECORDS, "2026-03-01")));
    expect(results.map((r) => [r.added, r.removed, r.wordsBefore === r.wordsAfter])).toEqual([[[], [], true], [[], [], true]]);
  });

  it.each([1, 10])("takes 3 syncs for %i section(s): find, read, write", async (count) => {
    const word = new FakeWord(["Draft"]);
    const models = Array.from({ length: count }, (_, i) => report(spec(i % 2 === 0 ? "upr-midterm" : "custom")));
    await insertSection(asWord(word), combined(...models), { at: "cursor" });
    const before = word.syncCount;
    const results = await refreshSections(asWord(word), rebuildFrom(NEWER_RECORDS, NEWER));
    expect(results).toHaveLength(count);
    expect(word.syncCount - before).toBe(3);
  });

  it("skips a section it cannot rebuild and a locked one, and takes one sync when there is nothing to write", async () => {
    const word = await draftWithSections();
    const snapshot = JSON.stringify(word.outline());
    const before = word.syncCount;
    expect((await refreshSections(asWord(word), () => null)).map((r) => r.status)).toEqual(["skipped", "skipped"]);
    expect(word.syncCount - before).toBe(1);
    word.controls()[0]!.cannotEdit = true;
    const results = await refreshSections(asWord(word), rebuildFrom(NEWER_RECORDS, NEWER));
    expect(results.map((r) => r.status)).toEqual(["locked", "refreshed"]);
    expect(JSON.stringify((word.outline()[2] as { items: unknown }).items)).toBe(JSON.stringify((JSON.parse(snapshot)[2] as { items: unknown }).items));
  });

  it("refreshes without WordApi 1.3 too, as plain paragraphs; the control then starts with the empty line clear() leaves", async () => {
    const word = await draftWithSections();
    const results = await refreshSections(asWord(word), rebuildFrom(NEWER_RECORDS, NEWER), { isSetSupported: () => false });
    expect(results.map((r) => r.status)).toEqual(["refreshed", "refreshed"]);
    expect(word.textOutsideControls()).toEqual(DRAFT);
    const control = word.outline()[2] as Extract<OutlineItem, { control: string }>;
    expect(control.items.every((i) => "paragraph" in i)).toBe(true);
    expect(linesOf(control.items)).toEqual(["", ...wordLines(wordBlocks(report(spec("upr-midterm", "en", NEWER), NEWER_RECORDS).sections[0]!.blocks, { structured: false }))]);
  });

  it("rewrites an Arabic section right to left, in 3 syncs, and the refreshed section carries no empty first line", async () => {
    const word = new FakeWord(["مقدمة"]);
    await insertSection(asWord(word), report(spec("upr-midterm", "ar")), { at: "cursor" });
    const before = word.syncCount;
    const [result] = await refreshSections(asWord(word), rebuildFrom(NEWER_RECORDS, NEWER));
    expect(word.syncCount - before).toBe(3);
    const fresh = report(spec("upr-midterm", "ar", NEWER), NEWER_RECORDS).sections[0]!;
    expect(result).toMatchObject({ status: "refreshed", newTag: fresh.tag, removed: expect.any(Array) });
    const control = word.outline()[1] as Extract<OutlineItem, { control: string }>;
    expect(linesOf(control.items)).toEqual(wordLines(wordBlocks(fresh.blocks, { structured: true })));
    const paragraphs = control.items.filter((i): i is Extract<OutlineItem, { paragraph: string }> => "paragraph" in i);
    expect(paragraphs.every((p) => p.bidi && p.alignment === "Right")).toBe(true);
    expect(new Set(paragraphs.map((p) => p.style))).toEqual(new Set(["Heading1", "Heading2", "Heading3", "ListParagraph", "Normal"]));
    expect(control.items.filter((i) => "table" in i).every((t) => "table" in t && t.bidiVisual && t.headerRowCount === 1)).toBe(true);
    expect(paragraphs[0]).toMatchObject({ style: "Heading1" });
    expect(paragraphs[0]!.paragraph).not.toBe("");
    expect(word.textOutsideControls()).toEqual(["مقدمة"]);
  });

  it("refreshes an English section with no right-to-left paragraph, as before", async () => {
    const word = await draftWithSections();
    await refreshSections(asWord(word), rebuildFrom(NEWER_RECORDS, NEWER));
    const controls = word.outline().filter((i): i is Extract<OutlineItem, { control: string }> => "control" in i);
    expect(controls.flatMap((c) => c.items).every((i) => ("paragraph" in i ? !i.bidi && i.alignment === "Left" : "table" in i ? !i.bidiVisual : false))).toBe(true);
  });
});
