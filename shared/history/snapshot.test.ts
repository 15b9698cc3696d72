import type { ActivityId, RecommendationId } from "../model/tracker";
import { act, rec } from "../rollup/testRecords";
import { sheetToGrid } from "../workbook/planToSourceFile";
import { LANGS } from "../model/codes";
import { takeSnapshot } from "./snapshot";
import { planSnapshotSheet, readSnapshotSheet, snapshotSheetName } from "./snapshotSheet";

const records = [
  rec({ id: "A/HRC/43/15:121.29" as RecommendationId, progress: 40, deadline: "2024-Q1", activities: [act({ id: "a1" as ActivityId, status: "completed" }), act({ id: "a2" as ActivityId, status: "planned", deadline: "2024-03" })] }),
  rec({ id: "CAT-12" as RecommendationId, status: "implemented", deadline: "2020" }),
  rec({ id: "H-xyz" as RecommendationId, status: null }),
];

describe("takeSnapshot", () => {
  const snap = takeSnapshot(records, { asOf: "2024-06-30T10:00:00Z", label: "UPR mid-term" });
  it.each([
    ["A/HRC/43/15:121.29", "partially_implemented", true, 2],
    ["CAT-12", "implemented", false, 0],
    ["H-xyz", null, false, 0],
  ])("%s: effective status %s, overdue %s, %d activities", (id, status, overdue, activities) => {
    const entry = snap.recommendations.find((e) => e.id === id)!;
    expect(entry.status).toBe(status);
    expect(entry.overdue).toBe(overdue);
    expect(entry.activities).toHaveLength(activities);
  });
  it("keeps the day of asOf, the label and the schema version", () => {
    expect([snap.asOf, snap.label, snap.schemaVersion]).toEqual(["2024-06-30", "UPR mid-term", 1]);
  });
});

describe("snapshot sheet", () => {
  const snap = takeSnapshot(records, { asOf: "2024-06-30", label: "Rapport à mi-parcours" });
  it.each(LANGS)("round-trips through a hidden sheet in %s", (lang) => {
    const sheet = planSnapshotSheet(snap, lang);
    expect(sheet.hidden).toBe(true);
    expect(sheet.name).toBe(snapshotSheetName("2024-06-30", lang));
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(readSnapshotSheet(sheetToGrid(sheet))).toEqual({ snapshot: snap });
  });
  it("is named from the date", () => {
    expect(planSnapshotSheet(snap, "en").name).toBe("Snapshot 2024-06-30");
  });
  it("ignores a sheet that is not a snapshot", () => {
    expect(readSnapshotSheet({ name: "Other", rows: [["x"]], merges: [] })).toBeNull();
  });
  it.each([
    ["a status that is not a code", 5, 2, "done", "C6"],
    ["a progress that is not a number", 5, 3, "forty", "D6"],
    ["an unknown row kind", 6, 0, "Z", "A7"],
  ])("names the cell of %s", (_what, row, col, value, cell) => {
    const grid = sheetToGrid(planSnapshotSheet(snap, "en"));
    const rows = grid.rows.map((r) => [...r]);
    rows[row]![col] = value;
    const read = readSnapshotSheet({ ...grid, rows });
    expect(read).toEqual({ problem: { key: "history.snapshot.badCell", params: { sheet: "Snapshot 2024-06-30", cell, value } } });
  });
  it("refuses a snapshot of an unknown format version", () => {
    const grid = sheetToGrid(planSnapshotSheet(snap, "en"));
    const rows = grid.rows.map((r) => [...r]);
    rows[0]![1] = 9;
    expect(readSnapshotSheet({ ...grid, rows })).toEqual({ problem: { key: "history.snapshot.version", params: { sheet: "Snapshot 2024-06-30", version: "9" } } });
  });
});
