import type { ActivityStatus, RecommendationStatus } from "../model/codes";
import { deriveStatus, effectiveStatus, STATUS_DERIVATION_RULE, statusDisagreement } from "./deriveStatus";
import { act, rec } from "./testRecords";

const acts = (...statuses: (ActivityStatus | null)[]) => statuses.map((status) => act({ status }));

describe("deriveStatus", () => {
  test.each<[string, (ActivityStatus | null)[], RecommendationStatus | null]>([
    ["no activities", [], null],
    ["only cancelled", ["cancelled", "cancelled"], null],
    ["only unset progress", [null, null], null],
    ["cancelled and unset", ["cancelled", null], null],
    ["one completed", ["completed"], "implemented"],
    ["all completed", ["completed", "completed"], "implemented"],
    ["completed, cancelled left out", ["completed", "cancelled"], "implemented"],
    ["completed, unset left out", ["completed", null], "implemented"],
    ["completed and planned", ["completed", "planned"], "partially_implemented"],
    ["completed and in progress", ["completed", "in_progress"], "partially_implemented"],
    ["completed, in progress, planned, cancelled", ["completed", "in_progress", "planned", "cancelled"], "partially_implemented"],
    ["one in progress", ["in_progress"], "in_progress"],
    ["in progress and planned", ["planned", "in_progress"], "in_progress"],
    ["in progress, cancelled", ["in_progress", "cancelled"], "in_progress"],
    ["one planned", ["planned"], "not_started"],
    ["all planned", ["planned", "planned"], "not_started"],
    ["planned, cancelled, unset", ["planned", "cancelled", null], "not_started"],
  ])("%s → %s", (_, statuses, expected) => {
    expect(deriveStatus(acts(...statuses))).toBe(expected);
  });

  test("the rule is exported as sentences to quote", () => {
    expect(STATUS_DERIVATION_RULE.length).toBeGreaterThanOrEqual(6);
    expect(STATUS_DERIVATION_RULE.every((s) => s.endsWith("."))).toBe(true);
  });
});

describe("effectiveStatus", () => {
  const override = { status: "implemented" as const, reason: "Law adopted 2024" };
  test.each([
    ["override beats activities and record", rec({ statusOverride: override, status: "in_progress", activities: acts("planned") }), "implemented", "override"],
    ["override with nothing else", rec({ statusOverride: override }), "implemented", "override"],
    ["activities beat the record", rec({ status: "implemented", activities: acts("planned", "in_progress") }), "in_progress", "activities"],
    ["record when activities say nothing", rec({ status: "partially_implemented", activities: acts("cancelled", null) }), "partially_implemented", "recorded"],
    ["record with no activities", rec({ status: "not_started" }), "not_started", "recorded"],
    ["activities with no record", rec({ activities: acts("completed") }), "implemented", "activities"],
    ["nothing at all", rec(), null, "none"],
  ])("%s", (_, r, status, basis) => {
    expect(effectiveStatus(r)).toEqual({ status, basis });
  });
});

describe("statusDisagreement", () => {
  test.each([
    ["recorded differs from derived", rec({ status: "implemented", activities: acts("planned") }), { recorded: "implemented", derived: "not_started" }],
    ["recorded equals derived", rec({ status: "in_progress", activities: acts("in_progress", "planned") }), null],
    ["an override settles it", rec({ status: "implemented", statusOverride: { status: "implemented", reason: "r" }, activities: acts("planned") }), null],
    ["nothing recorded", rec({ activities: acts("planned") }), null],
    ["nothing derivable", rec({ status: "implemented", activities: acts("cancelled") }), null],
  ])("%s", (_, r, expected) => {
    expect(statusDisagreement(r)).toEqual(expected);
  });
});
