import type { ActivityStatus } from "../model/codes";
import { hasPassedDeadline, isOverdue } from "./overdue";
import { act, rec } from "./testRecords";

describe("isOverdue: the record's own deadline, each period kind, at and after its end", () => {
  test.each([
    ["2023-07-14", "2023-07-14", false],
    ["2023-07-14", "2023-07-15", true],
    ["2023-07", "2023-07-31", false],
    ["2023-07", "2023-08-01", true],
    ["2024-02", "2024-02-29", false],
    ["2024-02", "2024-03-01", true],
    ["2023-Q3", "2023-09-30", false],
    ["2023-Q3", "2023-10-01", true],
    ["2023-H1", "2023-06-30", false],
    ["2023-H1", "2023-07-01", true],
    ["2023", "2023-12-31", false],
    ["2023", "2024-01-01", true],
    ["2023", "2024-01-01T09:30:00Z", true],
    ["2023", "2023-12-31T23:59:59Z", false],
    ["2023-02-30", "2030-01-01", false],
  ])("deadline %s as of %s → %s", (deadline, asOf, expected) => {
    expect(isOverdue(rec({ deadline }), asOf)).toBe(expected);
  });
});

describe("isOverdue: status and activities", () => {
  const late = "2020";
  const asOf = "2024-06-01";
  const withActivity = (status: ActivityStatus | null, deadline: string | null = late) =>
    rec({ activities: [act({ status, deadline })] });

  test.each([
    ["no deadline anywhere", rec(), false],
    ["future deadline", rec({ deadline: "2030-Q1" }), false],
    ["past deadline, no status", rec({ deadline: late }), true],
    ["past deadline, recorded in progress", rec({ deadline: late, status: "in_progress" }), true],
    ["past deadline, recorded implemented", rec({ deadline: late, status: "implemented" }), false],
    ["past deadline, overridden implemented", rec({ deadline: late, status: "in_progress", statusOverride: { status: "implemented", reason: "r" } }), false],
    ["past deadline, activities all completed", rec({ deadline: late, activities: [act({ status: "completed" })] }), false],
    ["planned activity past due", withActivity("planned"), true],
    ["in-progress activity past due", withActivity("in_progress"), true],
    ["activity with unset progress past due", withActivity(null), true],
    ["cancelled activity past due", withActivity("cancelled"), false],
    ["activity without deadline", withActivity("planned", null), false],
    ["activity due later", withActivity("planned", "2024-H2"), false],
    [
      "completed activity past due beside an open one on time",
      rec({ activities: [act({ status: "completed", deadline: late }), act({ status: "planned", deadline: "2025" })] }),
      false,
    ],
    [
      "override implemented hides an open activity past due",
      rec({ statusOverride: { status: "implemented", reason: "r" }, activities: [act({ status: "planned", deadline: late })] }),
      false,
    ],
  ])("%s → %s", (_, r, expected) => {
    expect(isOverdue(r, asOf)).toBe(expected);
  });

  test("hasPassedDeadline ignores the status", () => {
    expect(hasPassedDeadline(rec({ deadline: late, status: "implemented" }), asOf)).toBe(true);
  });
});
