import { planPack } from "./planPack";
import { packToSourceFile } from "./packToSourceFile";
import { readPack } from "./readPack";
import { institutionsOf } from "./selectRecords";
import { HEALTH, JUSTICE, sampleTracker } from "./testing/editPack";

const OPTS = { lang: "fr", deadline: "2026-09-30", issuedAt: "2026-03-01T09:00:00Z", trackerId: "suivi.xlsx" } as const;

describe("planPack", () => {
  const plan = planPack(sampleTracker(), JUSTICE, OPTS);
  const [instructions, recs, acts, lists, info] = plan.sheets;

  it("has the instructions, records, lists and hidden info sheets in the pack's language", () => {
    expect(plan.sheets.map((s) => [s.name, s.hidden])).toEqual([["Instructions", false], ["Recommandations", false], ["Activités", false], ["Listes", true], ["InfoDossier", true]]);
    expect(instructions!.values.flat()).toEqual(expect.arrayContaining(["Dossier de suivi — Ministère de la Justice", "2026-09-30"]));
  });

  it.each([
    [JUSTICE, ["R1", "R2", "R3"], ["R1/A1", "R3/A1"]],
    [HEALTH, ["R2", "R3"], []],
    ["Unknown ministry", [], []],
  ])("keeps only what %s reports on", (institution, recIds, actIds) => {
    const p = planPack(sampleTracker(), institution, OPTS);
    expect(p.sheets[1]!.values.slice(1).map((r) => r[0])).toEqual(recIds);
    expect(p.sheets[2]!.values.slice(1).map((r) => r[1]).filter((v) => v !== null)).toEqual(actIds);
  });

  it("turns every sheet right to left for an Arabic pack", () => {
    const ar = planPack(sampleTracker(), JUSTICE, { ...OPTS, lang: "ar" });
    expect([ar.rightToLeft, ...ar.sheets.map((s) => s.rightToLeft)]).toEqual([true, true, true, true, true, true]);
    expect(ar.sheets[1]!.validations[0]!.source).toBe("='القوائم'!$A$1:$A$4");
  });

  it("unlocks only the editable columns and the blank activity rows", () => {
    expect(recs!.protection!.editable).toEqual([{ top: 1, left: 8, bottom: 3, right: 11 }]);
    expect(acts!.protection!.editable).toHaveLength(3);
    expect(lists!.protection!.editable).toEqual([]);
  });

  it("shows controlled values as labels with dropdowns", () => {
    expect(recs!.values[1]!.slice(8)).toEqual(["Non entamée", 10, "Draft bill", null]);
    expect(recs!.validations[0]!.source).toBe("=Listes!$A$1:$A$4");
    expect(acts!.validations.map((v) => v.source)).toEqual(["=Listes!$B$1:$B$4", "=Listes!$C$1:$C$3"]);
  });

  it("reads back as a pack with its metadata and every row unchanged", () => {
    const read = readPack(packToSourceFile(plan));
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.pack.meta).toEqual({ schemaVersion: 1, trackerId: "suivi.xlsx", institution: JUSTICE, issuedAt: "2026-03-01T09:00:00Z", deadline: "2026-09-30", lang: "fr" });
    expect(read.pack.rows.map((r) => r.recordId)).toEqual(["R1", "R2", "R3"]);
    expect(read.pack.problems).toEqual([]);
    expect(info!.values[0]).toEqual(["nmirf.pack"]);
  });
});

describe("institutionsOf", () => {
  it("lists every institution named on a recommendation or an activity, once, sorted", () => {
    expect(institutionsOf(sampleTracker())).toEqual([JUSTICE, HEALTH]);
  });
});
