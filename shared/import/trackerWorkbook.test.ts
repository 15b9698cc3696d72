import fc from "fast-check";
import { LANGS } from "../model/codes";
import type { Recommendation, RecommendationId } from "../model/tracker";
import { planWorkbook } from "../workbook/planWorkbook";
import { planToSourceFile } from "../workbook/planToSourceFile";
import type { Cell, SourceFile } from "../grid/grid";
import { recommendation, trackerDoc } from "../workbook/testing/builders";
import { sampleDoc } from "../workbook/testing/sampleDoc";
import { trackerDocArb } from "../workbook/testing/arbitraries";
import { firstDifference } from "../workbook/testing/difference";
import { readTrackerWorkbook } from "./trackerWorkbook";

const roundTrip = (doc: ReturnType<typeof trackerDoc>) => readTrackerWorkbook(planToSourceFile(planWorkbook(doc)))!;

/** The sample tracker as grids, with some cells changed as a person would in Excel; rows and columns 0-based. */
function edited(edits: readonly [sheet: number, row: number, col: number, value: Cell][], doc = sampleDoc("fr")): SourceFile {
  const src = planToSourceFile(planWorkbook(doc));
  const sheets = src.sheets.map((g) => ({ ...g, rows: g.rows.map((r) => [...r]) }));
  for (const [s, r, c, value] of edits) {
    const rows = sheets[s]!.rows as Cell[][];
    while (rows.length <= r) rows.push([]);
    rows[r]![c] = value;
  }
  return { ...src, sheets };
}
const REC = 0;
const ACT = 1;
/** Columns of the sample's Recommendations sheet (see columns:recommendations in Settings). */
const COL = { id: 0, mechanism: 3, cycle: 6, year: 7, status: 10, deadline: 17, followUp: 20, extra: 22, source: 23 } as const;

describe("readTrackerWorkbook on the sample tracker", () => {
  it.each(LANGS)("gives back every recommendation exactly (%s)", (lang) => {
    const doc = sampleDoc(lang);
    const read = roundTrip(doc);
    expect(read.recommendations).toEqual(doc.recommendations);
    expect(read.log).toEqual(doc.log);
    expect(read.lang).toBe(lang);
    expect(read.problems).toEqual([]);
  });
});

describe("readTrackerWorkbook ∘ planToSourceFile ∘ planWorkbook", () => {
  it("is the identity on random trackers (any unicode, long and formula-like text, every language)", () => {
    fc.assert(
      fc.property(trackerDocArb, (doc) => {
        const read = roundTrip(doc);
        expect(firstDifference(read.recommendations, doc.recommendations)).toBeNull();
        expect(firstDifference(read.log, doc.log)).toBeNull();
        expect(read.problems).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("readTrackerWorkbook: recognising a tracker", () => {
  it("returns null for a workbook that is not one (no Settings marker)", () => {
    const src: SourceFile = { file: "matrix.xlsx", sheets: [{ name: "Settings", rows: [["lang", "en"]], merges: [] }] };
    expect(readTrackerWorkbook(src)).toBeNull();
  });

  it("finds Settings by its marker, whatever its name, and reads the workbook's language and columns", () => {
    const src = planToSourceFile(planWorkbook(sampleDoc("ru")));
    const renamed = { ...src, sheets: src.sheets.map((g) => (g.name === "Параметры" ? { ...g, name: "Лист9" } : g)) };
    const read = readTrackerWorkbook(renamed)!;
    expect(read.lang).toBe("ru");
    expect(read.extraColumns).toEqual(["Session"]);
    expect(read.schemaVersion).toBe(1);
    expect(read.recommendations.map((r) => r.id)).toEqual(["UPR-3-001", "CEDAW-8-037", "UPR-3-002"]);
  });
});

describe("readTrackerWorkbook: cells people changed", () => {
  const first = (src: SourceFile) => readTrackerWorkbook(src)!.recommendations[0]!;

  it.each<[string, number, Cell, Partial<Recommendation>]>([
    ["a label in the workbook's language", COL.status, "Mise en œuvre", { status: "implemented" }],
    ["the canonical code", COL.status, " implemented ", { status: "implemented" }],
    ["a mechanism's acronym in the language", COL.mechanism, "CDE", { mechanism: "CRC" }],
    ["a date typed in the deadline column", COL.deadline, { kind: "date", serial: 46387 }, { deadline: "2026-12-31" }],
    ["a year typed as a number in the deadline column", COL.deadline, 2026, { deadline: "2026" }],
    ["a cycle typed as text", COL.cycle, "4", { cycle: 4 }],
    ["an extra value typed as a number", COL.extra, 33, { extra: { Session: "33" } }],
    ["a follow-up flag chosen from its dropdown", COL.followUp, "Oui", { followUp: true }],
    ["a follow-up flag ticked by hand", COL.followUp, "x", { followUp: true }],
    ["a follow-up flag typed as TRUE", COL.followUp, true, { followUp: true }],
    ["a follow-up flag cleared to No", COL.followUp, "non", { followUp: false }],
  ])("reads %s", (_what, col, value, expected) => {
    expect(first(edited([[REC, 1, col, value]]))).toMatchObject(expected);
  });

  it.each<[string, number, Cell, string, Partial<Recommendation>]>([
    ["another language's label", COL.status, "Implemented", "status", { status: null }],
    ["a misspelt label", COL.status, "Mise en oeuvre", "status", { status: null }],
    ["a cycle that is not a whole positive number", COL.cycle, 2.5, "cycle", { cycle: null }],
    ["a deadline in words", COL.deadline, "fin 2026", "deadline", { deadline: null }],
    ["a follow-up flag that is neither yes nor no", COL.followUp, "à discuter", "followUp", { followUp: null }],
  ])("keeps %s as written, without guessing", (_what, col, value, field, expected) => {
    const rec = first(edited([[REC, 1, col, value]]));
    expect(rec).toMatchObject(expected);
    expect(rec.asWritten[field]).toBe(typeof value === "string" ? value : String(value));
  });

  it("skips empty rows (the table's headroom) and reads rows people added", () => {
    const src = edited([[REC, 6, COL.id, "NEW-1"], [REC, 6, 2, "Ratify the convention"], [REC, 6, COL.status, "En cours"]]);
    const read = readTrackerWorkbook(src)!;
    expect(read.recommendations.map((r) => r.id)).toEqual(["UPR-3-001", "CEDAW-8-037", "UPR-3-002", "NEW-1"]);
    // A row without a Source is located at its own place in the tracker.
    expect(read.recommendations[3]).toMatchObject({ text: "Ratify the convention", status: "in_progress", source: { file: "tracker.xlsx", sheet: "Recommandations", row: 7 } });
    expect(read.problems).toEqual([]);
  });

  it.each<[string, readonly [number, number, number, Cell][], object]>([
    ["a row without a Tracker ID", [[REC, 6, 2, "Text only"]], { code: "tracker.missingId", sheet: "Recommandations", row: 7, col: 1, cell: "A7" }],
    ["a Tracker ID used twice", [[REC, 6, COL.id, "UPR-3-001"]], { code: "tracker.duplicateId", row: 7, value: "UPR-3-001" }],
    ["a Source that is not a place", [[REC, 1, COL.source, "from the ministry"]], { code: "tracker.unreadableSource", row: 2, col: 24, value: "from the ministry" }],
    ["an activity without an ID", [[ACT, 1, 1, null]], { code: "tracker.missingActivityId", sheet: "Activités", row: 2 }],
  ])("reports %s, keeping the record", (_what, edits, problem) => {
    const read = readTrackerWorkbook(edited(edits))!;
    expect(read.problems).toEqual([expect.objectContaining(problem)]);
  });

  it("keeps an activity whose Tracker ID matches no recommendation, and reports it", () => {
    const read = readTrackerWorkbook(edited([[ACT, 2, 0, "GONE-1"]]))!;
    expect(read.orphanActivities).toEqual([{ trackerId: "GONE-1", activity: expect.objectContaining({ id: "A2", text: "+ train judges" }) }]);
    expect(read.problems).toEqual([expect.objectContaining({ code: "tracker.unknownTrackerId", sheet: "Activités", row: 3, col: 1, value: "GONE-1" })]);
    expect(read.recommendations[0]!.activities.map((a) => a.id)).toEqual(["A1"]);
  });

  it("falls back to English labels, and says so, when Settings names an unknown language", () => {
    const src = edited([[7, 2, 1, "xx"]], sampleDoc("en"));
    const read = readTrackerWorkbook(src)!;
    expect(read.lang).toBe("en");
    expect(read.recommendations[0]!.status).toBe("in_progress");
    expect(read.problems).toEqual([expect.objectContaining({ code: "tracker.unknownLang", row: 3, col: 2, value: "xx" })]);
  });

  it("reports a missing Recommendations sheet instead of reading an empty tracker silently", () => {
    const src = planToSourceFile(planWorkbook(sampleDoc("en")));
    const read = readTrackerWorkbook({ ...src, sheets: src.sheets.filter((g) => g.name !== "Recommendations") })!;
    expect(read.recommendations).toEqual([]);
    expect(read.problems.map((p) => p.code)).toEqual(["tracker.missingSheet", "tracker.unknownTrackerId", "tracker.unknownTrackerId"]);
    // Its activities are still there, kept aside.
    expect(read.orphanActivities.map((o) => o.activity.id)).toEqual(["A1", "A2"]);
  });
});

describe("readTrackerWorkbook: records beyond the usual", () => {
  it.each<[string, Partial<Recommendation>]>([
    ["an override whose status differs from the recorded one", { status: "in_progress", statusOverride: { status: "implemented", reason: "Decided in committee" } }],
    ["an override without a recorded status", { status: null, statusOverride: { status: "not_started", reason: "No budget" } }],
    ["an override with an empty reason", { status: "implemented", statusOverride: { status: "implemented", reason: "" } }],
    ["a reason kept as written (no readable status)", { status: null, asWritten: { status: "Bof", statusReason: "See minutes" } }],
    ["a value kept as written beside a read value", { sdgGoals: [5], sdgTargets: [], asWritten: { sdg: "5; goal five" } }],
    ["values kept as written under keys that are no column", { asWritten: { session: "HRC 40", "": "x", ["__proto__"]: "y" } }],
    ["an extra header that is also a field label", { extra: { Recommendation: "dup", Source: "also" } }],
    ["an as-written text that would read as a value", { ref: null, asWritten: { ref: "128.1", status: "Implemented" }, status: null }],
    ["text that is only spaces kept as written", { asWritten: { mechanism: "   " } }],
    ["a follow-up flag and its indicators", { followUp: true, indicators: "Shelters opened per region" }],
    ["a follow-up flag kept as written", { followUp: null, asWritten: { followUp: "à discuter" } }],
  ])("round-trips %s", (_what, fields) => {
    const rec = recommendation({ id: "R1" as RecommendationId, ...fields });
    const doc = trackerDoc({ lang: "en", recommendations: [rec], extraColumns: Object.keys(rec.extra) });
    expect(firstDifference(roundTrip(doc).recommendations, [rec])).toBeNull();
  });
});
