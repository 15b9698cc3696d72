/** Runs Debian's openpyxl (an independent .xlsx reader) on a file and returns what it saw, for writer tests. */
import { spawnSync } from "node:child_process";
import path from "node:path";

/** Debian's interpreter, not a pyenv python3 that may be first on PATH without openpyxl. */
const PYTHON = "/usr/bin/python3";
const SCRIPT = path.join(__dirname, "openpyxl_dump.py");

export const OPENPYXL_MISSING = "skipped: /usr/bin/python3 cannot import openpyxl (apt-get install -y python3-openpyxl)";

export const hasOpenpyxl = (): boolean => spawnSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore" }).status === 0;

/** [coordinate, openpyxl data type ("s", "n", "d", "b", "f"), value, number format] */
export type DumpedCell = [string, string, string | number | boolean, string];

export interface DumpedSheet {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly freeze: string | null;
  readonly rightToLeft: boolean;
  readonly widths: Record<string, number>;
  readonly tables: { name: string; ref: string; columns: string[]; style: string | null }[];
  readonly validations: { sqref: string; type: string; formula1: string; errorStyle: string; error: string; errorTitle: string; showErrorMessage: boolean }[];
  readonly conditionalFormats: { sqref: string; type: string; operator: string; formula: string[]; fill: string | null }[];
  readonly hyperlinks: { ref: string; location: string | null; target: string | null }[];
  readonly notes: Record<string, string>;
  readonly fills: Record<string, string>;
  readonly cells: DumpedCell[];
  /** Top-level elements of the sheet XML, in order. */
  readonly elements: string[];
}

export function openpyxlDump(file: string): { sheets: DumpedSheet[] } {
  const run = spawnSync(PYTHON, [SCRIPT, file], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`openpyxl could not read ${file}: ${run.stderr}`);
  return JSON.parse(run.stdout) as { sheets: DumpedSheet[] };
}

/** The order of CT_Worksheet's elements in the OOXML schema (ECMA-376 Part 1, §18.3.1.99). */
export const WORKSHEET_ELEMENT_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];
