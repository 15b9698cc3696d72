import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SummaryJson } from "../shared/summary/summarySchema";
import { demoInputs } from "./commands/demoCommand";
import type { Io } from "./io/console";
import { main } from "./main";
import { readSource } from "./read/readSource";

/** Runs the real command line in a temporary folder and captures what it prints. */
async function run(argv: string[], cwd = tmp()): Promise<{ code: number; out: string; err: string; cwd: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTty: false, cwd, now: () => "2026-03-01T09:00:00.000Z", env: {} };
  const code = await main(argv, io);
  return { code, out, err, cwd };
}

const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "nmirf-cli-"));
const demo = demoInputs()[0]!;

describe("nmirf track", () => {
  it("writes the tracker and a JSON summary that matches its schema, and prints the rollup", async () => {
    const { code, out, err, cwd } = await run(["track", demo, "-o", "t.xlsx", "--json", "s.json", "--as-of", "2026-01-01"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(fs.statSync(path.join(cwd, "t.xlsx")).size).toBeGreaterThan(10_000);
    const summary = SummaryJson.parse(JSON.parse(fs.readFileSync(path.join(cwd, "s.json"), "utf8")));
    expect(summary.recommendations.length).toBeGreaterThan(140);
    expect(summary.asOf).toBe("2026-01-01");
    expect(out).toMatch(/Implementation status by mechanism/);
    expect(out).toMatch(/Tracker written: t\.xlsx/);
  });

  it("speaks the asked language", async () => {
    const { out } = await run(["track", demo, "-o", "t.xlsx", "--lang", "fr"]);
    expect(out).toMatch(/Suivi écrit : t\.xlsx/);
  });

  it("never modifies its input", async () => {
    const before = fs.readFileSync(demo);
    await run(["track", demo, "-o", "t.xlsx"]);
    expect(fs.readFileSync(demo).equals(before)).toBe(true);
  });

  it("refuses to write over an input", async () => {
    const cwd = tmp();
    fs.copyFileSync(demo, path.join(cwd, "mine.xlsx"));
    const { code, err } = await run(["track", "mine.xlsx", "-o", "mine.xlsx"], cwd);
    expect(code).toBe(2);
    expect(err).toMatch(/Will not write over the input file mine\.xlsx/);
  });

  it.each([
    [["track", "nope.xlsx", "-o", "t.xlsx"], /nope\.xlsx/],
    [["track", demo, "-o", "t.xlsx", "--map", "Statut"], /--map «Statut»/],
    [["track", demo, "-o", "t.xlsx", "--lang", "xx"], /--lang «xx»/],
    [["track", demo, "-o", "t.xlsx", "--as-of", "2026-02-30"], /--as-of «2026-02-30»/],
  ])("stops on bad input %j with one located line and no stack trace", async (argv, message) => {
    const { code, err, out } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).not.toMatch(/\s+at\s/);
    expect(out).toBe("");
  });

  it("says so when a file is not a spreadsheet", async () => {
    const cwd = tmp();
    fs.writeFileSync(path.join(cwd, "photo.xlsx"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0, 0xff, 0xfe]));
    const { code, err } = await run(["track", "photo.xlsx", "-o", "t.xlsx"], cwd);
    expect(code).toBe(2);
    expect(err).toMatch(/photo\.xlsx/);
  });

  it("updates an existing tracker with --into and prints the diff", async () => {
    const first = await run(["track", demo, "-o", "t.xlsx"]);
    const again = await run(["track", demo, "--into", "t.xlsx", "-o", "t2.xlsx"], first.cwd);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Compared with the existing tracker: 0 new, 0 changed, \d+ unchanged, 0 not in this import/);
  });
});

describe("nmirf track --into a tracker with snapshots", () => {
  it("keeps the snapshot sheets of the tracker it updates", async () => {
    const first = await run(["track", demo, "-o", "t.xlsx"]);
    expect((await run(["snapshot", "t.xlsx", "--as-of", "2025-06-30", "-o", "s.xlsx"], first.cwd)).code).toBe(0);
    expect((await run(["track", demo, "--into", "s.xlsx", "-o", "u.xlsx"], first.cwd)).code).toBe(0);
    const names = (await readSource(path.join(first.cwd, "u.xlsx"))).sheets.map((s) => s.name);
    expect(names.some((n) => n.includes("2025-06-30"))).toBe(true);
  });
});

describe("nmirf validate", () => {
  it("lists located issues and exits 1 when there are errors", async () => {
    const { code, out } = await run(["validate", demo]);
    expect(code).toBe(1);
    expect(out).toMatch(/republique-de-valmora-suivi\.xlsx › EPU › M26 {2}ERROR/);
  });

  it("exits 0 on a clean file", async () => {
    const cwd = tmp();
    fs.writeFileSync(path.join(cwd, "ok.csv"), "No.;Recommendation;Status\n1;Ratify the Optional Protocol;Implemented\n");
    const { code, out } = await run(["validate", "ok.csv"], cwd);
    expect(code).toBe(0);
    expect(out).toMatch(/No errors/);
  });
});

describe("nmirf demo", () => {
  it("tracks the demo data into out/", async () => {
    const { code, cwd, out } = await run(["demo"]);
    expect(code).toBe(0);
    expect(out).toMatch(/République de Valmora/);
    expect(fs.existsSync(path.join(cwd, "out", "tracker.xlsx"))).toBe(true);
    const summary = SummaryJson.parse(JSON.parse(fs.readFileSync(path.join(cwd, "out", "summary.json"), "utf8")));
    const institutions = new Set(summary.recommendations.flatMap((r) => r.institutions));
    expect(institutions).toContain("Ministère de la Justice et des Droits humains (MJDH)");
    expect(institutions).not.toContain("Min. Justice");
  });
});

describe("--aliases", () => {
  it("names the line of an alias file it cannot read", async () => {
    const cwd = tmp();
    fs.writeFileSync(path.join(cwd, "aliases.txt"), "# ours\nMinistère de la Justice = MJ\n= orphan alias\n");
    const { code, err } = await run(["track", demo, "-o", "t.xlsx", "--aliases", "aliases.txt"], cwd);
    expect(code).toBe(2);
    expect(err).toMatch(/aliases\.txt, line 3: /);
  });
});
