/** `nmirf track` analyses by default and leaves it out with --no-analyze, through the real command parser. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SummaryJson } from "../../shared/summary/summarySchema";
import type { Io } from "../io/console";
import { main } from "../main";
import { readSource } from "../read/readSource";

const CSV = [
  "N°,Recommendation,Cycle,Status",
  "1,Ratify the Optional Protocol to the Convention against Torture,2,Not started",
  "2,Ratify the Optional Protocol to the Convention against Torture,3,In progress",
  "3,Ensure free birth registration for all children,3,Implemented",
].join("\n");

async function track(...flags: string[]): Promise<{ summary: SummaryJson; sheets: string[] }> {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "nmirf-track-"));
  fs.writeFileSync(path.join(cwd, "recs.csv"), CSV);
  const io: Io = { out: () => undefined, err: (t) => void process.stderr.write(t), errIsTty: false, cwd, now: () => "2026-03-01T09:00:00.000Z", env: {} };
  expect(await main(["track", "recs.csv", "-o", "t.xlsx", "--json", "s.json", ...flags], io)).toBe(0);
  const summary = SummaryJson.parse(JSON.parse(fs.readFileSync(path.join(cwd, "s.json"), "utf8")));
  const sheets = (await readSource(path.join(cwd, "t.xlsx"))).sheets.map((s) => s.name);
  return { summary, sheets };
}

describe("nmirf track and analysis", () => {
  it("suggests clusters, links repeats and writes a Clusters sheet by default", async () => {
    const { summary, sheets } = await track();
    expect(summary.recommendations.every((r) => r.suggestions.cluster !== null)).toBe(true);
    expect(summary.recommendations[0]!.related).toEqual([{ id: summary.recommendations[1]!.id, score: 1, kind: "repeat" }]);
    expect(sheets).toContain("Clusters");
  });

  it("leaves all of it out with --no-analyze", async () => {
    const { summary, sheets } = await track("--no-analyze");
    expect(summary.recommendations.every((r) => r.suggestions.cluster === null && r.related.length === 0)).toBe(true);
    expect(sheets).not.toContain("Clusters");
  });
});
