import { emptyRecommendation } from "../../model/emptyRecommendation";
import type { Recommendation, RecommendationId } from "../../model/tracker";
import { mergeSponsors } from "./mergeSponsors";

function rec(id: string, text: string, state: string, more: Partial<Recommendation> = {}): Recommendation {
  const r = emptyRecommendation({ file: "f.xlsx", sheet: "S", row: Number(id.slice(1)) + 1 });
  return { ...r, id: id as RecommendationId, text, mechanism: "UPR", symbol: "A/HRC/41/9", cycle: 3, recommendingStates: [state], extra: { "State under review": "Valmora" }, ...more };
}

describe("mergeSponsors", () => {
  it("makes one recommendation, with every recommending State, of the same text in the same review", () => {
    const { records, mergedInto } = mergeSponsors([
      rec("r1", "Ratify the Optional Protocol to the Convention against Torture", "France"),
      rec("r2", "Ratify the Optional Protocol to the Convention against Torture", "Chile"),
      rec("r3", "Ensure free birth registration", "Ghana"),
      rec("r4", "ratify the optional protocol to the  Convention against Torture ", "Japan"),
    ]);
    expect(records.map((r) => r.id)).toEqual(["r1", "r3"]);
    expect(records[0].recommendingStates).toEqual(["France", "Chile", "Japan"]);
    expect(records[0].sources.map((s) => s.row)).toEqual([2, 3, 5]);
    expect(mergedInto).toEqual(new Map([["r2", "r1"], ["r4", "r1"]]));
  });

  it.each([
    ["another cycle", { cycle: 2 }],
    ["another mechanism", { mechanism: "CAT" as const }],
    ["another State under review", { extra: { "State under review": "Nordland" } }],
    ["another numbered paragraph", { paragraph: "128.2" }],
  ])("keeps the same text apart when made in %s", (_, other) => {
    const { records } = mergeSponsors([rec("r1", "Ratify OP-CAT", "France", { paragraph: "128.1" }), rec("r2", "Ratify OP-CAT", "Chile", other)]);
    expect(records).toHaveLength(2);
  });
});
