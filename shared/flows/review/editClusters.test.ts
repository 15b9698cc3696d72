import { clusterDecisions, mergeClusters, renameCluster, splitCluster, type ClusterMember, type ReviewCluster } from "./index";

const member = (id: string): ClusterMember => ({ id, text: `text ${id}`, cluster: null, related: [] });
const LIST: ReviewCluster[] = [
  { id: "tracker:Torture", name: "Torture", origin: "tracker", members: [member("R1"), member("R2")] },
  { id: "C-1", name: "optional protocol torture", origin: "suggested", members: [member("R2"), member("R3")] },
  { id: "C-2", name: "birth registration", origin: "suggested", members: [member("R4"), member("R5"), member("R6")] },
];

describe("editing clusters in the view", () => {
  it("merges into the first cluster ticked, keeping its name and each member once", () => {
    const merged = mergeClusters(LIST, new Set(["C-1", "tracker:Torture"]));
    expect(merged.map((c) => c.id)).toEqual(["tracker:Torture", "C-2"]);
    expect(merged[0]).toMatchObject({ name: "Torture", origin: "edited" });
    expect(merged[0]!.members.map((m) => m.id)).toEqual(["R1", "R2", "R3"]);
  });

  it("needs two clusters to merge", () => {
    expect(mergeClusters(LIST, new Set(["C-1"]))).toEqual(LIST);
  });

  it("splits the picked members into a new cluster right after theirs", () => {
    const split = splitCluster(LIST, "C-2", new Set(["R6"]), "Late registration");
    expect(split.map((c) => [c.name, c.members.map((m) => m.id)])).toEqual([
      ["Torture", ["R1", "R2"]],
      ["optional protocol torture", ["R2", "R3"]],
      ["birth registration", ["R4", "R5"]],
      ["Late registration", ["R6"]],
    ]);
    expect(split[3]!.origin).toBe("edited");
    expect(new Set(split.map((c) => c.id)).size).toBe(4);
  });

  it("does not split off every member or none", () => {
    expect(splitCluster(LIST, "C-1", new Set(["R2", "R3"]), "x")).toEqual(LIST);
    expect(splitCluster(LIST, "C-1", new Set(), "x")).toEqual(LIST);
  });

  it("renames, and accepting writes the ticked clusters under their current names", () => {
    const renamed = renameCluster(LIST, "C-2", "Birth registration");
    expect(clusterDecisions(renamed, new Set(["C-2"]))).toEqual([{ name: "Birth registration", members: ["R4", "R5", "R6"] }]);
  });
});
