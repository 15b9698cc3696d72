import { packFileName } from "./packFileName";
import { planPacks } from "./planPacks";
import { HEALTH, JUSTICE, sampleTracker } from "./testing/editPack";

const OPTS = { lang: "fr", deadline: "2026-09-30", issuedAt: "2026-03-01T09:00:00Z", trackerId: "suivi.xlsx" } as const;

describe("planPacks", () => {
  it("plans one pack per institution named, with its file name and what it holds", () => {
    const packs = planPacks(sampleTracker(), OPTS);
    expect(packs.map(({ plan: _, ...p }) => p)).toEqual([
      { file: "Ministère-de-la-Justice.xlsx", institution: JUSTICE, recommendations: 3, activities: 2 },
      { file: "Ministry-of-Health.xlsx", institution: HEALTH, recommendations: 2, activities: 0 },
    ]);
    expect(packs[0]!.plan.sheets[0]!.values.flat()).toContain("Dossier de suivi — Ministère de la Justice");
  });

  it("plans nothing when no recommendation names an institution", () => {
    const records = sampleTracker().map((r) => ({ ...r, institutions: [], activities: r.activities.map((a) => ({ ...a, institution: null })) }));
    expect(planPacks(records, OPTS)).toEqual([]);
  });
});

describe("packFileName", () => {
  it.each([
    ["Ministère de la Justice (MJDH)", "Ministère-de-la-Justice-MJDH.xlsx"],
    ["وزارة العدل", "وزارة-العدل.xlsx"],
    ["../../etc/passwd", "etc-passwd.xlsx"],
    ["***", "institution.xlsx"],
  ])("makes %s safe", (name, file) => {
    expect(packFileName(name, new Set())).toBe(file);
  });
  it("keeps names apart that would collide", () => {
    const taken = new Set<string>();
    expect([packFileName("A/B", taken), packFileName("A B", taken)]).toEqual(["A-B.xlsx", "A-B-2.xlsx"]);
  });
});
