/**
 * The tracker as a UHRI-style CSV: the 16 columns of the UHRI "Export to Excel" (with their real typos), "- "
 * newline multi-values, the paragraph at the start of the text, and the tracker ID as the annotation ID so a
 * re-import finds the same records.
 */
import type { Position } from "../model/codes";
import type { Recommendation } from "../model/tracker";
import { toCsv, type CsvRow } from "./csv";

export const UHRI_COLUMNS = [
  "Text", "Countries Concerned", "Reccomending Body", "Document Symbol", "Themes", "Affected Persons", "Sdgs",
  "Document Publication Date", "UPR Reccomending States", "UPR Position", "Type", "OHCHR Annotation Id",
  "UPR Session", "Regions Concerned", "Recommending Regions", "Date of publication on UHRI",
] as const;

const POSITIONS: Readonly<Record<Position, string>> = { supported: "Supported", supported_in_part: "Supported in part", noted: "Noted" };

/** "- a\n- b", as UHRI writes several values in one cell. */
export const bulleted = (values: readonly string[]): string => values.map((v) => `- ${v}`).join("\n");

/** UHRI puts the paragraph before the text ("128.26. Endeavour …"); a text that already starts with it is kept. */
export function textWithParagraph(rec: Pick<Recommendation, "text" | "paragraph">): string {
  if (rec.paragraph === null || rec.text.startsWith(rec.paragraph)) return rec.text;
  return `${rec.paragraph}. ${rec.text}`;
}

/** Targets first ("16.3"), then each goal no target already names ("5"). */
export function sdgValues(rec: Pick<Recommendation, "sdgGoals" | "sdgTargets">): string[] {
  const covered = new Set(rec.sdgTargets.map((t) => Number(t.split(".")[0])));
  return [...rec.sdgTargets, ...rec.sdgGoals.filter((g) => !covered.has(g)).map(String)];
}

export interface UhriExportOptions {
  /** The State under review, for "Countries Concerned" (the tracker does not store it). */
  readonly country?: string;
}

function uhriRow(rec: Recommendation, opts: UhriExportOptions): CsvRow {
  return [
    textWithParagraph(rec),
    opts.country ?? "",
    rec.mechanism ?? rec.asWritten.mechanism ?? "",
    rec.symbol ?? "",
    bulleted(rec.themes),
    bulleted(rec.affectedPersons),
    bulleted(sdgValues(rec)),
    rec.year === null ? "" : String(rec.year),
    bulleted(rec.recommendingStates),
    rec.response === null ? "" : POSITIONS[rec.response],
    "Recommendation",
    rec.id,
    "",
    "",
    "",
    "",
  ];
}

export function uhriCsv(records: readonly Recommendation[], opts: UhriExportOptions = {}): string {
  return toCsv(UHRI_COLUMNS, records.map((r) => uhriRow(r, opts)));
}
