/** Checks whole records (what no single cell shows): missing text, Excel's cell limit, status against activities. */
import type { Issue } from "../model/issue";
import type { Recommendation } from "../model/tracker";
import { statusDisagreement } from "../rollup/deriveStatus";
import type { Locate } from "../import/identify";
import { fold } from "../vocab/text";

/** Excel refuses longer cell text; the tracker writer splits such text, and the user should know. */
export const EXCEL_CELL_LIMIT = 32767;

/** A reference is the user's own number: unique per sheet and mechanism. */
const refKey = (rec: Recommendation): string => `${rec.source.file}\u0000${rec.source.sheet}\u0000${rec.mechanism ?? ""}\u0000${rec.ref ?? ""}`;

export function validateRecords(records: readonly Recommendation[], locate: Locate): Issue[] {
  const issues: Issue[] = [];
  const firstWithRef = new Map<string, Recommendation>();
  for (const rec of records) {
    if (!rec.ref) continue;
    const key = refKey(rec);
    if (!firstWithRef.has(key)) firstWithRef.set(key, rec);
  }
  for (const rec of records) {
    const at = (field: string, severity: Issue["severity"], code: string, params: Issue["params"], suggestion: string | null = null): Issue => ({
      severity,
      code,
      params,
      file: rec.source.file,
      sheet: rec.source.sheet,
      cell: locate(rec, field)?.cell ?? null,
      row: rec.source.row,
      recordId: rec.id,
      field,
      suggestion,
    });
    if (!rec.text.trim()) issues.push(at("text", "error", "text.missing", { row: rec.source.row }));
    for (const [field, value] of longTexts(rec)) {
      issues.push(at(field, "warning", "text.tooLong", { length: value.length, limit: EXCEL_CELL_LIMIT }));
    }
    const twin = rec.ref ? firstWithRef.get(refKey(rec)) : undefined;
    if (rec.ref && twin && twin !== rec && fold(twin.text) !== fold(rec.text)) {
      issues.push(at("ref", "error", "ref.duplicate", { ref: rec.ref, otherSheet: twin.source.sheet, otherRow: twin.source.row }));
    }
    const disagreement = statusDisagreement(rec);
    if (disagreement) {
      const written = locate(rec, "status")?.value ?? disagreement.recorded;
      issues.push(at("status", "warning", "status.disagrees", { value: written, recorded: disagreement.recorded, derived: disagreement.derived }, disagreement.derived));
    }
  }
  return issues;
}

function longTexts(rec: Recommendation): [string, string][] {
  const long: [string, string][] = [];
  if (rec.text.length > EXCEL_CELL_LIMIT) long.push(["text", rec.text]);
  if (rec.comments && rec.comments.length > EXCEL_CELL_LIMIT) long.push(["comments", rec.comments]);
  for (const header in rec.extra) if (rec.extra[header]!.length > EXCEL_CELL_LIMIT) long.push([header, rec.extra[header]!]);
  return long;
}
