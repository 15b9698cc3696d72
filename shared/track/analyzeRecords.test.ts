import { file, sheet } from "../../test/support/grids";
import type { SourceFile } from "../grid/grid";
import { planToSourceFile } from "../workbook/planToSourceFile";
import { planWorkbook } from "../workbook/planWorkbook";
import { track, type TrackOptions } from "./track";

const OPTS: TrackOptions = { lang: "en", asOf: "2025-06-30", now: "2025-06-30T10:00:00Z", by: "test", analyze: true };

/** A tracker kept one numbered row per recommending State, over two UPR cycles, in English and French. */
const source = (): SourceFile =>
  file(
    "matrix.xlsx",
    sheet("UPR", [
      ["N°", "Recommendation", "Recommending State", "Cycle", "Status"],
      [1, "Ratify the Optional Protocol to the Convention against Torture and establish a national preventive mechanism", "France", 2, "Not started"],
      [2, "Ratify the Optional Protocol to the Convention against Torture and establish a national preventive mechanism", "Chile", 2, "Not started"],
      [3, "Accelerate the ratification of the Optional Protocol to the Convention against Torture and establish a national preventive mechanism", "Denmark", 3, "In progress"],
      [4, "Adopt a comprehensive law on violence against women", "Spain", 3, "Not started"],
      [5, "Adopter une loi sur la violence à l'égard des femmes", "Belgique", 3, "Not started"],
      [6, "Ensure free birth registration for all children", "Ghana", 3, "Implemented"],
    ]),
  );

describe("track with analysis", () => {
  const result = track([source()], OPTS);
  const recOf = (start: string) => result.recommendations.find((r) => r.text.startsWith(start))!;

  it("merges the same recommendation made by several States in one review into one record", () => {
    expect(result.recommendations).toHaveLength(5);
    expect(recOf("Ratify").recommendingStates).toEqual(["France", "Chile"]);
    expect(recOf("Ratify").sources.map((s) => s.row)).toEqual([2, 3]);
  });

  it("links the repeat of the next cycle to it", () => {
    const related = result.analysis!.related.get(recOf("Ratify").id);
    expect(related).toEqual([expect.objectContaining({ id: recOf("Accelerate").id, kind: "repeat" })]);
  });

  it("suggests tags and a cluster for every recommendation, without touching its own labels", () => {
    for (const rec of result.recommendations) expect(result.analysis!.clustering.clusterOf.get(rec.id)).toBeDefined();
    expect(result.recommendations.every((r) => r.themes.length === 0 && r.cluster === null)).toBe(true);
    expect(result.analysis!.suggestions.get(recOf("Ratify").id)!.uprInfoIssues.length).toBeGreaterThan(0);
  });

  it("keeps cluster IDs when the tracker it wrote is tracked again", () => {
    const written = planToSourceFile(planWorkbook({ ...result, lang: "en", generatedAt: OPTS.now }, result.analysis), "tracker.xlsx");
    const again = track([written], OPTS);
    for (const rec of result.recommendations) {
      expect(again.analysis!.clustering.clusterOf.get(rec.id)!.id).toBe(result.analysis!.clustering.clusterOf.get(rec.id)!.id);
    }
  });

  it("does nothing of this when analysis is off", () => {
    const plain = track([source()], { ...OPTS, analyze: false });
    expect(plain.analysis).toBeNull();
    expect(plain.recommendations).toHaveLength(6);
  });
});
