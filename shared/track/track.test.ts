import { lostTexts } from "../../test/support/coverage";
import { file, merge, sheet } from "../../test/support/grids";
import type { SourceFile } from "../grid/grid";
import { track, type TrackOptions } from "./track";

const OPTS: TrackOptions = { lang: "en", asOf: "2025-06-30", now: "2025-06-30T10:00:00Z", by: "test" };

/** A French tracker as NMIRFs keep it: a merged title, a header, a theme section, activities under their recommendation. */
const frenchTracker = (): SourceFile =>
  file(
    "suivi.xlsx",
    sheet(
      "EPU",
      [
        ["MATRICE DE SUIVI DES RECOMMANDATIONS", null, null, null, null, null],
        [],
        ["N°", "Recommandation", "Position", "Activités", "Statut de l'activité", "Niveau de mise en œuvre"],
        ["1. Justice et lutte contre l'impunité", null, null, null, null, null],
        [1, "Ratifier le Protocole facultatif se rapportant à la Convention contre la torture", "Acceptée", "Projet de loi de ratification", "Réalisé", "Mise en œuvre"],
        [null, null, null, "Dépôt des instruments", "En cours", null],
        [2, "Adopter une loi sur les violences faites aux femmes", "Notée", null, null, "en cour"],
      ],
      [merge("A1:F1"), merge("A4:F4"), merge("B5:B6")],
    ),
  );

describe("track: a person's own tracker", () => {
  const src = frenchTracker();
  const result = track([src], OPTS);

  it("finds the header under the title and reads two recommendations", () => {
    expect(result.mapping[0]).toMatchObject({ sheet: "EPU", headerRow: 3, kind: "own" });
    expect(result.recommendations.map((r) => r.ref)).toEqual(["1", "2"]);
  });

  it("reads the rows under a recommendation as its activities", () => {
    const [first] = result.recommendations;
    expect(first!.activities.map((a) => [a.text, a.status])).toEqual([
      ["Projet de loi de ratification", "completed"],
      ["Dépôt des instruments", "in_progress"],
    ]);
  });

  it("takes the mechanism from the sheet's name and the cluster from the section row", () => {
    expect(result.recommendations.every((r) => r.mechanism === "UPR")).toBe(true);
    expect(result.recommendations[0]!.cluster).toBe("1. Justice et lutte contre l'impunité");
  });

  it("derives the status from the activities and reports the disagreement with the one written", () => {
    expect(result.recommendations[0]!.status).toBe("partially_implemented");
    const issue = result.issues.find((i) => i.code === "status.disagrees");
    expect(issue).toMatchObject({ file: "suivi.xlsx", sheet: "EPU", cell: "F5", recordId: result.recommendations[0]!.id });
  });

  it("keeps an uncertain status as written, flagged with a suggestion at its cell", () => {
    const second = result.recommendations[1]!;
    expect(second.status).toBeNull();
    expect(second.asWritten.status).toBe("en cour");
    expect(result.issues.find((i) => i.code === "status.guess")).toMatchObject({ cell: "F7", suggestion: "in_progress", severity: "warning" });
  });

  it("reports the title row instead of dropping it", () => {
    expect(result.issues.find((i) => i.code === "sheet.titleRow")?.params.text).toBe("MATRICE DE SUIVI DES RECOMMANDATIONS");
  });

  it("loses no text", () => {
    expect(lostTexts([src], result)).toEqual([]);
  });

  it("gives the same IDs on every run", () => {
    expect(track([frenchTracker()], OPTS).recommendations.map((r) => r.id)).toEqual(result.recommendations.map((r) => r.id));
  });
});

describe("track: exports", () => {
  it("reads a UHRI export: annotation ID, body, paragraph from the text, cycle from the session, '- ' lists", () => {
    const src = file(
      "uhri.xlsx",
      sheet("Sheet1", [
        ["Text", "Reccomending Body", "Document Symbol", "Themes", "Sdgs", "UPR Reccomending States", "UPR Position", "OHCHR Annotation Id", "UPR Session"],
        ["128.26. Endeavour to ratify the Optional Protocol (Nigeria)", "UPR", "A/HRC/40/6", "- Torture\n- Detention", "- 16.3 - Promote the rule of law", "- Nigeria", "Supported", "6f1c-uuid", "32"],
      ]),
    );
    const [rec] = track([src], OPTS).recommendations;
    expect(rec).toMatchObject({
      id: "6f1c-uuid",
      mechanism: "UPR",
      paragraph: "128.26",
      cycle: 3,
      themes: ["Torture", "Detention"],
      sdgGoals: [16],
      sdgTargets: ["16.3"],
      recommendingStates: ["Nigeria"],
      response: "supported",
    });
  });

  it("makes one recommendation of UPR Info rows that differ only by recommending State", () => {
    const header = ["uid", "state_under_review", "text", "recommending_state", "response", "action_category", "issues", "session", "cycle", "review_year"];
    const src = file(
      "upr-info.csv",
      sheet("upr-info", [
        header,
        ["1", "Valmora", "Ratify OP-CAT", "France", "Accepted", "5", "Torture|Detention", "20", "2", "2014"],
        ["2", "Valmora", "Ratify OP-CAT", "Chile", "Accepted", "5", "Torture", "20", "2", "2014"],
        ["3", "Ruritania", "Ratify OP-CAT", "Chile", "Noted", "5", "Torture", "20", "2", "2014"],
      ]),
    );
    const result = track([src], OPTS);
    expect(result.recommendations).toHaveLength(2);
    expect(result.recommendations[0]).toMatchObject({ recommendingStates: ["France", "Chile"], mechanism: "UPR", cycle: 2, year: 2014 });
    expect(result.recommendations[0]!.sources).toHaveLength(2);
  });
});

describe("track: problems", () => {
  it("keeps two rows with the same reference and different texts, as an error", () => {
    const src = file("t.xlsx", sheet("CAT", [["No.", "Recommendation"], ["3", "Criminalise torture"], ["3", "Close the detention centre"]]));
    const result = track([src], OPTS);
    expect(result.recommendations).toHaveLength(2);
    expect(new Set(result.recommendations.map((r) => r.id)).size).toBe(2);
    expect(result.issues.find((i) => i.code === "ref.duplicate")).toMatchObject({ severity: "error", sheet: "CAT", cell: "A3" });
  });

  it("reports a row without text and an impossible date at their cells", () => {
    const src = file("t.xlsx", sheet("CAT", [["No.", "Recommendation", "Deadline"], ["4", null, "31/02/2021"]]));
    const codes = track([src], OPTS).issues.map((i) => [i.code, i.cell]);
    expect(codes).toEqual(expect.arrayContaining([["text.missing", "B2"], ["date.impossible", "C2"]]));
  });

  it("reports a sheet with no table and counts its cells", () => {
    const src = file("t.xlsx", sheet("Notes", [["hello"], ["world"]]));
    expect(track([src], OPTS).issues).toEqual([expect.objectContaining({ code: "sheet.noTable", params: { count: 2 } })]);
  });

  it("lets the user map a column the engine does not know", () => {
    const src = file("t.xlsx", sheet("S", [["N°", "Recommandation", "Où en est-on"], ["1", "Adopter un code de l'enfant", "En cours"]]));
    const plain = track([src], OPTS).recommendations[0]!;
    expect(plain.status).toBeNull();
    expect(plain.extra["Où en est-on"]).toBe("En cours");
    const mapped = track([src], { ...OPTS, overrides: [{ header: "ou en est-on", field: "status" }] }).recommendations[0]!;
    expect(mapped.status).toBe("in_progress");
  });

  it("writes every message in the asked language", () => {
    const result = track([frenchTracker()], { ...OPTS, lang: "fr" });
    expect(result.issues.find((i) => i.code === "status.guess")?.message).toContain("vouliez-vous dire « En cours »");
    for (const i of result.issues) expect(i.message).not.toBe(i.code);
  });
});

describe("track --into: re-import updates the tracker and reports the diff", () => {
  it("counts new, changed, unchanged and missing records and logs each change", () => {
    const before = file("t.xlsx", sheet("CAT", [["No.", "Recommendation", "Status"], ["1", "Criminalise torture", "Not started"], ["2", "Train police", "In progress"], ["3", "Open a mechanism", "Not started"]]));
    const after = file("u.xlsx", sheet("CAT", [["No.", "Recommendation", "Status"], ["1", "Criminalise torture", "Implemented"], ["2", "Train police", "In progress"], ["4", "Compensate victims", "Not started"]]));
    const result = track([after], { ...OPTS, into: before });
    expect(result.diff).toEqual({
      added: ["CAT-4"],
      changed: [{ id: "CAT-1", fields: ["status"] }],
      unchanged: ["CAT-2"],
      missing: ["CAT-3"],
    });
    expect(result.recommendations.map((r) => r.id)).toEqual(["CAT-1", "CAT-2", "CAT-3", "CAT-4"]);
    expect(result.log).toEqual(expect.arrayContaining([expect.objectContaining({ action: "update", recordId: "CAT-1", field: "status", oldValue: "not_started", newValue: "implemented" })]));
  });
});
