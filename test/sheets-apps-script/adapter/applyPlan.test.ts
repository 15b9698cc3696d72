import { readTrackerWorkbook } from "../../../shared/import/trackerWorkbook";
import { planToSourceFile } from "../../../shared/workbook/planToSourceFile";
import { planWorkbook } from "../../../shared/workbook/planWorkbook";
import { recommendation, trackerDoc } from "../../../shared/workbook/testing/builders";
import { FORMULA_TEXT, sampleDoc } from "../../../shared/workbook/testing/sampleDoc";
import type { WorkbookPlan } from "../../../shared/workbook/plan";
import { basedOn } from "../../../shared/workbook/basedOn";
import { applyPlan, TrackerChangedError, type ApplyOptions } from "../../../sheets-apps-script/src/adapter/applyPlan";
import { readSpreadsheetGrids } from "../../../sheets-apps-script/src/adapter/readSpreadsheetGrids";
import { FakeAppsScript } from "../../fakes/appsScript";
import { withGlobals } from "../support";

const USER = { name: "My data", rows: [["Recommendation", "Status"], ["=not a formula", 3]] };

/**
 * The two write paths, a call each makes to write (to fail one mid-run, or to see none was made), and how slow a
 * cell must be for a few thousand rows to outlast one execution (the API path makes far fewer calls).
 */
const PATHS = [
  { path: "SpreadsheetApp", advancedSheets: false, creates: "Spreadsheet.insertSheet", write: "Range.setValues", failAt: 4, values: "Range.setValues", slowCellMs: 1 },
  { path: "the Sheets API", advancedSheets: true, creates: "Sheets.Spreadsheets.batchUpdate", write: "Sheets.Spreadsheets.batchUpdate", failAt: 2, values: "Sheets.Spreadsheets.Values.batchUpdate", slowCellMs: 4 },
] as const;
type WritePath = (typeof PATHS)[number];

let current: WritePath = PATHS[0];
const withUserSheet = (): FakeAppsScript => {
  const fake = new FakeAppsScript().seed(USER);
  fake.advancedSheets = current.advancedSheets;
  return fake;
};
const apply = (fake: FakeAppsScript, plan: WorkbookPlan, options: ApplyOptions = {}) =>
  withGlobals(fake, () => applyPlan(plan, { now: () => fake.host.clockMs, ...options }));
const readBack = (fake: FakeAppsScript, plan: WorkbookPlan) =>
  withGlobals(fake, () => readSpreadsheetGrids({ sheets: plan.sheets.map((s) => s.name), file: "tracker.xlsx" }));
const trimRows = (rows: readonly (readonly unknown[])[]): unknown[] => {
  const out = [...rows];
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
};
const manyRecommendations = (n: number) =>
  Array.from({ length: n }, (_, i) => recommendation({ id: `rec-${i}` as never, text: `Recommendation ${i}: =ensure access to justice for all, "${i % 7}"` }));

describe.each(PATHS)("applyPlan through $path on the strict Apps Script fake", (writePath) => {
  beforeEach(() => {
    current = writePath;
  });

  it("yields the same tracker in Sheets as in a file: read back, the records equal planToSourceFile's", () => {
    const plan = planWorkbook(sampleDoc("en"));
    const fake = withUserSheet();
    expect(apply(fake, plan)).toMatchObject({ status: "done" });
    const read = readBack(fake, plan);
    const fromSheets = readTrackerWorkbook(read);
    expect(fromSheets).not.toBeNull();
    expect(fromSheets).toEqual(readTrackerWorkbook(planToSourceFile(plan)));
    expect(JSON.stringify(fromSheets?.recommendations)).toContain(JSON.stringify(FORMULA_TEXT).slice(1, -1));
    expect(read.sheets.map((g) => g.rows)).toEqual(planToSourceFile(plan).sheets.map((g) => trimRows(g.rows)));
    expect(fake.spreadsheet.sheets.flatMap((s) => s.cells.flat()).filter((c) => c?.formula !== undefined)).toEqual([]);
  });

  it("writes dropdowns from the Lists sheet, frozen headers and the hidden Settings sheet, under the released document lock", () => {
    const plan = planWorkbook(sampleDoc("en"));
    const fake = withUserSheet();
    const before = fake.sheet(USER.name).state();
    apply(fake, plan, { keep: [USER.name] });
    expect(fake.sheet(USER.name).state()).toBe(before);
    expect(fake.sheetNames()).toEqual([USER.name, ...plan.sheets.map((s) => s.name)]);
    const recs = plan.sheets[0]!;
    const lists = plan.sheets.find((s) => s.role === "lists")!;
    expect(fake.sheet(recs.name).frozenRows).toBe(recs.frozen.rows);
    const rules = [...fake.sheet(recs.name).validations.values()];
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r.listSheet === fake.sheet(lists.name) && r.showDropdown)).toBe(true);
    expect(plan.sheets.filter((s) => fake.sheet(s.name).hidden).map((s) => s.role)).toEqual(["settings"]);
    expect(plan.sheets.map((s) => fake.sheet(s.name).conditionalRules.length)).toEqual(plan.sheets.map((s) => (s.conditionalFills.length > 0 ? s.conditionalFills.length : 0)));
    for (const s of plan.sheets) {
      const cells = fake.sheet(s.name).cells.flat().filter((c) => c !== undefined);
      expect([s.role, cells.filter((c) => c.note !== undefined).length]).toEqual([s.role, s.notes.filter((n) => n.text !== null).length]);
    }
    expect(plan.sheets.some((s) => s.notes.length > 0)).toBe(true);
    expect([fake.lock.acquisitions, fake.lock.releases, fake.lock.held]).toEqual([1, 1, false]);
    expect(fake.documentProperties.store.size).toBe(0);
  });

  it("replaces a previous tracker on a second run instead of duplicating it", () => {
    const plan = planWorkbook(sampleDoc("fr"));
    const fake = withUserSheet();
    apply(fake, plan);
    apply(fake, plan);
    expect(fake.sheetNames()).toEqual([USER.name, ...plan.sheets.map((s) => s.name)]);
    expect(readTrackerWorkbook(readBack(fake, plan))).toEqual(readTrackerWorkbook(planToSourceFile(plan)));
  });

  it("refuses a plan that would replace a kept sheet before writing anything", () => {
    const fake = new FakeAppsScript().seed({ name: "Recommendations", rows: [["mine"]] });
    fake.advancedSheets = writePath.advancedSheets;
    const before = fake.sheet("Recommendations").state();
    expect(() => apply(fake, planWorkbook(sampleDoc("en")), { keep: ["Recommendations"] })).toThrow(/must be kept/);
    expect([fake.sheetNames(), fake.sheet("Recommendations").state(), fake.host.total]).toEqual([["Recommendations"], before, 0]);
  });

  it("leaves the previous tracker intact, and the lock released, when a write fails mid-run", () => {
    const plan = planWorkbook(sampleDoc("en"));
    const fake = withUserSheet();
    apply(fake, plan);
    const before = fake.spreadsheet.sheets.map((s) => s.state());
    const names = fake.sheetNames();
    let writes = 0;
    const original = fake.host.call.bind(fake.host);
    fake.host.call = (name: string, cells?: number) => {
      if (name === writePath.write && ++writes === writePath.failAt) throw new Error("Service Spreadsheets failed while accessing document");
      original(name, cells);
    };
    expect(() => apply(fake, plan)).toThrow(/Service Spreadsheets failed/);
    expect(fake.sheetNames()).toEqual(names);
    expect(fake.spreadsheet.sheets.map((s) => s.state())).toEqual(before);
    expect([fake.lock.held, fake.documentProperties.store.size]).toEqual([false, 0]);
  });

  it("waits for the document lock and writes nothing when another execution keeps it", () => {
    const fake = withUserSheet();
    const before = fake.spreadsheet.sheets.map((s) => s.state());
    fake.lock.heldElsewhere = true;
    expect(() => apply(fake, planWorkbook(sampleDoc("en")))).toThrow(/Lock timeout/);
    expect(fake.spreadsheet.sheets.map((s) => s.state())).toEqual(before);
    expect(fake.host.count(writePath.creates)).toBe(0);
  });

  it("stops before the 6-minute limit, checkpoints, and a second execution continues to the same tracker", () => {
    const plan = planWorkbook(trackerDoc({ recommendations: manyRecommendations(3000) }));
    const fake = withUserSheet();
    // slow enough that the 4.5-minute budget runs out mid-way
    fake.host.msPerCall = 1_500;
    fake.host.msPerCell = writePath.slowCellMs;
    const limits = { cells: 20_000, bytes: 4_000_000 };
    const first = apply(fake, plan, { blockLimits: limits });
    expect(first.status).toBe("paused");
    expect(fake.documentProperties.store.has("nmirf.apply")).toBe(true);
    expect(fake.sheetNames().filter((n) => n.startsWith("~nmirf")).length).toBeGreaterThan(0);
    expect(fake.lock.held).toBe(false);
    const runs = [first];
    while (runs.at(-1)!.status === "paused" && runs.length < 20) {
      fake.host.beginExecution();
      runs.push(apply(fake, plan, { blockLimits: limits }));
    }
    expect(runs.at(-1)!.status).toBe("done");
    const dones = runs.slice(0, -1).map((r) => (r.status === "paused" ? r.done : -1));
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(fake.sheetNames()).toEqual([USER.name, ...plan.sheets.map((s) => s.name)]);
    // reading back is the test's own business: at full speed, in an execution of its own
    [fake.host.msPerCall, fake.host.msPerCell] = [20, 0.002];
    fake.host.beginExecution();
    expect(readTrackerWorkbook(readBack(fake, plan))).toEqual(readTrackerWorkbook(planToSourceFile(plan)));
    expect([fake.lock.acquisitions, fake.lock.releases, fake.documentProperties.store.size]).toEqual([runs.length, runs.length, 0]);
    console.log(`resumable: ${runs.length} executions, paused at steps ${dones.join(", ")} of ${runs.at(-1)!.total}`);
  });

  it("replaces nothing when the tracker changed between the read its plan came from and the swap, and writes once read again", () => {
    const fake = withUserSheet();
    const plan = planWorkbook(sampleDoc("en"));
    apply(fake, plan);
    const based = basedOn(plan, readBack(fake, plan));
    // a ministry edits a recommendation meanwhile, in the sheet itself
    fake.sheet(plan.sheets[0]!.name).cellAt(2, 2, true).value = "Edited by the Ministry of Health";
    const before = fake.spreadsheet.sheets.map((s) => s.state());
    expect(() => apply(fake, plan, { basedOn: based })).toThrow(TrackerChangedError);
    expect(fake.spreadsheet.sheets.map((s) => s.state())).toEqual(before);
    expect([fake.lock.held, fake.documentProperties.store.size]).toEqual([false, 0]);
    expect(apply(fake, plan, { basedOn: basedOn(plan, readBack(fake, plan)) }).status).toBe("done");
  });

  it("starts over, removing its temporary sheets by name, after an execution killed without a checkpoint", () => {
    const plan = planWorkbook(sampleDoc("en"));
    const fake = withUserSheet();
    const original = fake.host.call.bind(fake.host);
    // Writing the values takes 7 minutes: Apps Script ends the execution there, and no catch or finally gets to write.
    fake.host.call = (name: string, cells?: number) => {
      if (name === writePath.values) fake.host.clockMs += 7 * 60_000;
      original(name, cells);
    };
    expect(() => apply(fake, plan)).toThrow(/Exceeded maximum execution time/);
    expect(fake.sheetNames().some((n) => n.startsWith("~nmirf"))).toBe(true);
    expect(fake.documentProperties.store.size).toBe(0);
    fake.host.call = original;
    fake.host.beginExecution();
    expect(apply(fake, plan).status).toBe("done");
    expect(fake.sheetNames()).toEqual([USER.name, ...plan.sheets.map((s) => s.name)]);
  });

  it("starts over, removing the stale temporary sheets, when the checkpoint belongs to another plan", () => {
    const fake = withUserSheet();
    fake.host.msPerCall = 1_500;
    fake.host.msPerCell = writePath.slowCellMs;
    const first = apply(fake, planWorkbook(trackerDoc({ recommendations: manyRecommendations(2000) })), { blockLimits: { cells: 20_000, bytes: 4_000_000 } });
    expect(first.status).toBe("paused");
    [fake.host.msPerCall, fake.host.msPerCell] = [20, 0.002];
    fake.host.beginExecution();
    const plan = planWorkbook(sampleDoc("en"));
    expect(apply(fake, plan).status).toBe("done");
    expect(fake.sheetNames()).toEqual([USER.name, ...plan.sheets.map((s) => s.name)]);
  });
});

describe("a 10,000-row tracker written with no per-row calls", () => {
  const plan = planWorkbook(trackerDoc({ recommendations: manyRecommendations(10_000) }));
  const written = (advancedSheets: boolean): FakeAppsScript => {
    current = PATHS.find((p) => p.advancedSheets === advancedSheets)!;
    const fake = withUserSheet();
    expect(apply(fake, plan).status).toBe("done");
    const calls = Object.fromEntries([...fake.host.calls].filter(([k]) => !k.startsWith("Builder.")).sort((a, b) => b[1] - a[1]));
    console.log(`10k rows through ${current.path}: ${fake.host.total} service calls, ${((fake.host.clockMs - fake.host.executionStartedAt) / 1000).toFixed(0)} s on the fake clock, largest API request ${fake.host.largestRequestBytes} bytes\n${JSON.stringify(calls)}`);
    return fake;
  };

  it("through SpreadsheetApp: one setNumberFormats + setValues per block, a few hundred calls in all", () => {
    const fake = written(false);
    expect(fake.host.count("Range.setValues")).toBe(fake.host.count("Range.setNumberFormats"));
    expect(fake.host.count("Range.setValues")).toBeLessThanOrEqual(20);
    expect(fake.host.total).toBeLessThan(300);
  });

  it("through the Sheets API: the same tracker in at most 25 calls, every request under 2 MB", () => {
    const fake = written(true);
    expect(fake.host.total).toBeLessThanOrEqual(25);
    expect(fake.host.largestRequestBytes).toBeLessThan(2_000_000);
    expect(readTrackerWorkbook(readBack(fake, plan))).toEqual(readTrackerWorkbook(planToSourceFile(plan)));
  });
});

describe("applyPlan through the Sheets API: sheet ids", () => {
  it("adds its sheets under ids the API accepts, even beside a sheet holding the highest 32-bit id", () => {
    const fake = new FakeAppsScript().seed(USER);
    fake.spreadsheet.add("Imported", 2_147_483_647);
    fake.advancedSheets = true;
    const plan = planWorkbook(sampleDoc("en"));
    expect(apply(fake, plan).status).toBe("done");
    const ids = plan.sheets.map((s) => fake.sheet(s.name).id);
    expect(ids.every((id) => Number.isInteger(id) && id >= 1 && id < 2_147_483_647)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
