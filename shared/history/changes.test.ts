import type { ActivityId, RecommendationId } from "../model/tracker";
import { act, rec } from "../rollup/testRecords";
import { changesSince } from "./changes";
import { planChangesSheet } from "./changesSheet";
import { takeSnapshot } from "./snapshot";

const id = (s: string) => s as RecommendationId;
const aid = (s: string) => s as ActivityId;

const before = [
  rec({ id: id("R1"), activities: [act({ id: aid("a1"), status: "planned" }), act({ id: aid("a2"), status: "in_progress" })] }),
  rec({ id: id("R2"), status: "in_progress", deadline: "2024-12" }),
  rec({ id: id("R3"), status: "not_started" }),
  rec({ id: id("R4"), status: "implemented" }),
];
const after = [
  rec({ id: id("R1"), activities: [act({ id: aid("a1"), status: "completed", text: "Adopt the law" }), act({ id: aid("a2"), status: "in_progress" }), act({ id: aid("a3"), status: "planned", text: "Train judges" })] }),
  rec({ id: id("R2"), status: "in_progress", deadline: "2024-12", institutions: ["MJ"] }),
  rec({ id: id("R3"), status: "not_started" }),
  rec({ id: id("R5"), text: "New one", mechanism: "CRC", status: "not_started" }),
];

describe("changesSince", () => {
  const snap = takeSnapshot(before, { asOf: "2024-06-30", label: "mid-term" });
  const changes = changesSince(snap, after, { asOf: "2025-01-15" });
  it.each([
    ["statusChanges", [["R1", "in_progress", "partially_implemented"]], (c: { id: string; from: unknown; to: unknown }) => [c.id, c.from, c.to]],
    ["newActivities", [["R1", "a3"]], (c: { id: string; activityId: string }) => [c.id, c.activityId]],
    ["completedActivities", [["R1", "a1"]], (c: { id: string; activityId: string }) => [c.id, c.activityId]],
    ["newlyOverdue", [["R2", "2024-12"]], (c: { id: string; deadline: string | null }) => [c.id, c.deadline]],
    ["added", [["R5", "CRC"]], (c: { id: string; mechanism: unknown }) => [c.id, c.mechanism]],
  ] as const)("lists %s", (table, expected, pick) => {
    expect((changes[table] as readonly never[]).map((c) => (pick as (c: never) => unknown[])(c))).toEqual(expected);
  });
  it("lists recommendations no longer in the tracker, and carries the dates", () => {
    expect([changes.removed, changes.since, changes.asOf, changes.label]).toEqual([["R4"], "2024-06-30", "2025-01-15", "mid-term"]);
  });
  it("finds nothing when compared with itself", () => {
    const same = changesSince(snap, before, { asOf: "2024-06-30" });
    expect([same.statusChanges, same.newActivities, same.completedActivities, same.newlyOverdue, same.added, same.removed].flat()).toEqual([]);
  });

  it("plans a visible sheet with one titled table per change, labels in the asked language", () => {
    const sheet = planChangesSheet(changes, "fr");
    const texts = sheet.values.map((r) => r[0]);
    expect(sheet.hidden).toBe(false);
    expect(sheet.name).toBe("Évolution depuis 2024-06-30");
    expect(texts).toEqual(expect.arrayContaining(["Changements d'état", "Nouvelles activités", "Activités achevées", "Nouveaux retards", "Recommandations ajoutées"]));
    expect(sheet.values.find((r) => r[0] === "R1" && r.length === 5)).toEqual(["R1", null, "", "En cours", "Partiellement mise en œuvre"]);
  });
  it("says None under an empty table", () => {
    const sheet = planChangesSheet(changesSince(snap, before, { asOf: "2024-06-30" }), "en");
    expect(sheet.values.filter((r) => r[0] === "None.")).toHaveLength(6);
  });
});
