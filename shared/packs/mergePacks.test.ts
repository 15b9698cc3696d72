import type { Cell, SourceFile } from "../grid/grid";
import type { Recommendation } from "../model/tracker";
import { mergePacks, newActivityId } from "./mergePacks";
import { planPack } from "./planPack";
import { packToSourceFile } from "./packToSourceFile";
import { readPack, type PackRead } from "./readPack";
import { edit, HEALTH, JUSTICE, sampleTracker } from "./testing/editPack";

const OPTS = { lang: "en", deadline: "2026-09-30", issuedAt: "2026-03-01T09:00:00Z", trackerId: "t.xlsx" } as const;
const AT = "2026-04-01T10:00:00Z";

const packOf = (institution: string, records: Recommendation[] = sampleTracker()): SourceFile => packToSourceFile(planPack(records, institution, OPTS), `${institution}.xlsx`);
const read = (src: SourceFile): PackRead => {
  const r = readPack(src);
  if (!r.ok) throw new Error(r.problem.code);
  return r.pack;
};
const rec = (records: Recommendation[], id: string): Recommendation => records.find((r) => r.id === id)!;

describe("mergePacks", () => {
  it.each<[string, string, "status" | "progress" | "comments" | "evidence", Cell, (r: Recommendation) => unknown, unknown]>([
    ["a status label", "R1", "status", "Implemented", (r) => r.status, "implemented"],
    ["a status code", "R1", "status", "partially_implemented", (r) => r.status, "partially_implemented"],
    ["a progress number", "R1", "progress", 60, (r) => r.progress, 60],
    ["a progress text", "R2", "progress", "45,5 %", (r) => r.progress, 45.5],
    ["a comment", "R2", "comments", "Two sessions held", (r) => r.comments, "Two sessions held"],
    ["an evidence link", "R2", "evidence", "https://gov.example/report.pdf", (r) => r.extra["Evidence (link)"], "https://gov.example/report.pdf"],
  ])("applies %s and logs who changed it", (_name, id, column, value, get, expected) => {
    const tracker = sampleTracker();
    const result = mergePacks(tracker, [read(edit(packOf(JUSTICE), 1, id, column, value))], { at: AT });
    expect(get(rec(result.records, id))).toEqual(expected);
    expect(result.applied).toHaveLength(1);
    expect(result.rejected).toEqual([]);
    expect(result.conflicts).toEqual([]);
    expect(result.log).toEqual([expect.objectContaining({ at: AT, action: "merge", by: JUSTICE, recordId: id, field: column })]);
    expect(result.records.filter((r) => r.id !== id)).toEqual(tracker.filter((r) => r.id !== id));
  });

  it("applies activity status and deadline changes", () => {
    const src = edit(edit(packOf(JUSTICE), 2, "R1/A1", "activityStatus", "Completed"), 2, "R1/A1", "activityDeadline", "2026-12-31");
    const result = mergePacks(sampleTracker(), [read(src)], { at: AT });
    expect(rec(result.records, "R1").activities[0]).toMatchObject({ status: "completed", deadline: "2026-12-31" });
    expect(result.log.map((l) => [l.action, l.field, l.oldValue, l.newValue])).toEqual([
      ["merge", "activityStatus", "planned", "completed"],
      ["merge", "activityDeadline", "2026-06-30", "2026-12-31"],
      ["derive", "status", "not_started", "implemented"],
    ]);
    expect(rec(result.records, "R1").status).toBe("implemented");
  });

  it("keeps a status the pack set explicitly over the one its activities show", () => {
    const src = edit(edit(packOf(JUSTICE), 2, "R1/A1", "activityStatus", "Completed"), 1, "R1", "status", "Partially implemented");
    const result = mergePacks(sampleTracker(), [read(src)], { at: AT });
    expect(rec(result.records, "R1").status).toBe("partially_implemented");
    expect(result.log.map((l) => l.action)).toEqual(["merge", "merge"]);
  });

  it("takes free text exactly as typed, so an untouched comment with odd spacing is no change", () => {
    const tracker = sampleTracker().map((r) => (r.id === "R1" ? { ...r, comments: "  Draft bill\r\nsent  " } : r));
    const result = mergePacks(tracker, [read(packToSourceFile(planPack(tracker, JUSTICE, OPTS)))], { at: AT });
    expect(result.applied).toEqual([]);
  });

  it.each<[string, "status" | "progress", Cell, string]>([
    ["an unknown status", "status", "Almost there", "packs.invalidStatus"],
    ["a progress over 100", "progress", 140, "packs.invalidProgress"],
    ["a progress in words", "progress", "half", "packs.invalidProgress"],
  ])("rejects %s with the pack's file, sheet and cell, and applies nothing", (_name, column, value, key) => {
    const tracker = sampleTracker();
    const result = mergePacks(tracker, [read(edit(packOf(JUSTICE), 1, "R1", column, value))], { at: AT });
    expect(result.rejected).toEqual([expect.objectContaining({ file: `${JUSTICE}.xlsx`, sheet: "Recommendations", cell: column === "status" ? "I2" : "J2", messageKey: key, value: String(value) })]);
    expect(result.records).toEqual(tracker);
    expect(result.log).toEqual([]);
  });

  it("rejects an activity deadline that is not a date", () => {
    const result = mergePacks(sampleTracker(), [read(edit(packOf(JUSTICE), 2, "R1/A1", "activityDeadline", "soon"))], { at: AT });
    expect(result.rejected).toEqual([expect.objectContaining({ cell: "F2", messageKey: "packs.invalidDate" })]);
  });

  it("reports a conflict when the tracker changed the same field since the pack was issued, and keeps the tracker's value", () => {
    const pack = read(edit(edit(packOf(JUSTICE), 1, "R1", "status", "Implemented"), 1, "R1", "comments", "Adopted"));
    const tracker = sampleTracker().map((r) => (r.id === "R1" ? { ...r, status: "in_progress" as const } : r));
    const result = mergePacks(tracker, [pack], { at: AT });
    expect(result.conflicts).toEqual([expect.objectContaining({ recordId: "R1", field: "status", cell: "I2", trackerValue: "in_progress", packValue: "implemented" })]);
    expect(rec(result.records, "R1")).toMatchObject({ status: "in_progress", comments: "Adopted" });
    expect(result.applied.map((c) => c.field)).toEqual(["comments"]);
  });

  it("accepts a pack whose change the tracker already holds, without a conflict", () => {
    const pack = read(edit(packOf(JUSTICE), 1, "R1", "status", "Implemented"));
    const tracker = sampleTracker().map((r) => (r.id === "R1" ? { ...r, status: "implemented" as const } : r));
    const result = mergePacks(tracker, [pack], { at: AT });
    expect([result.applied, result.conflicts, result.rejected]).toEqual([[], [], []]);
  });

  it("never erases a value with an emptied cell", () => {
    const result = mergePacks(sampleTracker(), [read(edit(packOf(JUSTICE), 1, "R1", "comments", null))], { at: AT });
    expect(rec(result.records, "R1").comments).toBe("Draft bill");
    expect(result.applied).toEqual([]);
  });

  it("adds a new activity led by the pack's institution, once however often the pack is merged", () => {
    const src = edit(edit(edit(packOf(JUSTICE), 2, 4, "id", "R2"), 2, 4, "activity", "Train 40 judges"), 2, 4, "activityStatus", "In progress");
    const pack = read(src);
    const first = mergePacks(sampleTracker(), [pack], { at: AT });
    const added = rec(first.records, "R2").activities;
    expect(added).toEqual([expect.objectContaining({ id: newActivityId("R2", JUSTICE, "Train 40 judges"), text: "Train 40 judges", status: "in_progress", institution: JUSTICE })]);
    expect(first.applied).toEqual([expect.objectContaining({ field: "activity", newValue: "Train 40 judges" })]);
    const second = mergePacks(first.records, [pack], { at: AT });
    expect(second.records).toEqual(first.records);
    expect([second.applied, second.log, second.conflicts, second.rejected]).toEqual([[], [], [], []]);
  });

  it.each<[string, string | null, string | null, string]>([
    ["a recommendation of another pack", "R4", "New thing", "packs.unknownRecommendation"],
    ["no description", "R2", null, "packs.activityTextMissing"],
  ])("rejects a new activity with %s", (_name, id, text, key) => {
    const src = edit(edit(packOf(JUSTICE), 2, 4, "id", id), 2, 4, "activityDeadline", "2026-01-01");
    const result = mergePacks(sampleTracker(), [read(text === null ? src : edit(src, 2, 4, "activity", text))], { at: AT });
    expect(result.rejected).toEqual([expect.objectContaining({ messageKey: key, sheet: "Activities" })]);
    expect(result.records).toEqual(sampleTracker());
  });

  it("is idempotent: merging the merged result with the same packs changes nothing", () => {
    const packs = [read(edit(packOf(JUSTICE), 1, "R2", "status", "Implemented")), read(edit(packOf(HEALTH), 1, "R3", "progress", 30))];
    const first = mergePacks(sampleTracker(), packs, { at: AT });
    expect(first.applied).toHaveLength(2);
    const second = mergePacks(first.records, packs, { at: AT });
    expect(second.records).toEqual(first.records);
    expect(second.applied).toEqual([]);
    expect(second.conflicts).toEqual([]);
  });

  it("reports the conflict between two packs changing the same field differently, applying the first", () => {
    const packs = [read(edit(packOf(JUSTICE), 1, "R2", "status", "Implemented")), read(edit(packOf(HEALTH), 1, "R2", "status", "Not started"))];
    const result = mergePacks(sampleTracker(), packs, { at: AT });
    expect(rec(result.records, "R2").status).toBe("implemented");
    expect(result.conflicts).toEqual([expect.objectContaining({ institution: HEALTH, trackerValue: "implemented", packValue: "not_started" })]);
  });

  it("names the focal point in the log when the pack gives one", () => {
    const src = edit(packOf(JUSTICE), 1, "R1", "progress", 50);
    const withFocal = { ...src, sheets: src.sheets.map((g, i) => (i === 0 ? { ...g, rows: g.rows.map((r, n) => (n === 6 ? [r[0] ?? null, "A. Diallo"] : r)) } : g)) };
    expect(mergePacks(sampleTracker(), [read(withFocal)], { at: AT }).log[0]!.by).toBe(`${JUSTICE} — A. Diallo`);
  });

  it("rejects rows of a recommendation no longer in the tracker", () => {
    const pack = read(edit(packOf(JUSTICE), 1, "R1", "progress", 50));
    const result = mergePacks(sampleTracker().filter((r) => r.id !== "R1"), [pack], { at: AT });
    expect(result.rejected).toEqual([expect.objectContaining({ recordId: "R1", messageKey: "packs.unknownRecord" })]);
  });
});
