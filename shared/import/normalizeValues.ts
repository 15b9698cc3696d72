/** Coerces one draft cell into a canonical value, or keeps it as written with an issue that says why. */
import { cellText } from "../grid/cellText";
import { isErrorCell } from "../grid/grid";
import type { Lang, Severity } from "../model/codes";
import type { Issue } from "../model/issue";
import type { DateOrPeriod } from "../model/tracker";
import { parseDateValue } from "../vocab/dates";
import type { Match } from "../vocab/match";
import { parseProgress } from "../vocab/progress";
import { parseCycle } from "../vocab/cycle";
import { BRACKETED } from "../vocab/text";
import { parseYesNo } from "../vocab/yesNo";
import type { DraftCell } from "./draft";
import { issueAt, type Place } from "./issueAt";

/** Where normalisers report to, and what they write when a value cannot be read. */
export interface ValueSink {
  readonly place: Place;
  readonly lang: Lang;
  readonly issues: Issue[];
  readonly asWritten: Record<string, string>;
}

export function report(sink: ValueSink, at: DraftCell, field: string, severity: Severity, code: string, suggestion: string | null = null): void {
  sink.asWritten[field] = cellText(at.value).trim();
  sink.issues.push(issueAt(sink.place, at, severity, code, { value: sink.asWritten[field]!, field }, { field, suggestion }));
}

/** A spreadsheet error value (#N/A, #REF!) is never a value: keep it as written and say so. */
export function errorCell(sink: ValueSink, at: DraftCell, field: string): boolean {
  if (!isErrorCell(at.value)) return false;
  report(sink, at, field, "warning", "cell.error");
  return true;
}

/** Reads a controlled code: exact → value; a guess → kept as written with the guess as suggestion. */
export function codeValue<T extends string>(
  sink: ValueSink,
  at: DraftCell,
  field: string,
  parse: (raw: string) => Match<T>,
): T | null {
  if (errorCell(sink, at, field)) return null;
  const match = parse(cellText(at.value));
  if (match.kind === "exact") return match.value;
  if (match.kind === "guess") report(sink, at, field, "warning", `${field}.guess`, match.value);
  else report(sink, at, field, "warning", `${field}.unknown`);
  return null;
}

export function dateValue(sink: ValueSink, at: DraftCell, field: string): DateOrPeriod | null {
  if (errorCell(sink, at, field)) return null;
  const parsed = parseDateValue(at.value, sink.lang);
  if (parsed.kind === "ok") return parsed.value;
  if (parsed.kind === "empty") return null;
  report(sink, at, field, parsed.reason === "impossible" ? "error" : "warning", `date.${parsed.reason}`, parsed.suggestion);
  return null;
}

export function progressValue(sink: ValueSink, at: DraftCell, field: string): number | null {
  if (errorCell(sink, at, field)) return null;
  const parsed = parseProgress(at.value);
  if (parsed.kind === "ok") return parsed.value;
  if (parsed.kind === "invalid") report(sink, at, field, "warning", "progress.invalid");
  return null;
}

/** The cycle, and the year when the cell gives one too ("3e cycle (2019)"). */
export function cycleValue(sink: ValueSink, at: DraftCell): { cycle: number | null; year: number | null } {
  if (errorCell(sink, at, "cycle")) return { cycle: null, year: null };
  const text = typeof at.value === "number" ? at.value : cellText(at.value);
  const cycle = parseCycle(text);
  if (cycle === null) report(sink, at, "cycle", "warning", "number.invalid");
  const year = typeof text === "string" ? /\b(19[5-9]\d|2[01]\d\d)\b/.exec(text) : null;
  return { cycle, year: year ? Number(year[1]) : null };
}

export function integerValue(sink: ValueSink, at: DraftCell, field: string, min: number, max: number): number | null {
  if (errorCell(sink, at, field)) return null;
  const text = cellText(at.value).trim();
  const n = typeof at.value === "number" ? at.value : Number(text);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  report(sink, at, field, "warning", "number.invalid");
  return null;
}

/**
 * A yes/no flag: TRUE/FALSE cells, 1/0, ticks and the words of the seven languages, a note in brackets aside
 * ("OUI (2 ans)"); anything else kept as written.
 */
export function flagValue(sink: ValueSink, at: DraftCell, field: string): boolean | null {
  if (errorCell(sink, at, field)) return null;
  if (typeof at.value === "boolean") return at.value;
  const text = cellText(at.value).trim();
  if (text === "") return null;
  const flag = parseYesNo(text) ?? parseYesNo(text.replace(BRACKETED, " "));
  if (flag === null) report(sink, at, field, "warning", "flag.unknown");
  return flag;
}

export function textValue(sink: ValueSink, at: DraftCell, field: string): string | null {
  if (errorCell(sink, at, field)) return null;
  const text = cellText(at.value).trim();
  return text === "" ? null : text;
}
