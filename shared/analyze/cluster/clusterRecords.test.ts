import { defaultAnalyzer } from "../defaultAnalyzer";
import { suggestTags } from "../suggestTags";
import { clusterRecords, type ClusterItem } from "./clusterRecords";
import { similarityVector } from "./similarityVector";
import { textIndex } from "./textIndex";

const FIXTURE: Record<string, string[]> = {
  opcat: [
    "Ratify the Optional Protocol to the Convention against Torture",
    "Consider ratifying the Optional Protocol to the Convention against Torture",
    "Ratify the Optional Protocol to the Convention against Torture and establish a national preventive mechanism",
    "Ratifier le Protocole facultatif se rapportant à la Convention contre la torture",
    "Ratificar el Protocolo Facultativo de la Convención contra la Tortura",
  ],
  violence: [
    "Adopt a comprehensive law on violence against women",
    "Adopt legislation criminalizing domestic violence and all forms of violence against women",
    "Enact a specific law on violence against women and girls",
    "Adopter une loi sur la violence à l'égard des femmes",
  ],
  birth: [
    "Ensure free birth registration for all children",
    "Improve birth registration of children in rural areas",
    "Strengthen birth registration for all children born on its territory",
    "Garantizar el registro de nacimientos de todos los niños",
  ],
};

/** Tagged as the tracker does it: with the analyzer's suggestions, which read every language alike. */
function tagged(text: string): string[] {
  const s = suggestTags({ text, themes: [], sdgGoals: [] });
  return [...s.uprInfoIssues.map((t) => `issue:${t.value}`), ...s.sdgGoals.map((g) => `sdg:${g.value}`), ...s.themes.map((t) => `theme:${t.value}`)];
}

const items = (fixture: Record<string, string[]>): ClusterItem[] =>
  Object.entries(fixture).flatMap(([group, texts]) => texts.map((text, i) => ({ id: `${group}-${i}`, text, tags: tagged(text) })));

const cluster = (list: readonly ClusterItem[], opts: Parameters<typeof clusterRecords>[2] = {}) => {
  const analyzer = defaultAnalyzer();
  return clusterRecords(list, textIndex(list.map((it) => similarityVector(analyzer.vector(it.text), it.text))), opts);
};

describe("clusterRecords", () => {
  const result = cluster(items(FIXTURE));
  const clusterOf = (id: string): string => result.clusterOf.get(id)!.id;

  it.each(Object.keys(FIXTURE))("puts the %s recommendations, in English, French and Spanish, in one cluster", (group) => {
    const ids = FIXTURE[group].map((_, i) => `${group}-${i}`);
    expect(new Set(ids.map(clusterOf)).size).toBe(1);
  });

  it("keeps different asks apart", () => {
    expect(new Set(["opcat-0", "violence-0", "birth-0"].map(clusterOf)).size).toBe(3);
  });

  it("names clusters by their key terms", () => {
    expect(result.clusterOf.get("opcat-0")!.name).toMatch(/torture|optional protocol/);
    expect(result.clusterOf.get("violence-0")!.name).toMatch(/violence/);
    expect(result.clusterOf.get("birth-0")!.name).toMatch(/birth|registration/);
  });

  it("is deterministic and does not depend on input order", () => {
    const reversed = cluster([...items(FIXTURE)].reverse());
    for (const c of result.clusters) expect(reversed.clusterOf.get(c.members[0])).toEqual(expect.objectContaining({ id: c.id, name: c.name }));
  });
});

describe("cluster IDs across re-runs", () => {
  const first = cluster(items(FIXTURE));
  const previous = new Map([...first.clusterOf].map(([rec, c]) => [rec, c.id]));

  it("stay the same when one member is added", () => {
    const more = { ...FIXTURE, birth: [...FIXTURE.birth, "Ensure free and universal birth registration of all children"] };
    const second = cluster(items(more), { previous });
    for (const id of ["opcat-0", "violence-0", "birth-0"]) expect(second.clusterOf.get(id)!.id).toBe(first.clusterOf.get(id)!.id);
    expect(second.clusterOf.get("birth-4")!.id).toBe(first.clusterOf.get("birth-0")!.id);
  });

  it("are taken over from the previous run even when the leader changed", () => {
    const renamed = new Map([...previous].map(([rec, c]) => [rec, `old-${c}`]));
    const second = cluster(items(FIXTURE), { previous: renamed });
    expect(second.clusterOf.get("opcat-0")!.id).toBe(`old-${first.clusterOf.get("opcat-0")!.id}`);
  });
});

describe("people's edits", () => {
  const base = cluster(items(FIXTURE));
  const id = (rec: string): string => base.clusterOf.get(rec)!.id;

  it("pin a recommendation to a cluster, rename, merge and split clusters", () => {
    const edited = cluster(items(FIXTURE), {
      edits: {
        pinned: { "birth-3": id("violence-0") },
        renamed: { [id("opcat-0")]: "OP-CAT" },
        merged: [[id("violence-0"), id("birth-0")]],
        split: { "K-french": ["opcat-3"] },
      },
    });
    expect(edited.clusterOf.get("opcat-0")!.name).toBe("OP-CAT");
    expect(edited.clusterOf.get("birth-0")!.id).toBe(id("violence-0"));
    expect(edited.clusterOf.get("birth-3")!.id).toBe(id("violence-0"));
    expect(edited.clusterOf.get("opcat-3")!.members).toEqual(["opcat-3"]);
    expect(edited.clusterOf.get("opcat-3")!.id).toBe("K-french");
  });
});
