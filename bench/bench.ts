/** `npm run bench`: rows/s, peak memory and the ratio to a plain parse, on UPR Info data and a generated 100k-row sheet. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { SourceFile } from "../shared/grid/grid";
import { track } from "../shared/track/track";
import { readSource } from "../cli/read/readSource";
import { iconvDecoder } from "../cli/read/iconvDecoder";
import { decodeText } from "../shared/text/decodeText";
import { generateSheet } from "./generateSheet";

/** Run from the bundle in dist/bench. */
const root = path.resolve(__dirname, "..", "..");
const work = path.join(root, ".bench");
const sharedData = path.resolve(root, "..", "shared", "data");
const OPTS = { lang: "fr", asOf: "2026-01-01", now: "2026-01-01T00:00:00Z", by: "bench" } as const;

const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return [value, seconds(start)];
}

/** The whole command in a fresh process, measured by GNU time: wall seconds and peak resident memory. */
function wholeCommand(input: string): { wall: number; peakMb: number } {
  const out = path.join(work, "out.xlsx");
  const res = spawnSync("/usr/bin/time", ["-f", "%e %M", path.join(root, "cli/bin/nmirf.cjs"), "track", input, "-o", out, "--lang", "fr"], { encoding: "utf8" });
  const last = res.stderr.trim().split("\n").pop() ?? "";
  const [wall, kb] = last.split(" ").map(Number);
  if (res.status !== 0 || !wall) throw new Error(`nmirf track failed: ${res.stderr}`);
  return { wall: wall!, peakMb: kb! / 1024 };
}

function rowsOf(src: SourceFile): number {
  return src.sheets.reduce((n, s) => n + s.rows.length, 0);
}

function print(label: string, figures: Record<string, string>): void {
  process.stdout.write(`\n${label}\n`);
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`  ${k.padEnd(34)} ${v}\n`);
}

async function benchFile(label: string, file: string, plainParse: () => Promise<unknown> | unknown): Promise<void> {
  const [, plain] = await timed(plainParse);
  const [src, read] = await timed(() => readSource(file));
  const rows = rowsOf(src);
  global.gc?.();
  const [result, core] = await timed(() => track([src], OPTS));
  const whole = wholeCommand(file);
  print(`${label} — ${path.basename(file)} (${rows.toLocaleString("en")} rows, ${result.recommendations.length.toLocaleString("en")} recommendations)`, {
    "plain parse (library only)": `${plain.toFixed(2)} s`,
    "nmirf read (file → grids)": `${read.toFixed(2)} s`,
    "core pipeline (grids → records)": `${core.toFixed(2)} s  (${Math.round(rows / core).toLocaleString("en")} rows/s)`,
    "whole `nmirf track` incl. .xlsx": `${whole.wall.toFixed(2)} s  (${Math.round(rows / whole.wall).toLocaleString("en")} rows/s)`,
    "peak memory of `nmirf track`": `${whole.peakMb.toFixed(0)} MB`,
    "ratio whole track / plain parse": `${(whole.wall / plain).toFixed(1)}×`,
  });
}

/** Core time at several sizes of the same sheet: linear means time per row stays flat. */
function linearity(src: SourceFile): void {
  const grid = src.sheets[0]!;
  const figures: Record<string, string> = {};
  for (const n of [25_000, 50_000, 100_000]) {
    const part: SourceFile = { file: src.file, sheets: [{ ...grid, rows: grid.rows.slice(0, n + 2) }] };
    track([part], OPTS);
    const start = process.hrtime.bigint();
    track([part], OPTS);
    const s = seconds(start);
    figures[`core, ${n.toLocaleString("en")} rows`] = `${s.toFixed(2)} s  (${((s / n) * 1e6).toFixed(1)} µs/row)`;
  }
  print("Linearity of the core pipeline", figures);
}

async function main(): Promise<void> {
  fs.mkdirSync(work, { recursive: true });
  const upr = path.join(sharedData, "upr-info", "recommendations.csv");
  if (fs.existsSync(upr)) {
    await benchFile("UPR Info data", upr, () => Papa.parse(decodeText(fs.readFileSync(upr), iconvDecoder).text, { skipEmptyLines: true }));
  } else {
    process.stdout.write(`\nUPR Info data: skipped (${upr} is absent)\n`);
  }
  const big = path.join(work, "generated-100k.xlsx");
  if (!fs.existsSync(big)) await generateSheet(big, 100_000);
  await benchFile("Generated sheet", big, () => new ExcelJS.Workbook().xlsx.readFile(big));
  linearity(await readSource(big));
  process.stdout.write("\nTargets (2 cores): whole track of 100k rows < 30 s and < 1.5 GB; core pipeline < 2 s for 100k rows; time linear in rows.\n");
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
