/**
 * `npm run bench:sheets`: 60 institution sheets collected into a tracker through the real googleapis client and
 * HTTP, against the fake Sheets API on 127.0.0.1 with the fault schedule; prints requests per sheet and the
 * lost / duplicated / conflict figures. Time is compressed: the quota "minute" lasts 1 s on both sides.
 * Then the Sheets add-on on the strict Apps Script fake: a 10,000-row tracker plan applied, and the menu's Convert
 * of a 10,000-row sheet (read, engine, plan with the change log's snapshot, apply), with their service calls.
 */
import { institutionRow, seedInstitutions, seedTracker, TRACKER_ID } from "../test/fakes/sheetsApi/institutions";
import { collect } from "../cli/sheets/collect";
import { startHarness } from "../test/fakes/sheetsApi/harness";
import { lostUpdates, rowOfText, trackerView } from "../test/fakes/sheetsApi/trackerView";
import { planWorkbook } from "../shared/workbook/planWorkbook";
import { recommendation, trackerDoc } from "../shared/workbook/testing/builders";
import { applyPlan } from "../sheets-apps-script/src/adapter/applyPlan";
import { convertActiveSheet } from "../sheets-apps-script/src/addon/convert";
import { FakeAppsScript } from "../test/fakes/appsScript";
import { withGlobals } from "../test/sheets-apps-script/support";

const INSTITUTIONS = 60;
const ROWS_EACH = 5;
const NOW = "2026-06-30T09:00:00.000Z";

async function main(): Promise<void> {
  // The client keeps a margin under the quota, and its backoff reaches a whole quota "minute", as in real use.
  const h = await startHarness(
    { quotaPerWindow: 60, windowMs: 1000 },
    { timeoutMs: 500, rateLimit: { perMinute: 55, minuteMs: 1000, burst: 5 }, retry: { maxAttempts: 7, baseMs: 60, capMs: 1000, deadlineMs: 30_000 } },
  );
  try {
    const ids = seedInstitutions(h.api, INSTITUTIONS, ROWS_EACH);
    seedTracker(h.api);
    const run = () => collect({ trackerId: TRACKER_ID, institutionIds: ids, writeBack: true, client: h.client, now: NOW, lang: "en" });
    await run();
    // Every institution updates the status of one recommendation; three of them are also edited concurrently.
    const updates = ids.map((id, i) => {
      h.api.store.setCell(id, "Follow-up", 2 + (i % ROWS_EACH), 2, "Implemented");
      return { id, text: institutionRow(i, i % ROWS_EACH)[1]!, status: "Implemented" };
    });
    // Two institutions also type a status the engine cannot read, so their Problems tab is rewritten under faults.
    for (const i of [20, 40]) h.api.store.setCell(ids[i]!, "Follow-up", 2 + ((i + 1) % ROWS_EACH), 2, "Half done, maybe");
    const view = trackerView(h.api, TRACKER_ID);
    const statusCol = view.headers.indexOf("Implementation status");
    const conflicted = [7, 23, 51];
    const f = h.api.faults;
    for (const i of [3, 17, 44]) f.add({ spreadsheetId: ids[i]!, op: "batchGet", times: 3, fault: { type: "status", status: 429 } });
    for (const i of [9, 30]) f.add({ spreadsheetId: ids[i]!, op: "get", times: 2, fault: { type: "status", status: 500 } });
    f.add({ spreadsheetId: TRACKER_ID, op: "get", times: 2, fault: { type: "status", status: 503 } });
    for (const i of [12, 38]) f.add({ spreadsheetId: ids[i]!, op: "batchGet", fault: { type: "slow", ms: 1500 } });
    for (const i of [5, 55]) f.add({ spreadsheetId: ids[i]!, op: "get", fault: { type: "drop", applied: false } });
    f.add({ spreadsheetId: ids[20]!, op: "batchUpdate", fault: { type: "drop", applied: true } });
    f.add({ spreadsheetId: TRACKER_ID, op: "valuesBatchUpdate", fault: { type: "drop", applied: true } });
    f.add({ spreadsheetId: TRACKER_ID, op: "valuesBatchUpdate", skip: 1, fault: { type: "status", status: 500 } });
    for (const i of conflicted) {
      const row = rowOfText(view, updates[i]!.text);
      f.add({ spreadsheetId: TRACKER_ID, op: "get", skip: 2, fault: { type: "edit", sheet: "Recommendations", row, col: statusCol, value: "Not started (checked by phone)" } });
    }
    h.counts.calls.clear();
    h.counts.attempts.clear();
    const t0 = Date.now();
    const report = await run();
    const ms = Date.now() - t0;
    const after = trackerView(h.api, TRACKER_ID);
    const perSheet = Math.max(...ids.map((id) => h.counts.calls.get(id) ?? 0));
    const calls = [...h.counts.calls.values()].reduce((a, b) => a + b, 0);
    const attempts = [...h.counts.attempts.values()].reduce((a, b) => a + b, 0);
    const trackerCalls = h.counts.calls.get(TRACKER_ID) ?? 0;
    const again = await run();
    const final = trackerView(h.api, TRACKER_ID);
    const fired = f.fired();
    const lost = lostUpdates(after, updates, report.conflicts);
    const lines = [
      `sheets collect: ${INSTITUTIONS} institution sheets × ${ROWS_EACH} recommendations, under the fault schedule`,
      `  faults injected: ${fired.status} error answers (429/500/503), ${fired.slow} slow, ${fired.drop} dropped, ${fired.edit} concurrent edits`,
      `  requests: ${calls} calls (budget ${3 * INSTITUTIONS + 3}), ${attempts} HTTP attempts with retries (${h.api.quotaRefusals} refused by the quota itself); at most ${perSheet} per institution sheet, ${trackerCalls} for the tracker`,
      `  updates lost: ${lost}, duplicated rows: ${after.duplicates}, records: ${after.rows.filter((r) => r[0]).length} (expected ${INSTITUTIONS * ROWS_EACH})`,
      `  conflicts injected: ${conflicted.length}, reported: ${report.conflicts.length}`,
      `  time: ${ms} ms (quota minute compressed to 1 s)`,
      `  re-run: ${again.tracker.changed} changed (the held-back rows), ${again.conflicts.length} conflicts, duplicated rows: ${final.duplicates}`,
    ];
    console.log(lines.join("\n"));
    const met = lost === 0 && after.duplicates === 0 && final.duplicates === 0 && report.conflicts.length === conflicted.length && perSheet <= 3 && trackerCalls <= 3;
    if (!met) process.exitCode = 1;
  } finally {
    await h.api.stop();
  }
}

const ADDON_ROWS = 10_000;
const LARGE_ROWS = 50_000;

/** Service calls (builders left out), the writes among them, and seconds on the fake's clock since the execution began. */
function callFigures(fake: FakeAppsScript): string {
  const seconds = ((fake.host.clockMs - fake.host.executionStartedAt) / 1000).toFixed(0);
  const writes = fake.advancedSheets
    ? `${fake.host.count("Sheets.Spreadsheets.batchUpdate")} batchUpdate, ${fake.host.count("Sheets.Spreadsheets.Values.batchUpdate")} Values.batchUpdate`
    : `${fake.host.count("Range.setValues")} setValues`;
  return `${fake.host.total} service calls (${writes}, ${fake.host.count("Range.getValues")} getValues), ${seconds} s on the fake clock`;
}

/** The tracker plan applied, and the menu's Convert of a sheet (in as many executions as it takes), on one write path. */
function addonFigures(advancedSheets: boolean): string[] {
  const planOf = (n: number) => planWorkbook(trackerDoc({ recommendations: Array.from({ length: n }, (_, i) => recommendation({ id: `rec-${i}` as never, text: `Recommendation ${i}: ensure access to justice for all` })) }));
  const plan = planOf(ADDON_ROWS);
  const applied = new FakeAppsScript().seed({ name: "My data", rows: [["Recommendation"], ["x"]] });
  applied.advancedSheets = advancedSheets;
  withGlobals(applied, () => applyPlan(plan, { now: () => applied.host.clockMs }));
  const header = ["N°", "Recommandation", "Position", "Statut", "Institution responsable", "Échéance"];
  const institutions = ["Ministère de la Justice", "Ministère de la Santé", "Assemblée nationale"];
  const rows = Array.from({ length: ADDON_ROWS }, (_, i) => [`128.${i + 1}`, `Recommandation ${i + 1} : garantir l'accès à la justice`, "Acceptée", "En cours", institutions[i % 3]!, "2026"]);
  const converted = new FakeAppsScript().seed({ name: "Suivi", rows: [header, ...rows] });
  converted.locale = "fr_FR";
  converted.advancedSheets = advancedSheets;
  // The add-on reads the clock with Date.now, as in Apps Script: here it is the fake's virtual clock.
  const realNow = Date.now;
  Date.now = () => converted.host.clockMs;
  const started = converted.host.clockMs;
  let executions = 0;
  try {
    for (let done = false; !done && executions < 10; executions++) {
      converted.host.beginExecution();
      done = withGlobals(converted, () => convertActiveSheet()).applied.status === "done";
    }
  } finally {
    Date.now = realNow;
  }
  converted.host.executionStartedAt = started;
  const firstConvert = callFigures(converted);
  // Convert again, the tracker there: its sheets are read, the change log refreshed, and the write checked against them.
  converted.host.resetCounts();
  converted.spreadsheet.active = converted.sheet("Suivi");
  converted.host.beginExecution();
  Date.now = () => converted.host.clockMs;
  try {
    withGlobals(converted, () => convertActiveSheet());
  } finally {
    Date.now = realNow;
  }
  const reconvert = callFigures(converted);
  // 50,000 rows: as many executions as the 6-minute limit needs, each charged the fake's per-call and per-cell costs.
  const large = new FakeAppsScript().seed({ name: "My data", rows: [["Recommendation"], ["x"]] });
  large.advancedSheets = advancedSheets;
  const largePlan = planOf(LARGE_ROWS);
  let largeRuns = 0;
  const largeStart = large.host.clockMs;
  for (let done = false; !done && largeRuns < 20; largeRuns++) {
    large.host.beginExecution();
    done = withGlobals(large, () => applyPlan(largePlan, { now: () => large.host.clockMs })).status === "done";
  }
  const largeSeconds = ((large.host.clockMs - largeStart) / 1000).toFixed(0);
  const largest = advancedSheets ? `, largest request ${(Math.max(applied.host.largestRequestBytes, converted.host.largestRequestBytes, large.host.largestRequestBytes) / 1e6).toFixed(2)} MB` : "";
  return [
    `  ${advancedSheets ? "Sheets API build (Advanced Sheets service, full spreadsheets scope)" : "standard build (SpreadsheetApp, spreadsheets.currentonly)"}${largest}`,
    `    applyPlan of a tracker plan: ${callFigures(applied)}`,
    `    menu Convert of a sheet, in ${executions} execution(s): ${firstConvert}`,
    `    menu Convert again, into the tracker now there: ${reconvert}`,
    `    applyPlan of a ${LARGE_ROWS.toLocaleString("en")}-row plan: ${large.host.total} service calls in ${largeRuns} execution(s), ${largeSeconds} s on the fake clock`,
  ];
}

void main().then(() => console.log([`Sheets add-on on the Apps Script fake, ${ADDON_ROWS.toLocaleString("en")} rows (target: Convert ≤ 25 service calls; ${LARGE_ROWS.toLocaleString("en")} rows within the 6-minute limit or resumed)`, ...addonFigures(false), ...addonFigures(true)].join("\n")));
