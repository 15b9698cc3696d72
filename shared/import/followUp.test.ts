import { file, sheet } from "../../test/support/grids";
import { track, type TrackOptions } from "../track/track";
import { planWorkbook } from "../workbook/planWorkbook";
import { planToSourceFile } from "../workbook/planToSourceFile";
import { trackerDoc } from "../workbook/testing/builders";
import { readTrackerWorkbook } from "./trackerWorkbook";

const OPTS: TrackOptions = { lang: "fr", asOf: "2025-06-30", now: "2025-06-30T10:00:00Z", by: "test" };

/** A treaty-body tracker marking the paragraphs selected for follow-up as people do: words, ticks, blanks, doubts. */
const cedawTracker = (flags: readonly (string | boolean | null)[]) =>
  file("cedaw.xlsx", sheet("CEDEF", [
    ["Cote", "Paragraphe", "Recommandation", "Suivi prioritaire", "Indicateurs de suivi"],
    ...flags.map((flag, i) => ["CEDAW/C/VLM/CO/8", String(20 + i), `Recommandation ${i + 1}`, flag, i === 0 ? "Nombre de refuges ouverts" : null]),
  ]));

describe("the follow-up flag and indicators in a user's own sheet", () => {
  const result = track([cedawTracker(["Oui", "x", "✓", true, "non", null, "peut-être"])], OPTS);

  it("maps the columns from their French headers", () => {
    const fields = result.mapping[0]!.columns.map((c) => c.field);
    expect(fields).toEqual(["symbol", "paragraph", "text", "followUp", "indicators"]);
  });

  it("reads yes, x, ticks and TRUE as selected, no as not, and a blank as not recorded", () => {
    expect(result.recommendations.map((r) => r.followUp)).toEqual([true, true, true, true, false, null, null]);
    expect(result.recommendations.map((r) => r.indicators)).toEqual(["Nombre de refuges ouverts", null, null, null, null, null, null]);
  });

  it("reads an answer with a note in brackets, and keeps the note in an extra column", () => {
    const noted = track([cedawTracker(["OUI (2 ans)", "Non (à revoir)"])], OPTS);
    expect(noted.recommendations.map((r) => [r.followUp, r.extra])).toEqual([[true, { "Suivi prioritaire": "OUI (2 ans)" }], [false, { "Suivi prioritaire": "Non (à revoir)" }]]);
    expect(noted.issues.filter((i) => i.field === "followUp")).toEqual([]);
  });

  it("keeps an answer that is neither yes nor no as written, and says so", () => {
    expect(result.recommendations[6]!.asWritten).toEqual({ followUp: "peut-être" });
    const issue = result.issues.find((i) => i.code === "flag.unknown");
    expect(issue).toMatchObject({ field: "followUp", cell: "D8", message: "« peut-être » dans Retenue pour le suivi n'est ni Oui ni Non (x, ✓ et 1 valent aussi Oui). Conservé tel quel." });
  });

  it("writes them to the tracker and reads them back unchanged", () => {
    const plan = planWorkbook(trackerDoc({ lang: "fr", recommendations: result.recommendations }));
    const read = readTrackerWorkbook(planToSourceFile(plan))!;
    expect(read.recommendations.map((r) => [r.followUp, r.indicators, r.asWritten])).toEqual(result.recommendations.map((r) => [r.followUp, r.indicators, r.asWritten]));
  });

  it("updates the flag on a re-import, and never clears it from a blank cell", () => {
    const tracker = planToSourceFile(planWorkbook(trackerDoc({ lang: "fr", recommendations: result.recommendations })), "suivi.xlsx");
    const again = track([cedawTracker(["non", null, "x", true, "oui", null, null])], { ...OPTS, into: tracker });
    expect(again.recommendations.map((r) => r.followUp)).toEqual([false, true, true, true, true, null, null]);
    expect(again.diff?.changed.map((c) => c.fields)).toEqual([["followUp"], ["followUp"]]);
  });
});
