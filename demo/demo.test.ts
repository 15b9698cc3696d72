/** The demo tracker, tracked: every recommendation row found and read right, every deliberate mess reported at its cell. */
import fs from "node:fs";
import path from "node:path";
import { readSource } from "../cli/read/readSource";
import { track, type TrackResult } from "../shared/track/track";
import type { Recommendation } from "../shared/model/tracker";
import type { SourceFile } from "../shared/grid/grid";
import { lostTexts } from "../test/support/coverage";

interface ExpectedRec {
  sheet: string;
  row: number;
  mechanism: string;
  paragraph: string;
  paragraphCell: string | number;
  cycle: number | null;
  position: string | null;
  text: string;
  levelCode: string | null;
  hidden: boolean;
  activityRows: { row: number }[];
}
interface Mess {
  kind: string;
  sheet: string;
  cell: string;
  value?: string;
}
const dir = path.join(__dirname, "data");
const expected = JSON.parse(fs.readFileSync(path.join(dir, "republique-de-valmora-suivi.expected.json"), "utf8")) as {
  recommendations: ExpectedRec[];
  messes: Mess[];
  counts: { activities: number };
};

let src: SourceFile;
let result: TrackResult;
let byRow: Map<string, Recommendation>;
beforeAll(async () => {
  src = await readSource(path.join(dir, "republique-de-valmora-suivi.xlsx"));
  result = track([src], { lang: "fr", asOf: "2025-03-31", now: "2025-03-31T00:00:00Z", by: "test" });
  byRow = new Map(result.recommendations.flatMap((r) => r.sources.map((s) => [`${s.sheet}!${s.row}`, r] as const)));
});

it("loses no text of the demo", () => {
  expect(lostTexts([src], result)).toEqual([]);
});

const issuesAt = (m: Mess) => result.issues.filter((i) => i.sheet === m.sheet && i.cell === m.cell);
const messes = (kind: string) => expected.messes.filter((m) => m.kind === kind);

describe("every recommendation row of the demo", () => {
  it("is a record (156 rows, every row found)", () => {
    const missing = expected.recommendations.filter((e) => !byRow.has(`${e.sheet}!${e.row}`)).map((e) => `${e.sheet}!${e.row}`);
    expect(missing).toEqual([]);
  });

  it.each(["mechanism", "text", "cycle", "position"] as const)("has its %s read right", (what) => {
    const wrong = expected.recommendations.flatMap((e) => {
      const rec = byRow.get(`${e.sheet}!${e.row}`)!;
      const got = { mechanism: rec.mechanism, text: rec.text, cycle: rec.cycle, position: rec.response }[what];
      const want = { mechanism: e.mechanism, text: e.text ?? "", cycle: e.cycle, position: e.position }[what];
      return got === want ? [] : [`${e.sheet}!${e.row}: ${String(got)} ≠ ${String(want)}`];
    });
    expect(wrong).toEqual([]);
  });

  it("is one record when the same paragraph is listed once per recommending State", () => {
    const split = expected.recommendations.filter((e) => e.paragraph === "131.74");
    expect(split.length).toBe(2);
    const records = new Set(split.map((e) => byRow.get(`${e.sheet}!${e.row}`)));
    expect(records.size).toBe(1);
    expect([...records][0]!.recommendingStates.length).toBeGreaterThanOrEqual(2);
  });

  it("has its activities, from the rows under it", () => {
    const activities = result.recommendations.reduce((n, r) => n + r.activities.length, 0);
    expect(activities).toBe(expected.counts.activities);
  });
});

describe("every deliberate mess of the demo is reported where it is", () => {
  it.each([
    ["missing_text", "text.missing"],
    ["duplicate_number", "ref.duplicate"],
    ["unknown_status", "status.unknown"],
    ["impossible_date", "date.impossible"],
    ["error_cell", "cell.error"],
  ])("%s → %s", (kind, code) => {
    for (const m of messes(kind)) expect(issuesAt(m).map((i) => i.code)).toContain(code);
  });

  it("typos in statuses are kept as written with a suggestion", () => {
    for (const m of messes("status_typo")) {
      const issue = issuesAt(m).find((i) => i.code.endsWith(".guess"));
      expect(issue?.suggestion).toBe("in_progress");
    }
  });

  it("a real leap day is not flagged", () => {
    for (const m of messes("valid_leap_day")) expect(issuesAt(m)).toEqual([]);
  });

  it("a recommendation on a hidden row still counts", () => {
    for (const m of messes("hidden_row")) {
      const row = Number(m.cell.split(":")[0]);
      expect(byRow.has(`${m.sheet}!${row}`)).toBe(true);
    }
  });
});
