import { file, sheet } from "../../test/support/grids";
import type { SourceFile } from "../grid/grid";
import { decodeSectionTag } from "../report/sectionTag";
import { planToSourceFile } from "../workbook/planToSourceFile";
import { analyseConvert, buildSection, loadTracker, rebuildSections, specKey } from "./index";

/** A tracker as the suite writes it, from a small English sheet, at a given time and with a given status. */
function tracker(now: string, status: string): SourceFile {
  const source = file("tracker.xlsx", sheet("UPR", [
    ["Recommendation", "Mechanism", "Cycle", "Status", "Responsible institution", "Cluster"],
    ["Ratify the Optional Protocol to the Convention against Torture", "UPR", 3, status, "Ministry of Justice", "Torture"],
    ["Adopt a law on violence against women", "UPR", 3, "Not started", "Ministry of Women", "Women's rights"],
  ]));
  return planToSourceFile(analyseConvert({ workbook: source, sheet: "UPR", lang: "en", now, by: "test" }).plan);
}

const text = (section: { model: { sections: readonly { blocks: readonly unknown[] }[] } }): string => JSON.stringify(section.model.sections[0]!.blocks);

describe("report sections in the Word task pane", () => {
  const older = loadTracker(tracker("2025-01-15T09:00:00Z", "In progress"), "2025-02-01")!;

  it("reads a tracker once: its data date, records and the values its filters offer", () => {
    expect(older).toMatchObject({ lang: "en", dataDate: "2025-01-15", unreadCells: 0 });
    expect(older.recommendations).toHaveLength(2);
    expect(older.choices).toMatchObject({ clusters: ["Torture", "Women's rights"], institutions: ["Ministry of Justice", "Ministry of Women"], cycles: [3] });
  });

  it("says a workbook that is no tracker is none", () => {
    expect(loadTracker(file("notes.xlsx", sheet("Notes", [["hello"]])), "2025-02-01")).toBeNull();
  });

  it("builds a section whose tag says how to rebuild it, with its word count", () => {
    const built = buildSection(older, { template: "upr-midterm", lang: "fr", filters: { cluster: "Torture" } });
    expect(built.count).toBe(1);
    expect(built.words).toBeGreaterThan(5);
    expect(built.overLimit).toBe(false);
    expect(decodeSectionTag(built.tag)).toEqual({ kind: "spec", spec: built.spec });
    expect(built.spec.dataDate).toBe("2025-01-15");
  });

  it("rebuilds each tagged section from a newer tracker: new data date, new facts, same filters", () => {
    const built = buildSection(older, { template: "upr-midterm", lang: "en", filters: { cluster: "Torture" } });
    const newer = loadTracker(tracker("2025-06-30T09:00:00Z", "Implemented"), "2025-07-01")!;
    const [again] = rebuildSections(newer, [built.tag], {});
    expect(again!.problem).toBeNull();
    expect(again!.section!.spec).toEqual({ ...built.spec, dataDate: "2025-06-30" });
    expect(text(again!.section!)).not.toEqual(text(built));
  });

  it("needs the document's stored spec for a tag too long to hold it, and says which tags are not ours", () => {
    const long = buildSection(older, { template: "custom", lang: "en", filters: { institution: "Ministry of Justice ".repeat(12).trim() } });
    expect(decodeSectionTag(long.tag)?.kind).toBe("hashed");
    expect(rebuildSections(older, [long.tag], {})[0]!.problem).toBe("missingSpec");
    expect(rebuildSections(older, [long.tag], { [specKey(long.spec)]: long.spec })[0]!.section?.tag).toBe(long.tag);
    expect(rebuildSections(older, ["other-addin:123"], {})[0]!.problem).toBe("unknownTag");
  });
});
