/** The engine on the public data kept beside the project (../shared/data): no crash, every text kept, sources recognised. */
import path from "node:path";
import { readSource } from "../cli/read/readSource";
import { track, type TrackResult } from "../shared/track/track";
import type { SourceFile } from "../shared/grid/grid";
import { lostTexts } from "./support/coverage";
import { SHARED_DATA, describeWithSharedData } from "./support/sharedData";

const data = SHARED_DATA;

const OPTS = { lang: "en", asOf: "2026-01-01", now: "2026-01-01T00:00:00Z", by: "test" } as const;

async function trackFile(rel: string): Promise<{ src: SourceFile; result: TrackResult }> {
  const src = await readSource(path.join(data, rel));
  return { src, result: track([src], OPTS) };
}

describeWithSharedData("real data in ../shared/data", () => {
  it("UPR Info, 35,197 rows: one record per recommendation and review, every text kept", async () => {
    const { src, result } = await trackFile("upr-info/recommendations.csv");
    expect(src.sheets[0]!.rows.length - 1).toBe(35197);
    expect(result.mapping[0]!.kind).toBe("uprInfo");
    const rows = result.recommendations.reduce((n, r) => n + r.sources.length, 0);
    expect(rows).toBe(35197);
    expect(result.recommendations.length).toBeLessThan(35197);
    expect(result.recommendations.every((r) => r.mechanism === "UPR" && r.text.length > 0)).toBe(true);
    expect(result.recommendations.filter((r) => r.response === null).length / result.recommendations.length).toBeLessThan(0.02);
    expect(lostTexts([src], result)).toEqual([]);
  });

  it("UPR Info raw export (Mac Roman, CR line ends): the To/From/Issue shape is recognised", async () => {
    const { src, result } = await trackFile("upr-info/raw-export-sample.csv");
    expect(result.mapping[0]!.kind).toBe("uprInfoRaw");
    expect(result.recommendations.reduce((n, r) => n + r.sources.length, 0)).toBe(src.sheets[0]!.rows.filter((r) => r.length > 1).length - 1);
    expect(result.recommendations.every((r) => r.recommendingStates.length > 0)).toBe(true);
    expect(lostTexts([src], result)).toEqual([]);
  });

  it.each(["ohchr-matrices/slovenia_upr_c2_c3.csv", "ohchr-matrices/china_upr_c2_c3.csv"])("OHCHR matrix %s: symbol:paragraph IDs, positions, cycles", async (rel) => {
    const { src, result } = await trackFile(rel);
    expect(result.mapping[0]!.kind).toBe("ohchrMatrix");
    expect(result.recommendations.every((r) => r.id.startsWith("A/HRC/") && r.paragraph && r.cycle)).toBe(true);
    expect(result.recommendations.every((r) => r.response !== null)).toBe(true);
    expect(lostTexts([src], result)).toEqual([]);
  });

  it("UHRI export shape (.xlsx): annotation IDs, paragraphs from the text, SDG goals", async () => {
    const { src, result } = await trackFile("uhri-sample/uhri-export-shape-slovenia-c3.xlsx");
    expect(result.mapping[0]!.kind).toBe("uhri");
    expect(result.recommendations.every((r) => /^[0-9a-f-]{36}$/i.test(r.id) && r.paragraph !== null && r.mechanism === "UPR")).toBe(true);
    expect(result.recommendations.some((r) => r.sdgGoals.length > 0)).toBe(true);
    expect(lostTexts([src], result)).toEqual([]);
  });

  it("UHRI bulk records (JSON lines): CESCR paragraphs after their heading line", async () => {
    const { src, result } = await trackFile("uhri-sample/uhri_sample.jsonl");
    expect(result.mapping[0]!.kind).toBe("uhriJson");
    expect(result.recommendations).toHaveLength(15);
    expect(result.recommendations.every((r) => r.mechanism === "CESCR" && r.symbol === "E/C.12/AUS/CO/6")).toBe(true);
    expect(result.recommendations.find((r) => r.text.includes("Reiterating its previous recommendation"))?.paragraph).toBe("7");
    expect(lostTexts([src], result)).toEqual([]);
  });
});
