import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ActivityId, Recommendation, RecommendationId } from "../../shared/model/tracker";
import { readTrackerWorkbook } from "../../shared/import/trackerWorkbook";
import { rollup } from "../../shared/rollup/rollup";
import { planWorkbook } from "../../shared/workbook/planWorkbook";
import { textWithParagraph } from "../../shared/export/uhriCsv";
import { neutralise } from "../../shared/export/csv";
import { UWAZI_COLUMNS } from "../../shared/export/uwaziCsv";
import { demoInputs } from "./demoCommand";
import type { Io } from "../io/console";
import { main } from "../main";
import { readSource } from "../read/readSource";
import { writeWorkbook } from "../write/writeXlsx";
import { snapshotsOf } from "./historyTracker";
import { snapshotGrids } from "../../shared/history/trackerSnapshots";
import { withSheets } from "../../shared/history/rewrittenTracker";
import { sheetPlan } from "../../shared/workbook/sheetPlan";

/** Runs the real command line in a folder and captures what it prints. */
async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTty: false, cwd, now: () => "2025-06-30T09:00:00.000Z", env: {} };
  const code = await main(argv, io);
  return { code, out, err };
}

const demo = demoInputs()[0]!;
const aliases = path.join(path.dirname(demo), "institutions.txt");
const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "nmirf-history-"));
const file = (name: string): string => path.join(cwd, name);
const records = async (name: string): Promise<Recommendation[]> => readTrackerWorkbook(await readSource(file(name)))!.recommendations;

/** A focal point's year of work: one planned activity completed, one recommendation added, snapshot sheets kept. */
async function editTracker(from: string, to: string): Promise<{ completed: string; added: string }> {
  const src = await readSource(file(from));
  const read = readTrackerWorkbook(src)!;
  const target = read.recommendations.find((r) => r.activities.some((a) => a.status === "planned"))!;
  const activity = target.activities.find((a) => a.status === "planned")!;
  const added: Recommendation = { ...target, id: "CRC/C/VLM/CO/5:33" as RecommendationId, text: "Adopt a child protection code", mechanism: "CRC", symbol: "CRC/C/VLM/CO/5", paragraph: "33", ref: null, activities: [], statusOverride: null, status: "not_started", deadline: "2025-07-15", institutions: ["Ministère de la Justice et des Droits humains (MJDH)"] };
  const recs = [...read.recommendations.map((r) => (r === target ? { ...r, activities: r.activities.map((a) => (a === activity ? { ...a, status: "completed" as const } : a)) } : r)), added];
  const plan = planWorkbook({ recommendations: recs, issues: [], rollups: rollup(recs, { asOf: "2025-06-30" }), log: read.log, lang: read.lang, extraColumns: read.extraColumns, generatedAt: "2025-06-30T09:00:00Z" });
  const kept = snapshotGrids(src).map((g) => sheetPlan("settings", g.name, g.rows.map((r) => [...r] as never[]), false, { hidden: true }));
  await writeWorkbook(withSheets(plan, kept), file(to));
  return { completed: `${target.id}/${activity.id as ActivityId}`, added: added.id };
}

describe("nmirf snapshot → changes → reminders → export, on the demo tracker", () => {
  let edit: { completed: string; added: string };
  beforeAll(async () => {
    const tracked = await run(["track", demo, "--aliases", aliases, "-o", "t.xlsx", "--as-of", "2024-06-30", "--lang", "fr"], cwd);
    expect(tracked.code).toBe(0);
  }, 60_000);

  it("adds a hidden snapshot sheet named from the date and keeps every record", async () => {
    const { code, out, err } = await run(["snapshot", "t.xlsx", "--as-of", "2024-06-30", "--label", "Mid-term", "-o", "s.xlsx"], cwd);
    expect([code, err]).toEqual([0, ""]);
    expect(out).toMatch(/Snapshot as of 2024-06-30 \(155 recommendations\) added: s\.xlsx/);
    const src = await readSource(file("s.xlsx"));
    expect(snapshotGrids(src).map((g) => g.name)).toEqual(["Instantané 2024-06-30"]);
    const snap = snapshotsOf(src).get("2024-06-30")!;
    expect(snap.label).toBe("Mid-term");
    expect((await records("s.xlsx")).map((r) => r.id)).toEqual((await records("t.xlsx")).map((r) => r.id));
    // The Issues sheet lists problems of the original inputs: it is carried over cell for cell, not recomputed.
    const issues = async (name: string) => (await readSource(file(name))).sheets.find((g) => g.name === "Problèmes")!.rows.map((r) => r.map(String));
    expect(await issues("s.xlsx")).toEqual(await issues("t.xlsx"));
    edit = await editTracker("s.xlsx", "s2.xlsx");
  }, 60_000);

  it("keeps earlier snapshots when a new one is taken", async () => {
    const { code } = await run(["snapshot", "s2.xlsx", "--as-of", "2025-06-30", "-o", "s3.xlsx"], cwd);
    expect(code).toBe(0);
    expect([...snapshotsOf(await readSource(file("s3.xlsx"))).keys()].sort()).toEqual(["2024-06-30", "2025-06-30"]);
  }, 60_000);

  it("prints and writes what changed since the snapshot", async () => {
    const { code, out, err } = await run(["changes", "s2.xlsx", "--since", "2024-06-30", "--as-of", "2025-06-30", "--json", "c.json", "-o", "c.xlsx"], cwd);
    expect([code, err]).toEqual([0, ""]);
    expect(out).toMatch(/Since 2024-06-30: \d+ status changes, 0 new activities, 1 activities completed, \d+ newly overdue, 1 recommendations added, 0 no longer in the tracker\./);
    const json = JSON.parse(fs.readFileSync(file("c.json"), "utf8"));
    expect(json.schemaVersion).toBe(1);
    expect(json.completedActivities.map((a: { id: string; activityId: string }) => `${a.id}/${a.activityId}`)).toEqual([edit.completed]);
    expect(json.added.map((a: { id: string }) => a.id)).toEqual([edit.added]);
    const sheets = (await readSource(file("c.xlsx"))).sheets;
    const changesSheet = sheets.find((g) => g.name === "Évolution depuis 2024-06-30")!;
    expect(changesSheet.rows.map((r) => r[0])).toEqual(expect.arrayContaining(["Activités achevées", "Recommandations ajoutées", edit.added]));
    expect(snapshotGrids({ file: "c.xlsx", sheets })).toHaveLength(1);
  }, 60_000);

  it("writes one .eml per institution and an index of mailto links, in the tracker's language", async () => {
    const { code, out } = await run(["reminders", "s2.xlsx", "--as-of", "2025-06-30", "--within", "30", "-o", "rem"], cwd);
    expect(code).toBe(0);
    expect(out).toMatch(/reminders written in rem/);
    const emls = fs.readdirSync(file("rem")).filter((f) => f.endsWith(".eml"));
    expect(emls.length).toBeGreaterThan(1);
    const mj = fs.readFileSync(path.join(file("rem"), emls.find((f) => f.includes("justice"))!), "utf8");
    expect(mj).toMatch(/^Subject: =\?UTF-8\?B\?/m);
    expect(mj).toMatch(/\r\nContent-Transfer-Encoding: base64\r\n/);
    const body = Buffer.from(mj.split("\r\n\r\n")[1]!.replace(/\r\n/g, ""), "base64").toString("utf8");
    expect(body).toContain("- 33 : Adopt a child protection code (échéance : 2025-07-15)");
    const html = fs.readFileSync(path.join(file("rem"), "index.html"), "utf8");
    expect(html.match(/href="mailto:/g)).toHaveLength(emls.length);
    expect(fs.existsSync(path.join(file("rem"), "index.txt"))).toBe(true);
  }, 60_000);

  it("addresses reminders and writes them in each institution's language from a contact list", async () => {
    fs.writeFileSync(file("contacts.txt"), "# focal points\nMinistère de la Justice et des Droits humains (MJDH) = focal@mjdh.gov.vm; en\n");
    const { code } = await run(["reminders", "s2.xlsx", "--as-of", "2025-06-30", "--contacts", "contacts.txt", "-o", "rem-en"], cwd);
    expect(code).toBe(0);
    const name = fs.readdirSync(file("rem-en")).find((f) => f.includes("justice"))!;
    const eml = fs.readFileSync(path.join(file("rem-en"), name), "utf8");
    expect(eml).toMatch(/^To: focal@mjdh\.gov\.vm\r$/m);
    const body = Buffer.from(eml.split("\r\n\r\n")[1]!.replace(/\r\n/g, ""), "base64").toString("utf8");
    expect(body).toContain("- 33: Adopt a child protection code (deadline: 2025-07-15)");
    expect(fs.readFileSync(path.join(file("rem-en"), "index.html"), "utf8")).toContain('href="mailto:focal%40mjdh.gov.vm?subject=');
  }, 60_000);

  it("exports a UHRI-style CSV that our own engine reads back with the same texts, mechanisms and paragraphs", async () => {
    const { code } = await run(["export", "s2.xlsx", "--format", "uhri", "-o", "uhri.csv"], cwd);
    expect(code).toBe(0);
    const bytes = fs.readFileSync(file("uhri.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const again = await run(["track", "uhri.csv", "-o", "back.xlsx"], cwd);
    expect(again.code).toBe(0);
    const back = new Map((await records("back.xlsx")).map((r) => [r.id as string, r]));
    const originals = await records("s2.xlsx");
    expect(back.size).toBe(originals.length);
    // UHRI has no paragraph column: the paragraph rides at the start of the text, so a record without text loses it.
    const withText = originals.filter((o) => o.text.trim() !== "");
    expect(originals.length - withText.length).toBe(1);
    for (const original of withText) {
      const r = back.get(original.id)!;
      expect([r.text, r.mechanism]).toEqual([neutralise(textWithParagraph(original)), original.mechanism]);
      // Sub-paragraphs ("12 (a)", "22(c)") stay in the text but the importer's UHRI rule reads numbered paragraphs only.
      if (original.paragraph === null || /^\d+(\.\d+)?$/.test(original.paragraph)) expect(r.paragraph).toBe(original.paragraph);
      else expect(r.text).toContain(`${original.paragraph}. `);
    }
  }, 60_000);

  it("exports an Uwazi / IMPACT OSS import CSV, one row per recommendation", async () => {
    const { code } = await run(["export", "s2.xlsx", "--format", "uwazi", "-o", "uwazi.csv"], cwd);
    expect(code).toBe(0);
    const lines = fs.readFileSync(file("uwazi.csv"), "utf8").split("\r\n");
    expect(lines[0]).toBe("\uFEFF" + UWAZI_COLUMNS.map((c) => `"${c}"`).join(","));
  }, 60_000);

  it.each([
    [["changes", "s2.xlsx", "--since", "2023-01-01"], /has no snapshot of 2023-01-01\. Snapshots in it: 2024-06-30\./],
    [["changes", "s2.xlsx", "--since", "June"], /--since «June» is not a date/],
    [["export", "s2.xlsx", "--format", "pdf", "-o", "x.csv"], /--format «pdf»: use uhri or uwazi/],
    [["export", "s2.xlsx", "--format", "uhri", "-o", "s2.xlsx"], /Will not write over the input file s2\.xlsx/],
    [["reminders", "s2.xlsx", "--within", "soon", "-o", "r2"], /--within «soon»/],
    [["snapshot", demo, "-o", "x.xlsx"], /is not a tracker written by nmirf/],
    [["reminders", "s2.xlsx", "--contacts", "bad-contacts.txt", "-o", "r3"], /bad-contacts\.txt, line 2: «someone» is not an e-mail address/],
    [["reminders", "s2.xlsx", "--contacts", "none.txt", "-o", "r3"], /none\.txt/],
    [["snapshot", "missing.xlsx", "-o", "x.xlsx"], /missing\.xlsx/],
    [["export", "s2.xlsx", "--format", "uhri", "-o", "x.csv", "--lang", "xx"], /--lang «xx»/],
    [["snapshot", "s2.xlsx", "-o", "x.xlsx", "--lang", "xx"], /--lang «xx»/],
  ])("stops on %j with one translated line, no stack trace", async (argv, message) => {
    fs.writeFileSync(file("bad-contacts.txt"), "A = a@b.org\nB = someone\n");
    const before = fs.readFileSync(file("s2.xlsx"));
    const { code, err } = await run(argv, cwd);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).not.toMatch(/\s+at\s/);
    expect(fs.readFileSync(file("s2.xlsx")).equals(before)).toBe(true);
  }, 60_000);
});
