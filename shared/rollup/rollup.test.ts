import fc from "fast-check";
import { Mechanism, Position, RecommendationStatus, ActivityStatus } from "../model/codes";
import type { Recommendation } from "../model/tracker";
import { effectiveStatus } from "./deriveStatus";
import { isOverdue } from "./overdue";
import { rollup } from "./rollup";
import { act, rec } from "./testRecords";
import { ROLLUP_DIMENSIONS, type RollupDimension, type RollupRow, type Rollups } from "./types";

const ASOF = "2024-06-01";
const ZERO = { not_started: 0, in_progress: 0, partially_implemented: 0, implemented: 0, unknown: 0 };

const table = (r: Rollups, dimension: RollupDimension): readonly RollupRow[] =>
  r.tables.find((t) => t.dimension === dimension)?.rows ?? [];
const row = (r: Rollups, dimension: RollupDimension, key: string): RollupRow | undefined =>
  table(r, dimension).find((x) => x.key === key);

describe("rollup", () => {
  test("empty input: a zero total, share 0, every dimension present and empty", () => {
    const r = rollup([], { asOf: ASOF });
    expect(r.asOf).toBe(ASOF);
    expect(r.total).toEqual({ key: "", counts: ZERO, total: 0, overdue: 0, implementedShare: 0 });
    expect(r.tables.map((t) => t.dimension)).toEqual([...ROLLUP_DIMENSIONS]);
    expect(r.tables.every((t) => t.rows.length === 0)).toBe(true);
  });

  const recs = [
    rec({ mechanism: "UPR", response: "supported", themes: ["Health", "Education"], status: "implemented", cycle: 3 }),
    rec({ mechanism: "UPR", response: "noted", themes: ["Health"], deadline: "2023-Q4", cycle: 3 }),
    rec({ mechanism: "CEDAW", themes: ["Health", "Health"], activities: [act({ status: "completed" }), act({ status: "planned", institution: "MoH" })], institutions: ["MoH", "MoJ"] }),
    rec({ sdgGoals: [5, 10], activities: [act({ status: "in_progress", deadline: "2024-05" })] }),
  ];
  const r = rollup(recs, { asOf: ASOF });

  test("total counts every record once by effective status, with overdue", () => {
    expect(r.total).toEqual({
      key: "",
      counts: { ...ZERO, implemented: 1, unknown: 1, partially_implemented: 1, in_progress: 1 },
      total: 4,
      overdue: 2,
      implementedShare: 0.25,
    });
  });

  test("a record with several themes counts once under each, duplicates once", () => {
    expect(row(r, "theme", "Health")).toMatchObject({ total: 3, counts: { ...ZERO, implemented: 1, unknown: 1, partially_implemented: 1 } });
    expect(row(r, "theme", "Education")).toMatchObject({ total: 1, implementedShare: 1 });
    expect(row(r, "theme", "")).toMatchObject({ total: 1, overdue: 1 });
  });

  test("institutions merge the record's and its activities', once per record", () => {
    expect(table(r, "institution").map((x) => [x.key, x.total])).toEqual([["", 3], ["MoH", 1], ["MoJ", 1]]);
  });

  test("treaty-body records have no position and count under \"\"", () => {
    expect(table(r, "position").map((x) => [x.key, x.total])).toEqual([["", 2], ["noted", 1], ["supported", 1]]);
  });

  test("rows sort by total, then key (numbers numerically)", () => {
    expect(table(r, "mechanism").map((x) => x.key)).toEqual(["UPR", "", "CEDAW"]);
    expect(table(r, "sdgGoal").map((x) => x.key)).toEqual(["", "5", "10"]);
    expect(table(r, "cycle").map((x) => [x.key, x.total, x.overdue])).toEqual([["", 2, 1], ["3", 2, 1]]);
  });
});

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const orNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const period = pick(["2023", "2024-H1", "2024-Q2", "2024-05", "2024-06-01", "2025-Q1", "bad"]);
const smallList = (names: readonly string[]) => fc.array(pick(names), { maxLength: 4 });

const activityArb = fc.record({
  status: orNull(pick(ActivityStatus.options)),
  deadline: orNull(period),
  institution: orNull(pick(["MoJ", "MoH", "Police"])),
});

const recordArb: fc.Arbitrary<Recommendation> = fc
  .record({
    mechanism: orNull(pick(Mechanism.options)),
    cluster: orNull(pick(["Women", "Children", ""])),
    themes: smallList(["Health", "Education", "Justice"]),
    institutions: smallList(["MoJ", "MoH", "MoE"]),
    sdgGoals: fc.array(fc.integer({ min: 1, max: 17 }), { maxLength: 3 }),
    affectedPersons: smallList(["women", "children", "migrants"]),
    cycle: orNull(fc.integer({ min: 1, max: 4 })),
    response: orNull(pick(Position.options)),
    status: orNull(pick(RecommendationStatus.options)),
    statusOverride: orNull(pick(RecommendationStatus.options).map((status) => ({ status, reason: "r" }))),
    deadline: orNull(period),
    activities: fc.array(activityArb.map((a) => act(a)), { maxLength: 4 }),
  })
  .map((fields) => rec(fields));

const SINGLE_VALUED: readonly RollupDimension[] = ["mechanism", "cluster", "cycle", "position"];
const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);
const allRows = (r: Rollups) => [r.total, ...r.tables.flatMap((t) => t.rows)];

describe("rollup properties", () => {
  const withRollup = (check: (recs: Recommendation[], r: Rollups) => void) =>
    fc.assert(fc.property(fc.array(recordArb, { maxLength: 40 }), (recs) => check(recs, rollup(recs, { asOf: ASOF }))));

  test("the total equals the number of records", () => {
    withRollup((recs, r) => expect(r.total.total).toBe(recs.length));
  });

  test("the total row agrees with effectiveStatus and isOverdue record by record", () => {
    withRollup((recs, r) => {
      expect(r.total.overdue).toBe(recs.filter((x) => isOverdue(x, ASOF)).length);
      expect(r.total.counts.implemented).toBe(recs.filter((x) => effectiveStatus(x).status === "implemented").length);
      expect(r.total.counts.unknown).toBe(recs.filter((x) => effectiveStatus(x).status === null).length);
    });
  });

  test("single-valued dimensions partition the records", () => {
    withRollup((recs, r) => {
      for (const d of SINGLE_VALUED) expect(sum(table(r, d).map((x) => x.total))).toBe(recs.length);
    });
  });

  test("multi-valued dimensions count each record at least once, and each row at most once per record", () => {
    withRollup((recs, r) => {
      for (const t of r.tables) {
        expect(sum(t.rows.map((x) => x.total))).toBeGreaterThanOrEqual(recs.length);
        for (const x of t.rows) expect(x.total).toBeLessThanOrEqual(recs.length);
      }
    });
  });

  test("per row, the status counts sum to the total, overdue ≤ total, share in [0,1]", () => {
    withRollup((_, r) => {
      for (const x of allRows(r)) {
        expect(sum(Object.values(x.counts))).toBe(x.total);
        expect(x.overdue).toBeLessThanOrEqual(x.total);
        expect(x.implementedShare).toBeGreaterThanOrEqual(0);
        expect(x.implementedShare).toBeLessThanOrEqual(1);
      }
    });
  });

  test("rows are sorted by total, descending, with unique keys", () => {
    withRollup((_, r) => {
      for (const t of r.tables) {
        for (let i = 1; i < t.rows.length; i++) expect(t.rows[i - 1].total).toBeGreaterThanOrEqual(t.rows[i].total);
        expect(new Set(t.rows.map((x) => x.key)).size).toBe(t.rows.length);
      }
    });
  });
});
