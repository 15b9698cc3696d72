/**
 * A tracker read back keeps values nobody could map "as written"; these are the same issues the import raised
 * for them, so validating a tracker reports them (with their suggestion) instead of forgetting them.
 */
import type { Cell } from "../grid/grid";
import type { Lang } from "../model/codes";
import type { Issue } from "../model/issue";
import type { Recommendation } from "../model/tracker";
import { parseActivityStatus, parsePosition, parseRecommendationStatus } from "../vocab/status";
import { parseMechanism } from "../vocab/mechanism";
import type { Match } from "../vocab/match";
import { codeValue, dateValue, report, type ValueSink } from "./normalizeValues";

const CODES: Readonly<Record<string, (raw: string) => Match<string>>> = {
  status: parseRecommendationStatus,
  response: parsePosition,
  mechanism: parseMechanism,
  activityStatus: parseActivityStatus,
};
const DATES: ReadonlySet<string> = new Set(["deadline", "activityDeadline"]);

function reread(sink: ValueSink, field: string, value: Cell, row: number): void {
  const at = { value, row, col: 0 };
  const parse = CODES[field];
  if (parse) codeValue(sink, at, field, parse);
  else if (DATES.has(field)) dateValue(sink, at, field);
  else report(sink, at, field, "warning", "value.asWritten");
}

/** Located at each value's provenance (file, sheet, row), which is also how a host finds the activity concerned. */
export function asWrittenIssues(records: readonly Recommendation[], lang: Lang): Issue[] {
  const issues: Issue[] = [];
  for (const rec of records) {
    const from = issues.length;
    const sink = (file: string, sheet: string): ValueSink => ({ place: { file, sheet }, lang, issues, asWritten: {} });
    for (const [field, text] of Object.entries(rec.asWritten)) reread(sink(rec.source.file, rec.source.sheet), field, text, rec.source.row);
    for (const act of rec.activities) {
      const where = act.source ?? rec.source;
      for (const [field, text] of Object.entries(act.asWritten)) reread(sink(where.file, where.sheet), field, text, where.row);
    }
    for (let i = from; i < issues.length; i++) issues[i]!.recordId ??= rec.id;
  }
  // The tracker keeps no column for them: the cell is found from the record and field (a host's tracker cell).
  for (const issue of issues) issue.cell = null;
  return issues;
}
