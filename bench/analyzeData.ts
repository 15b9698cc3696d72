/** Reads ../shared/data for the analyzer's training and benchmark: UPR Info rows and OHCHR matrix rows, labels cleaned. */
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { affectedPersonLabel, GENERAL_PERSONS } from "../shared/analyze/affectedPersonLabel";
import { targetGoal } from "../shared/analyze/sdgTargets";
import { themeLabel } from "../shared/analyze/themeLabel";

export const DATA = path.resolve(__dirname, "..", "..", "..", "shared", "data");

export interface UprRow {
  readonly state: string;
  readonly text: string;
  readonly issues: string[];
  readonly action: string;
  readonly cycle: string;
}

export interface MatrixRow {
  readonly state: string;
  readonly cycle: string;
  readonly text: string;
  readonly themes: string[];
  readonly sdgGoals: string[];
  /** Today's UHRI group names, "General" (no group in particular) left out; null when the row has no cell at all. */
  readonly affectedPersons: string[] | null;
}

/** A UHRI bulk-export record: its text, the SDG goals it carries ("8") and the targets ("8.7"). */
export interface UhriRecord {
  readonly text: string;
  readonly sdgGoals: string[];
  readonly sdgTargets: string[];
}

const csv = (file: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(fs.readFileSync(path.join(DATA, file), "utf8"), { header: true, skipEmptyLines: true }).data;

const pipe = (cell: string | undefined): string[] => (cell ?? "").split("|").map((s) => s.trim()).filter((s) => s !== "");

export function readUpr(): UprRow[] {
  return csv("upr-info/recommendations.csv")
    .map((r) => ({ state: r.state_under_review, text: r.text, issues: pipe(r.issues), action: r.action_category, cycle: r.cycle }))
    .filter((r) => r.text.trim() !== "");
}

// The source parse glued "S Sustainable Development Goal implementation" onto the previous theme.
const GLUED_SDG = /S (Sustainable Development Goal implementation)$/;

function themes(cell: string | undefined): string[] {
  const out = new Set<string>();
  for (const t of pipe(cell)) {
    const m = GLUED_SDG.exec(t);
    if (m && m.index > 0) {
      out.add(themeLabel(t.slice(0, m.index)));
      out.add(m[1]);
    } else out.add(themeLabel(t.replace(/^S (?=Sustainable)/, "")));
  }
  return [...out].filter((t) => t !== "");
}

function persons(cell: string | undefined): string[] | null {
  const raw = pipe(cell);
  return raw.length === 0 ? null : [...new Set(raw.map(affectedPersonLabel))].filter((p) => p !== GENERAL_PERSONS);
}

export function readMatrices(): MatrixRow[] {
  return ["ohchr-matrices/slovenia_upr_c2_c3.csv", "ohchr-matrices/china_upr_c2_c3.csv"].flatMap((file) =>
    csv(file).map((r) => ({
      state: r.state_under_review,
      cycle: r.cycle,
      text: r.text,
      themes: themes(r.themes),
      sdgGoals: pipe(r.sdg_goals),
      affectedPersons: persons(r.affected_persons),
    })),
  );
}

/** The UHRI sample's records; their SDG strings ("8.7 - End modern slavery…", "8 - DECENT WORK…") become numbers. */
export function readUhriSample(): UhriRecord[] {
  return fs
    .readFileSync(path.join(DATA, "uhri-sample", "uhri_sample.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as { text: string; sdgs: string[] })
    .map((r) => {
      const codes = r.sdgs.map((s) => s.split(" - ")[0].trim());
      const targets = codes.filter((c) => c.includes("."));
      const goals = new Set([...codes.filter((c) => !c.includes(".")), ...targets.map(targetGoal)]);
      return { text: r.text, sdgGoals: [...goals], sdgTargets: targets };
    });
}
