/**
 * End to end, as a user runs it: `nmirf track` on the demo tracker, the written .xlsx read back by an independent
 * reader (Debian's openpyxl), then the tracker tracked again: the same records and IDs come back.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../cli/main";
import { demoInputs } from "../cli/commands/demoCommand";
import type { Io } from "../cli/io/console";
import { SummaryJson } from "../shared/summary/summarySchema";
import { hasOpenpyxl, OPENPYXL_MISSING, openpyxlDump, type DumpedSheet } from "./readers/openpyxl";

const withOpenpyxl = hasOpenpyxl();
if (!withOpenpyxl) console.warn(`e2e.test.ts: ${OPENPYXL_MISSING}`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nmirf-e2e-"));
const io: Io = { out: () => undefined, err: (t) => void process.stderr.write(t), errIsTty: false, cwd: dir, now: () => "2025-04-01T08:00:00.000Z", env: {} };
const summaryOf = (file: string) => SummaryJson.parse(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")));

let first: SummaryJson;
beforeAll(async () => {
  expect(await main(["track", demoInputs()[0]!, "-o", "tracker.xlsx", "--json", "first.json", "--lang", "fr", "--as-of", "2025-03-31"], io)).toBe(0);
  first = summaryOf("first.json");
});

(withOpenpyxl ? describe : describe.skip)(`the demo tracker as openpyxl reads it${withOpenpyxl ? "" : ` (${OPENPYXL_MISSING})`}`, () => {
  let sheets: DumpedSheet[];
  const sheet = (name: string) => sheets.find((s) => s.name === name)!;
  beforeAll(() => {
    sheets = openpyxlDump(path.join(dir, "tracker.xlsx")).sheets;
  });

  it("has the tracker's sheets, in French, the settings hidden", () => {
    expect(sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Recommandations", "Activités", "Tableau de bord", "Problèmes", "Journal des modifications", "Listes"]));
    expect(sheets.filter((s) => s.state === "hidden")).toHaveLength(1);
  });

  it("holds one table row per recommendation and per activity", () => {
    const [recs] = sheet("Recommandations").tables;
    const [acts] = sheet("Activités").tables;
    const rows = (ref: string) => Number(/\d+$/.exec(ref)![0]) - 1;
    expect(rows(recs!.ref)).toBe(first.recommendations.length);
    expect(rows(acts!.ref)).toBe(first.recommendations.reduce((n, r) => n + r.activities.length, 0));
  });

  it("keeps text that starts like a formula as text", () => {
    const cell = sheet("Recommandations").cells.find(([, , v]) => v === "+ de 200 agents formés");
    expect(cell?.[1]).toBe("s");
    expect(sheets.flatMap((s) => s.cells).filter(([, type]) => type === "f")).toEqual([]);
  });

  it("offers dropdowns on the status column and lists every issue with a link to its cell", () => {
    expect(sheet("Recommandations").validations.length).toBeGreaterThan(2);
    const issues = sheet("Problèmes");
    expect(issues.cells.some(([, , v]) => typeof v === "string" && v.includes("31/02/2025"))).toBe(true);
    expect(issues.hyperlinks.length).toBeGreaterThan(10);
  });
});

describe("tracking the written tracker again", () => {
  it("gives back the same recommendations with the same IDs", async () => {
    expect(await main(["track", "tracker.xlsx", "-o", "again.xlsx", "--json", "again.json", "--lang", "fr", "--as-of", "2025-03-31"], io)).toBe(0);
    const again = summaryOf("again.json");
    expect(again.recommendations.map((r) => r.id)).toEqual(first.recommendations.map((r) => r.id));
    const strip = (s: SummaryJson) => s.recommendations.map(({ suggestions: _s, ...r }) => r);
    expect(strip(again)).toEqual(strip(first));
  });
});
