/** One recommendation or activity as a row of cells, with its overflow (long text, values kept as written) stored aside. */
import type { Lang } from "../model/codes";
import type { AsWritten, Recommendation } from "../model/tracker";
import { ACTIVITY_CODECS, type ActivityRow } from "./codec/activityColumns";
import type { ColumnCodec } from "./codec/columnCodec";
import { RECOMMENDATION_CODECS } from "./codec/recommendationColumns";
import { formatSource, formatSources } from "./codec/sourceText";
import { ACTIVITY_COLUMN_FIELDS, RECOMMENDATION_COLUMN_FIELDS, SOURCE_KEY } from "./columns";
import { AS_WRITTEN_PREFIX, EXTRA_PREFIX, fitCell, OVERRIDE_STATUS_FIELD, storeText, type LongTextOwner, type LongTextPart } from "./longTexts";
import type { PlanCell } from "./plan";

/** Writes the field columns, noting which asWritten texts the cells show. */
function fieldCells<T, D>(record: T, fields: readonly string[], codecs: Readonly<Record<string, ColumnCodec<T, D>>>, lang: Lang, owner: LongTextOwner, out: LongTextPart[], shown: Set<string>): PlanCell[] {
  return fields.map((field) => {
    const written = codecs[field]!.write(record, lang);
    if (written.shown !== null) shown.add(written.shown);
    return fitCell(written.value, owner, field, out);
  });
}

/** asWritten texts no cell shows go to the Long texts sheet. */
function storeUnshown(asWritten: AsWritten, shown: ReadonlySet<string>, owner: LongTextOwner, out: LongTextPart[]): void {
  for (const [key, text] of Object.entries(asWritten)) {
    if (!shown.has(key)) storeText(text, owner, AS_WRITTEN_PREFIX + key, out);
  }
}

const extraCell = (extra: Readonly<Record<string, string>>, header: string): PlanCell =>
  Object.prototype.hasOwnProperty.call(extra, header) && extra[header] !== "" ? extra[header]! : null;

export function recommendationRow(rec: Recommendation, lang: Lang, extraColumns: readonly string[], out: LongTextPart[]): PlanCell[] {
  const owner: LongTextOwner = { sheet: "recommendations", id: rec.id, activityId: "", logRow: null };
  const shown = new Set<string>();
  const cells = fieldCells(rec, RECOMMENDATION_COLUMN_FIELDS, RECOMMENDATION_CODECS, lang, owner, out, shown);
  for (const header of extraColumns) cells.push(fitCell(extraCell(rec.extra, header), owner, EXTRA_PREFIX + header, out));
  cells.push(fitCell(formatSources(rec.source, rec.sources), owner, SOURCE_KEY, out));
  storeUnshown(rec.asWritten, shown, owner, out);
  // The status column shows the recorded status, the reason column the override's reason: an override whose
  // status differs, or that has no reason to show, keeps its status aside.
  const override = rec.statusOverride;
  if (override !== null && (override.status !== rec.status || override.reason.trim() === "")) {
    storeText(override.status, owner, OVERRIDE_STATUS_FIELD, out);
  }
  return cells;
}

export function activityRow(row: ActivityRow, lang: Lang, out: LongTextPart[]): PlanCell[] {
  const owner: LongTextOwner = { sheet: "activities", id: row.recordId, activityId: row.activity.id, logRow: null };
  const shown = new Set<string>();
  const cells = fieldCells(row, ACTIVITY_COLUMN_FIELDS, ACTIVITY_CODECS, lang, owner, out, shown);
  const source = row.activity.source;
  cells.push(fitCell(source === null ? null : formatSource(source), owner, SOURCE_KEY, out));
  storeUnshown(row.activity.asWritten, shown, owner, out);
  return cells;
}
