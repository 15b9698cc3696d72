import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readTrackerWorkbook } from "../../shared/import/trackerWorkbook";
import { planWorkbook } from "../../shared/workbook/planWorkbook";
import { rollup } from "../../shared/rollup/rollup";
import { hasOpenpyxl, OPENPYXL_MISSING } from "../../test/readers/openpyxl";
import type { Io } from "../io/console";
import { main } from "../main";
import { readSource } from "../read/readSource";
import { writeWorkbook } from "../write/writeXlsx";
import { packFileName } from "../../shared/packs";

const ROOT = path.resolve(__dirname, "..", "..");
const DEMO = path.join(ROOT, "demo/data/republique-de-valmora-suivi.xlsx");
const ALIASES = path.join(ROOT, "demo/data/institutions.txt");
const JUSTICE = "Ministère de la Justice et des Droits humains (MJDH)";

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTty: false, cwd, now: () => "2026-03-01T09:00:00.000Z", env: {} };
  return { code: await main(argv, io), out, err };
}

const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "nmirf-packs-"));

async function readTracker(file: string) {
  const tracker = readTrackerWorkbook(await readSource(file));
  if (!tracker) throw new Error(`${file} is not a tracker`);
  return tracker;
}

/** A focal point's answers, typed into the pack as Excel would save them. */
async function fillPack(file: string, out: string, edits: Record<string, Record<string, ExcelJS.CellValue>>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const [sheet, cells] of Object.entries(edits)) for (const [address, value] of Object.entries(cells)) wb.getWorksheet(sheet)!.getCell(address).value = value;
  await wb.xlsx.writeFile(out);
}

describe("nmirf packs split and merge, end to end on the demo", () => {
  const cwd = tmp();
  let packFile = "";
  let firstId = "";
  let secondId = "";
  let thirdId = "";
  let newRow = 0;

  beforeAll(async () => {
    expect((await run(["track", DEMO, "--aliases", ALIASES, "-o", "t.xlsx"], cwd)).code).toBe(0);
  }, 60_000);

  it("writes one pack per institution with a safe file name", async () => {
    const { code, out, err } = await run(["packs", "split", "t.xlsx", "-o", "packs", "--deadline", "2026-06-30"], cwd);
    expect(err).toBe("");
    expect(code).toBe(0);
    const files = fs.readdirSync(path.join(cwd, "packs")).sort();
    expect(files.length).toBeGreaterThan(3);
    expect(out).toMatch(new RegExp(`${files.length} packs written to packs`));
    packFile = path.join(cwd, "packs", packFileName(JUSTICE, new Set()));
    expect(files).toContain(path.basename(packFile));
    const pack = await new ExcelJS.Workbook().xlsx.readFile(packFile);
    const recs = pack.getWorksheet("Recommendations")!;
    [firstId, secondId, thirdId] = [2, 3, 4].map((r) => String(recs.getCell(`A${r}`).value));
    expect(thirdId).not.toBe("null");
    const acts = pack.getWorksheet("Activities")!;
    for (newRow = 2; acts.getCell(`A${newRow}`).value !== null; newRow++);
  }, 60_000);

  it("protects the pack and offers dropdowns, as an independent reader (openpyxl) sees it", () => {
    if (!hasOpenpyxl()) return console.warn(OPENPYXL_MISSING);
    const script = [
      "import json, sys, openpyxl",
      "wb = openpyxl.load_workbook(sys.argv[1])",
      "out = {}",
      "for ws in wb.worksheets:",
      "    out[ws.title] = {'state': ws.sheet_state, 'protected': bool(ws.protection.sheet), 'A2': ws['A2'].protection.locked, 'I2': ws['I2'].protection.locked, 'E2': ws['E2'].protection.locked, 'validations': [str(v.sqref) for v in ws.data_validations.dataValidation]}",
      "print(json.dumps(out))",
    ].join("\n");
    const res = spawnSync("/usr/bin/python3", ["-c", script, packFile], { encoding: "utf8" });
    expect(res.stderr).toBe("");
    const sheets = JSON.parse(res.stdout) as Record<string, { state: string; protected: boolean; A2: boolean; I2: boolean; E2: boolean; validations: string[] }>;
    expect(Object.keys(sheets)).toEqual(["Instructions", "Recommendations", "Activities", "Lists", "PackInfo"]);
    expect(sheets.Recommendations).toMatchObject({ protected: true, A2: true, I2: false });
    expect(sheets.Recommendations!.validations[0]).toMatch(/^I2:I\d+$/);
    expect(sheets.Activities).toMatchObject({ protected: true, A2: true, E2: false });
    expect(sheets.Activities!.validations).toHaveLength(2);
    expect([sheets.Lists!.state, sheets.PackInfo!.state]).toEqual(["hidden", "hidden"]);
  });

  it("merges the answers, reports a rejected value and a conflict, and logs who changed what", async () => {
    // The secretariat edits the tracker after sending the pack: the third recommendation's comment.
    const tracker = await readTracker(path.join(cwd, "t.xlsx"));
    const records = tracker.recommendations.map((r) => (r.id === thirdId ? { ...r, comments: "Updated by the secretariat" } : r));
    const doc = { recommendations: records, issues: [], rollups: rollup(records, { asOf: "2026-03-01" }), log: tracker.log, lang: tracker.lang, extraColumns: tracker.extraColumns, generatedAt: "2026-03-02T00:00:00Z" };
    await writeWorkbook(planWorkbook(doc), path.join(cwd, "t2.xlsx"));
    await fillPack(packFile, path.join(cwd, "filled.xlsx"), {
      Instructions: { B7: "A. Diallo, a.diallo@justice.example" },
      Recommendations: { I2: "Implemented", K2: "Law adopted on 12 Feb 2026", L2: "https://justice.example/law.pdf", J3: "about half", K4: "Pack comment" },
      Activities: { [`A${newRow}`]: secondId, [`C${newRow}`]: "Regional training of prosecutors", [`E${newRow}`]: "Planned", [`F${newRow}`]: "2026-11-30" },
    });
    const { code, out, err } = await run(["packs", "merge", "t2.xlsx", "filled.xlsx", "-o", "merged.xlsx", "--json", "merge.json"], cwd);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`${JUSTICE.replace(/[()]/g, "\\$&")} \\(filled\\.xlsx\\): 4 applied, 1 rejected, 1 conflicts`));
    expect(out).toMatch(/filled\.xlsx › Recommendations › J3 {2}«about half» is not a percentage/);
    expect(out).toMatch(/filled\.xlsx › Recommendations › K4 {2}Comments was changed in the tracker since the pack was issued/);
    const merged = await readTracker(path.join(cwd, "merged.xlsx"));
    const first = merged.recommendations.find((r) => r.id === firstId)!;
    expect(first).toMatchObject({ status: "implemented", comments: "Law adopted on 12 Feb 2026" });
    expect(first.extra["Evidence (link)"]).toBe("https://justice.example/law.pdf");
    expect(merged.recommendations.find((r) => r.id === thirdId)!.comments).toBe("Updated by the secretariat");
    expect(merged.recommendations.find((r) => r.id === secondId)!.activities).toContainEqual(expect.objectContaining({ text: "Regional training of prosecutors", status: "planned", deadline: "2026-11-30", institution: JUSTICE }));
    const logged = merged.log.filter((l) => l.action === "merge");
    expect(logged).toHaveLength(4);
    expect(logged[0]).toMatchObject({ by: `${JUSTICE} — A. Diallo, a.diallo@justice.example`, recordId: firstId, field: "status", newValue: "implemented" });
    const json = JSON.parse(fs.readFileSync(path.join(cwd, "merge.json"), "utf8"));
    expect(json.conflicts).toEqual([expect.objectContaining({ recordId: thirdId, field: "comments", trackerValue: "Updated by the secretariat", packValue: "Pack comment", cell: "K4" })]);
    expect(json.rejected).toEqual([expect.objectContaining({ cell: "J3", messageKey: "packs.invalidProgress" })]);

    // Merging the same pack into the merged tracker changes nothing more.
    const again = await run(["packs", "merge", "merged.xlsx", "filled.xlsx", "-o", "merged2.xlsx"], cwd);
    expect(again.out).toMatch(/: 0 applied, 1 rejected, 1 conflicts/);
    expect((await readTracker(path.join(cwd, "merged2.xlsx"))).recommendations).toEqual(merged.recommendations);
  }, 60_000);

  it.each([
    [["packs", "merge", "t.xlsx", "t.xlsx", "-o", "m.xlsx"], /t\.xlsx is not an institution pack/],
    [["packs", "split", DEMO, "-o", "out"], /is not a tracker written by nmirf track/],
    [["packs", "split", "t.xlsx", "-o", "out", "--by", "theme"], /--by «theme»: only «institution»/],
    [["packs", "split", "t.xlsx", "-o", "out", "--deadline", "2026-13-01"], /--deadline|2026-13-01/],
    [["packs", "merge", "t.xlsx", "t.xlsx", "-o", "t.xlsx"], /Will not write over the input file t\.xlsx/],
  ])("stops on %j with one line and exit code 2", async (argv, message) => {
    const { code, err, out } = await run(argv, cwd);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(out).toBe("");
  });
});
