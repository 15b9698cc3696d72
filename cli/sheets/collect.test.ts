import { institutionRow, seedInstitutions, seedTracker, TRACKER_ID } from "../../test/fakes/sheetsApi/institutions";
import { collect } from "./collect";
import { startHarness, type Harness } from "../../test/fakes/sheetsApi/harness";

const NOW = "2026-03-01T09:00:00.000Z";
let h: Harness;
afterEach(async () => h?.api.stop());

const run = (ids: string[], writeBack = false) => collect({ trackerId: TRACKER_ID, institutionIds: ids, writeBack, client: h.client, now: NOW, lang: "en" });

describe("sheets collect against the fake Sheets API", () => {
  it("collects several institution sheets into the tracker, then a re-run changes nothing and duplicates nothing", async () => {
    h = await startHarness({ quotaPerWindow: 600, windowMs: 1000 });
    const ids = seedInstitutions(h.api, 4, 3);
    seedTracker(h.api);
    const first = await run(ids);
    expect(first.tracker.added).toBe(12);
    expect(first.institutions.map((i) => i.added)).toEqual([3, 3, 3, 3]);
    const recs = h.api.store.values(TRACKER_ID, "Recommendations");
    expect(recs.length).toBe(13);
    const again = await run(ids);
    expect(again.tracker).toMatchObject({ added: 0, changed: 0, unchanged: 12, cellsWritten: 0 });
    expect(h.api.store.values(TRACKER_ID, "Recommendations")).toEqual(recs);
  });
});

describe("sheets collect: updates, write-back and request counts", () => {
  it("applies an institution's change to its row only, logs it, and stays within 3 requests per sheet plus 3 for the tracker", async () => {
    h = await startHarness({ quotaPerWindow: 600, windowMs: 1000 });
    const ids = seedInstitutions(h.api, 3, 2);
    seedTracker(h.api);
    await run(ids);
    const before = h.api.store.values(TRACKER_ID, "Recommendations");
    h.api.store.setCell("inst-01", "Follow-up", 3, 2, "Implemented");
    h.counts.calls.clear();
    const report = await run(ids, true);
    expect(report.tracker).toMatchObject({ added: 0, changed: 1, unchanged: 5 });
    expect(report.institutions.map((i) => [i.added, i.changed])).toEqual([[0, 0], [0, 1], [0, 0]]);
    const after = h.api.store.values(TRACKER_ID, "Recommendations");
    const row = after.findIndex((r) => r[2] === institutionRow(1, 1)[1]);
    expect(after[row]![10]).toBe("Implemented");
    expect(after.filter((_, i) => i !== row)).toEqual(before.filter((_, i) => i !== row));
    expect(h.api.store.values(TRACKER_ID, "Change log").some((r) => r[4] === "status" && r[6] === "implemented")).toBe(true);
    for (const id of ids) expect(h.counts.calls.get(id)).toBeLessThanOrEqual(3);
    expect(h.counts.calls.get(TRACKER_ID)).toBe(3);
  });

  it("writes each institution's problems into a Problems tab in its language, replaced (not appended) on re-run", async () => {
    h = await startHarness({ quotaPerWindow: 600, windowMs: 1000 });
    const ids = seedInstitutions(h.api, 2, 2);
    seedTracker(h.api);
    h.api.store.setCell("inst-00", "Follow-up", 2, 2, "Half done, maybe");
    // The answer to inst-01's first write-back (which creates its tab) is lost after it was applied: the retry must not fail or add a second tab.
    h.api.faults.add({ spreadsheetId: "inst-01", op: "batchUpdate", fault: { type: "drop", applied: true } });
    const first = await collect({ trackerId: TRACKER_ID, institutionIds: ids, writeBack: true, client: h.client, now: NOW, lang: "fr" });
    expect(first.institutions.every((i) => i.wroteBack)).toBe(true);
    expect(h.api.faults.fired().drop).toBe(1);
    expect(h.api.store.get("inst-01")!.sheets.map((s) => s.title)).toEqual(["Follow-up", "Problèmes"]);
    const problems = h.api.store.values("inst-00", "Problèmes");
    expect(problems[0]).toEqual(["Feuille", "Cellule", "Gravité", "Problème", "Suggestion"]);
    expect(problems.some((r) => r[1] === "C3")).toBe(true);
    h.counts.calls.clear();
    const again = await collect({ trackerId: TRACKER_ID, institutionIds: ids, writeBack: true, client: h.client, now: NOW, lang: "fr" });
    expect(again.institutions.some((i) => i.wroteBack)).toBe(false);
    expect(h.api.store.values("inst-00", "Problèmes")).toEqual(problems);
    expect(h.counts.calls.get("inst-00")).toBe(2);
    expect(h.counts.calls.get(TRACKER_ID)).toBe(1);
  });

  it("reads an existing own tracker (not written by nmirf) as the tracker to update", async () => {
    h = await startHarness({ quotaPerWindow: 600, windowMs: 1000 });
    const ids = seedInstitutions(h.api, 1, 2);
    h.api.store.seed(TRACKER_ID, "Old tracker", [{ title: "Suivi", rows: [["Mechanism", "Recommendation", "Status"], institutionRow(0, 0).slice(0, 3), ["UPR", "Ratify the Optional Protocol", "In progress"]] }]);
    const report = await run(ids, false);
    // The institution's sheet also names the responsible institution, which the old tracker lacked.
    expect(report.tracker).toMatchObject({ added: 1, changed: 1 });
    expect(h.api.store.values(TRACKER_ID, "Recommendations").filter((r) => r[0]).length).toBe(4);
    expect(h.api.store.values(TRACKER_ID, "Suivi").length).toBe(3);
  });
});
