import type { LogEntry } from "../model/log";
import { lastReportedFrom, neverReported } from "./lastReported";

const entry = (at: string, action: string, recordId: string | null): LogEntry => ({ at, action, by: "x", recordId, field: null, oldValue: null, newValue: null, note: null });

describe("lastReportedFrom", () => {
  const last = lastReportedFrom([
    entry("2022-02-01T10:00:00Z", "import", null),
    entry("2021-01-10T10:00:00Z", "import", null),
    entry("2023-05-03T10:00:00Z", "update", "r1"),
    entry("2022-07-01T10:00:00Z", "update", "r1"),
    entry("2024-01-01T10:00:00Z", "snapshot", null),
  ]);
  it.each<[string, string | null]>([
    ["r1", "2023-05-03"],
    ["r2", "2021-01-10"],
  ])("%s was last reported on %s", (id, day) => expect(last(id)).toBe(day));

  it("knows nothing without a log", () => {
    expect(lastReportedFrom([])("r1")).toBeNull();
    expect(neverReported("r1")).toBeNull();
  });
});
