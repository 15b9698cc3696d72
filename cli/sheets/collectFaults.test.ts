import { institutionRow, seedInstitutions, seedTracker, TRACKER_ID } from "../../test/fakes/sheetsApi/institutions";
import { collect } from "./collect";
import { startHarness, type Harness } from "../../test/fakes/sheetsApi/harness";
import { lostUpdates, rowOfText, trackerView } from "../../test/fakes/sheetsApi/trackerView";

const NOW = "2026-03-01T09:00:00.000Z";
let h: Harness;
afterEach(async () => h?.api.stop());

const run = (ids: string[], writeBack = true) => collect({ trackerId: TRACKER_ID, institutionIds: ids, writeBack, client: h.client, now: NOW, lang: "en" });

describe("sheets collect under the fault schedule", () => {
  it("loses nothing, duplicates nothing and reports exactly the injected conflicts, within the request budget", async () => {
    h = await startHarness({ quotaPerWindow: 600, windowMs: 1000 });
    const ids = seedInstitutions(h.api, 5, 3);
    seedTracker(h.api);
    await run(ids);
    // Each institution updates the status of its first recommendation.
    const updates = ids.map((id, i) => ({ id, text: institutionRow(i, 0)[1]!, status: "Implemented" }));
    for (const [i, u] of updates.entries()) h.api.store.setCell(u.id, "Follow-up", 2, 2, i === 4 ? "In progress" : u.status);
    updates[4]!.status = "In progress";
    // An unreadable status too, so its Problems tab is rewritten, through a connection dropped after the write.
    h.api.store.setCell("inst-04", "Follow-up", 3, 2, "Half done, maybe");
    const before = trackerView(h.api, TRACKER_ID);
    const statusCol = before.headers.indexOf("Implementation status");
    const commentsCol = before.headers.indexOf("Comments");
    const conflictRow = rowOfText(before, updates[0]!.text);
    const bystanderRow = rowOfText(before, institutionRow(3, 2)[1]!);
    const f = h.api.faults;
    f.add({ spreadsheetId: "inst-01", op: "batchGet", times: 3, fault: { type: "status", status: 429 } });
    f.add({ spreadsheetId: TRACKER_ID, op: "get", times: 2, fault: { type: "status", status: 500 } });
    f.add({ spreadsheetId: "inst-02", op: "batchGet", fault: { type: "slow", ms: 1200 } });
    f.add({ spreadsheetId: "inst-03", op: "get", fault: { type: "drop", applied: false } });
    f.add({ spreadsheetId: TRACKER_ID, op: "valuesBatchUpdate", fault: { type: "drop", applied: true } });
    f.add({ spreadsheetId: TRACKER_ID, op: "valuesBatchUpdate", skip: 1, times: 2, fault: { type: "status", status: 503 } });
    f.add({ spreadsheetId: "inst-04", op: "batchUpdate", fault: { type: "drop", applied: true } });
    // Someone edits the tracker between this run's read and its write: one cell it is about to write, one it is not.
    f.add({ spreadsheetId: TRACKER_ID, op: "get", skip: 2, fault: { type: "edit", sheet: "Recommendations", row: conflictRow, col: statusCol, value: "Not started (checked by phone)" } });
    f.add({ spreadsheetId: TRACKER_ID, op: "get", skip: 2, fault: { type: "edit", sheet: "Recommendations", row: bystanderRow, col: commentsCol, value: "Note typed by a colleague" } });
    const injectedConflicts = 1;
    h.counts.calls.clear();

    const report = await run(ids);

    const after = trackerView(h.api, TRACKER_ID);
    expect(lostUpdates(after, updates, report.conflicts)).toBe(0);
    expect(after.duplicates).toBe(0);
    expect(after.rows.filter((r) => r[0]).length).toBe(15);
    expect(report.conflicts.length).toBe(injectedConflicts);
    expect(report.conflicts[0]).toMatchObject({ theirs: "Not started (checked by phone)", ours: "Implemented" });
    expect(after.rows[bystanderRow - 1]![commentsCol]).toBe("Note typed by a colleague");
    expect(after.rows[conflictRow - 1]![statusCol]).toBe("Not started (checked by phone)");
    expect(f.fired()).toEqual({ status: 7, slow: 1, drop: 3, edit: 2 });
    for (const id of ids) expect(h.counts.calls.get(id)).toBeLessThanOrEqual(3);
    expect(h.counts.calls.get(TRACKER_ID)).toBeLessThanOrEqual(3);
    expect(h.api.store.values("inst-04", "Problems").some((r) => r[1] === "C4")).toBe(true);
    expect(report.institutions.find((i) => i.id === "inst-04")!.wroteBack).toBe(true);

    // The re-run after checking the conflict: nothing duplicated, and the held-back row is written.
    const again = await run(ids);
    const final = trackerView(h.api, TRACKER_ID);
    expect(final.duplicates).toBe(0);
    expect(final.rows.filter((r) => r[0]).length).toBe(15);
    expect(again.conflicts).toEqual([]);
    expect(again.tracker.changed).toBe(1);
  });
});
