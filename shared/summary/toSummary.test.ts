import { file, sheet } from "../../test/support/grids";
import type { SourceFile } from "../grid/grid";
import { track, type TrackOptions } from "../track/track";
import { SummaryJson } from "./summarySchema";
import { toSummary } from "./toSummary";

const OPTS: TrackOptions = { lang: "en", asOf: "2025-06-30", now: "2025-06-30T10:00:00Z", by: "test" };
const META = { generatedAt: OPTS.now, lang: OPTS.lang, asOf: OPTS.asOf };

const source = (): SourceFile =>
  file(
    "t.xlsx",
    sheet("UPR", [
      ["N°", "Recommendation", "Cycle", "Status"],
      [1, "Ratify the Optional Protocol to the Convention against Torture", 2, "Not started"],
      [2, "Ratify the Optional Protocol to the Convention against Torture", 3, "en cour"],
      [3, "Ensure free birth registration for all children", 3, "Implemented"],
    ]),
  );

const roundTrip = (summary: SummaryJson): SummaryJson => SummaryJson.parse(JSON.parse(JSON.stringify(summary)));

describe("toSummary with analysis", () => {
  const summary = toSummary(track([source()], { ...OPTS, analyze: true }), META);
  const [first, second, birth] = summary.recommendations;

  it("survives JSON and the schema unchanged", () => {
    expect(roundTrip(summary)).toEqual(summary);
  });

  it("gives each recommendation its suggested labels with score and reason, and its cluster", () => {
    expect(first!.suggestions.actionCategory).toEqual({ value: 5, score: expect.any(Number), reason: expect.arrayContaining([expect.any(String)]) });
    expect(first!.suggestions.uprInfoIssues.map((s) => s.value)).toContain("Torture and other CID treatment");
    expect(first!.suggestions.cluster).toEqual({ id: second!.suggestions.cluster!.id, name: expect.stringMatching(/protocol/) });
    expect(birth!.suggestions.cluster!.id).not.toBe(first!.suggestions.cluster!.id);
  });

  it("links the recommendation repeated in the next cycle", () => {
    expect(first!.related).toEqual([{ id: second!.id, score: 1, kind: "repeat" }]);
    expect(birth!.related).toEqual([]);
  });

  it("keeps validation's suggestion for a field under the field's name, as before", () => {
    expect(second!.suggestions["status"]).toBe("in_progress");
  });
});

describe("toSummary without analysis", () => {
  const summary = toSummary(track([source()], OPTS), META);

  it("has empty suggested labels, no cluster and no links, in the same shape", () => {
    expect(roundTrip(summary)).toEqual(summary);
    for (const r of summary.recommendations) {
      expect(r.suggestions).toMatchObject({ themes: [], affectedPersons: [], sdgGoals: [], sdgTargets: [], uprInfoIssues: [], actionCategory: null, cluster: null });
      expect(r.related).toEqual([]);
    }
  });
});

describe("toSummary of the follow-up columns", () => {
  const followed = file("t.xlsx", sheet("CAT", [
    ["Recommendation", "Follow-up", "Indicators"],
    ["Criminalise torture", "Yes", "Number of convictions"],
    ["Train prison staff", "No", ""],
    ["Inspect places of detention", "", ""],
  ]));
  const summary = toSummary(track([followed], OPTS), META);

  it("says whether each recommendation is selected for follow-up, and its indicators", () => {
    expect(summary.recommendations.map((r) => [r.followUp, r.indicators])).toEqual([[true, "Number of convictions"], [false, null], [null, null]]);
    expect(roundTrip(summary)).toEqual(summary);
  });
});
