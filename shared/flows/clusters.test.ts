import { file, sheet } from "../../test/support/grids";
import type { SourceFile } from "../grid/grid";
import { readTrackerWorkbook } from "../import/trackerWorkbook";
import { planToSourceFile } from "../workbook/planToSourceFile";
import { acceptClusters, analyseConvert, suggestClusters, type RunMeta } from "./index";

const META: RunMeta = { lang: "en", now: "2026-03-01T09:00:00Z", by: "secretariat@example.org" };

/** A tracker whose recommendations fall in two obvious groups, in three languages. */
function tracker(): SourceFile {
  const source = file("t.xlsx", sheet("UPR", [
    ["Recommendation", "Recommending State", "Status"],
    ["Ratify the Optional Protocol to the Convention against Torture", "Denmark", "Not started"],
    ["Ratifier le Protocole facultatif se rapportant à la Convention contre la torture", "France", "Not started"],
    ["Ratify promptly the Optional Protocol to the Convention against Torture", "Chile", "Not started"],
    ["Ensure free birth registration for all children", "Mexico", "In progress"],
    ["Guarantee universal and free birth registration of all children", "Spain", "In progress"],
    ["Garantizar el registro gratuito de los nacimientos de todos los niños", "Peru", "In progress"],
  ]));
  return planToSourceFile(analyseConvert({ ...META, workbook: source, sheet: "UPR" }).plan);
}

describe("clusters in a pane", () => {
  const workbook = tracker();
  const suggested = suggestClusters({ ...META, workbook })!;

  it("suggests clusters a person recognises, named by their key terms", () => {
    expect(suggested.length).toBeGreaterThanOrEqual(2);
    const torture = suggested.find((c) => c.members.some((m) => m.text.startsWith("Ratify the Optional")))!;
    expect(torture.members.map((m) => m.text).join(" ")).not.toMatch(/birth/);
    expect(torture.name).not.toBe("");
  });

  it("writes the accepted clusters, under the user's names, in the Cluster column and logs each change", () => {
    const [first] = suggested;
    const plan = acceptClusters({ ...META, workbook, accepted: [{ name: "Ratify OP-CAT", members: first!.members.map((m) => m.id) }] })!;
    const read = readTrackerWorkbook(planToSourceFile(plan))!;
    const inCluster = read.recommendations.filter((r) => r.cluster === "Ratify OP-CAT");
    expect(inCluster.map((r) => r.id).sort()).toEqual(first!.members.map((m) => m.id).sort());
    expect(read.log.filter((e) => e.field === "cluster" && e.newValue === "Ratify OP-CAT")).toHaveLength(first!.members.length);
  });

  it("needs a tracker", () => {
    expect(suggestClusters({ ...META, workbook: file("x.xlsx", sheet("S", [["a"]])) })).toBeNull();
  });
});
