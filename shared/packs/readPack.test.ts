import type { SourceFile } from "../grid/grid";
import { planPack } from "./planPack";
import { packToSourceFile } from "./packToSourceFile";
import { readPack } from "./readPack";
import { edit, JUSTICE, sampleTracker } from "./testing/editPack";

const OPTS = { lang: "en", deadline: null, issuedAt: "2026-03-01T09:00:00Z", trackerId: "t.xlsx" } as const;
const sent = (): SourceFile => packToSourceFile(planPack(sampleTracker(), JUSTICE, OPTS), "justice.xlsx");

const tamperInfo = (src: SourceFile, row: number, value: string): SourceFile => ({
  ...src,
  sheets: src.sheets.map((g, i) => (i === 4 ? { ...g, rows: g.rows.map((r, n) => (n === row ? [r[0] ?? null, value, ...r.slice(2)] : r)) } : g)),
});

describe("readPack", () => {
  it("reads the values now in the editable cells, with their addresses", () => {
    const read = readPack(edit(sent(), 1, "R1", "status", "Implemented"));
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.pack.rows[0]!.values.status).toEqual({ cell: "Implemented", address: "I2" });
    expect(read.pack.activities.map((a) => a.activityId)).toEqual(["R1/A1", "R3/A1"]);
    expect(read.pack.focalPoint).toBeNull();
  });

  it("reads the focal point and new activities typed in the blank rows", () => {
    const withFocal = { ...sent(), sheets: sent().sheets.map((g, i) => (i === 0 ? { ...g, rows: g.rows.map((r, n) => (n === 6 ? [r[0] ?? null, "A. Diallo"] : r)) } : g)) };
    const read = readPack(edit(edit(withFocal, 2, 5, "id", "R2"), 2, 5, "activity", "Workshop"));
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.pack.focalPoint).toBe("A. Diallo");
    expect(read.pack.newActivities).toEqual([expect.objectContaining({ recordId: "R2", row: 5, text: { cell: "Workshop", address: "C5" } })]);
  });

  it.each([
    ["a file that is not a pack", { file: "x.xlsx", sheets: [{ name: "S", rows: [["hello"]], merges: [] }] }, "packs.notAPack"],
    ["changed metadata", tamperInfo(sent(), 4, "Ministry of Health"), "packs.tampered"],
    ["a changed fingerprint", tamperInfo(sent(), 13, "R9"), "packs.tampered"],
  ])("refuses %s with a located problem", (_name, src, code) => {
    const read = readPack(src);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.code).toBe(code);
  });

  it("reports a row whose ID was not sent, and reads the others", () => {
    const read = readPack(edit(sent(), 1, "R2", "id", "R99"));
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.pack.problems).toEqual([{ code: "packs.unknownRow", file: "justice.xlsx", sheet: "Recommendations", cell: "A3", params: { id: "R99" } }]);
    expect(read.pack.rows.map((r) => r.recordId)).toEqual(["R1", "R3"]);
  });
});
