import { sdgTargets, targetGoal } from "./sdgTargets";

const labels = (text: string, goals: Record<string, number>): string[] => sdgTargets(text, new Map(Object.entries(goals))).map((p) => p.label);

describe("sdgTargets", () => {
  it("names a target from a specific phrase, in any seeded language, under an evidenced goal", () => {
    expect(labels("Ensure birth registration for all children", { "16": 0.8 })).toEqual(["16.9"]);
    expect(labels("Garantir l'enregistrement des naissances", { "16": 0.8 })).toEqual(["16.9"]);
    expect(labels("Eliminar el trabajo infantil", { "8": 0.6 })).toEqual(["8.7"]);
  });

  it("suggests nothing when the target's goal is not evidenced", () => {
    expect(labels("Ensure birth registration for all children", { "4": 0.9 })).toEqual([]);
    expect(labels("Ensure birth registration for all children", {})).toEqual([]);
  });

  it("inherits its goal's score, best first, and gives the phrase as its reason", () => {
    const p = sdgTargets("Combat domestic violence and ensure access to justice", new Map([["5", 0.6], ["16", 0.9]]));
    expect(p.map((x) => [x.label, x.score])).toEqual([["16.3", 0.9], ["5.2", 0.6]]);
    expect(p[1].reason).toEqual(["domestic violence"]);
  });

  it("reads a target's goal", () => {
    expect(targetGoal("16.a")).toBe("16");
    expect(targetGoal("8.7")).toBe("8");
  });
});
