import { readTrackerWorkbook } from "../import/trackerWorkbook";
import type { RecommendationId } from "../model/tracker";
import type { Cluster } from "../analyze/cluster";
import type { RecordAnalysis } from "../track/analyzeRecords";
import { LANGS } from "../model/codes";
import { clusterIdOf } from "./analysisCells";
import type { SheetPlan, SheetRole, WorkbookPlan } from "./plan";
import { planToSourceFile } from "./planToSourceFile";
import { planWorkbook } from "./planWorkbook";
import { recommendation, trackerDoc } from "./testing/builders";

const recs = [
  recommendation({ id: "R1" as RecommendationId, text: "Ratify OP-CAT", status: "implemented", themes: ["Torture"] }),
  recommendation({ id: "R2" as RecommendationId, text: "Ratify the Optional Protocol to CAT", status: "in_progress" }),
  recommendation({ id: "R3" as RecommendationId, text: "Ensure birth registration", status: null }),
];
const opcat: Cluster = { id: "C-OPCAT", name: "ratify · optional protocol", members: ["R1", "R2"] };
const birth: Cluster = { id: "C-BIRTH", name: "birth registration", members: ["R3"] };
const suggestion = <T>(value: T) => ({ value, score: 0.9, reason: ["ratify"] });
const analysis: RecordAnalysis = {
  suggestions: new Map([
    ["R1", { themes: [suggestion("Torture and other cruel, inhuman or degrading treatment")], affectedPersons: [], sdgGoals: [suggestion(16)], sdgTargets: [], uprInfoIssues: [suggestion("Torture and other CID treatment")], actionCategory: suggestion(5) }],
  ]),
  clustering: { clusters: [opcat, birth], clusterOf: new Map([["R1", opcat], ["R2", opcat], ["R3", birth]]), comparisons: 0 },
  related: new Map([["R1", [{ id: "R2", score: 0.82, kind: "repeat" as const }]]]),
};

const sheet = (plan: WorkbookPlan, role: SheetRole): SheetPlan => plan.sheets.find((s) => s.role === role)!;
const plan = planWorkbook(trackerDoc({ recommendations: recs }), analysis);
const column = (header: string): unknown[] => {
  const s = sheet(plan, "recommendations");
  const c = (s.values[0] as string[]).indexOf(header);
  return s.values.slice(1).map((r) => r[c]);
};

describe("planWorkbook with analysis", () => {
  it("shows suggested tags, cluster and related recommendations in their own columns after Source", () => {
    const headers = sheet(plan, "recommendations").values[0] as string[];
    expect(headers.slice(-4)).toEqual(["Source", "Suggested tags", "Suggested cluster", "Related recommendations"]);
    expect(column("Suggested tags")[0]).toBe("Themes: Torture and other cruel, inhuman or degrading treatment\nSDGs: 16\nUPR Info issues: Torture and other CID treatment\nAction category: 5");
    expect(column("Suggested cluster")).toEqual(["ratify · optional protocol [C-OPCAT]", "ratify · optional protocol [C-OPCAT]", "birth registration [C-BIRTH]"]);
    expect(column("Related recommendations")).toEqual(["R2 (repeat 0.82)", null, null]);
  });

  it("adds a Clusters sheet after the dashboard with counts by status, overdue and share implemented", () => {
    expect(plan.sheets.map((s) => s.role).slice(2, 4)).toEqual(["dashboard", "clusters"]);
    const clusters = sheet(plan, "clusters");
    expect(clusters.values[0]).toEqual(["Cluster ID", "Cluster", "Not started", "In progress", "Partially implemented", "Implemented", "Status not set", "Total", "Overdue", "% implemented"]);
    expect(clusters.values.slice(1)).toEqual([
      ["C-OPCAT", "ratify · optional protocol", 0, 1, 0, 1, 0, 2, 0, 0.5],
      ["C-BIRTH", "birth registration", 0, 0, 0, 0, 1, 1, 0, 0],
    ]);
    expect(clusters.tables[0]!.name).toBe("Clusters");
  });

  it.each(LANGS)("names the new sheet and headers in %s", (lang) => {
    const p = planWorkbook(trackerDoc({ recommendations: recs, lang }), analysis);
    const headers = sheet(p, "recommendations").values[0] as string[];
    expect(new Set(headers.slice(-3)).size).toBe(3);
    expect(sheet(p, "clusters").name).not.toBe(sheet(p, "dashboard").name);
  });

  it("leaves the workbook as it was without analysis", () => {
    const plain = planWorkbook(trackerDoc({ recommendations: recs }));
    expect(plain.sheets.map((s) => s.role)).not.toContain("clusters");
    expect((sheet(plain, "recommendations").values[0] as string[]).at(-1)).toBe("Source");
  });
});

describe("reading a tracker with analysis columns back", () => {
  const read = readTrackerWorkbook(planToSourceFile(plan, "tracker.xlsx"))!;

  it("gives the same records: suggestions are never read as accepted labels or extra columns", () => {
    expect(read.problems).toEqual([]);
    expect(read.recommendations.map((r) => [r.id, r.themes, r.sdgGoals, r.cluster, r.extra])).toEqual([
      ["R1", ["Torture"], [], null, {}],
      ["R2", [], [], null, {}],
      ["R3", [], [], null, {}],
    ]);
    expect(read.extraColumns).toEqual([]);
  });

  it("reads the suggested cluster IDs, so the next run keeps them", () => {
    expect(read.suggestedClusters).toEqual(new Map([["R1", "C-OPCAT"], ["R2", "C-OPCAT"], ["R3", "C-BIRTH"]]));
  });

  it("reads no cluster ID from a cell edited out of shape", () => {
    expect(clusterIdOf("ratify OP-CAT")).toBeNull();
    expect(clusterIdOf("ratify [OP-CAT] [C-1]")).toBe("C-1");
  });
});
