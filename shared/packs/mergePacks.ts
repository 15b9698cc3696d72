/**
 * Merges returned packs into the tracker's records: a value the focal point changed is applied when the tracker
 * still holds what was sent; a value also changed in the tracker since is a conflict; an unreadable value is
 * rejected. Nothing else is touched, and merging the same pack again changes nothing.
 */
import { cellText } from "../grid/cellText";
import type { Lang } from "../model/codes";
import type { LogEntry } from "../model/log";
import type { Activity, ActivityId, DateOrPeriod, Recommendation } from "../model/tracker";
import type { ActivityStatus, RecommendationStatus } from "../model/codes";
import { hash53 } from "../import/hash";
import { effectiveStatus } from "../rollup/deriveStatus";
import { fold } from "../vocab/text";
import { decide, type Outcome } from "./decide";
import { ACT_EDITABLE, type ActEditable, type PackField, type RecEditable } from "./packLayout";
import type { Change, Conflict, Located, MergeOptions, MergeResult, Rejection } from "./mergeTypes";
import { actValue, evidenceHeader, parseCell, recValue } from "./packValues";
import type { PackCell, PackNewActivity, PackRead } from "./readPack";

function setRec(rec: Recommendation, field: RecEditable, value: string, lang: Lang): Recommendation {
  switch (field) {
    case "status":
      return { ...rec, status: value as RecommendationStatus };
    case "progress":
      return { ...rec, progress: Number(value) };
    case "comments":
      return { ...rec, comments: value };
    case "evidence":
      return { ...rec, extra: { ...rec.extra, [evidenceHeader(rec, lang)]: value } };
  }
}

const setAct = (act: Activity, field: ActEditable, value: string): Activity =>
  field === "activityStatus" ? { ...act, status: value as ActivityStatus } : { ...act, deadline: value as DateOrPeriod };

/** A new activity's ID comes from its recommendation, institution and text, so merging the pack again finds it. */
export const newActivityId = (recordId: string, institution: string, text: string): ActivityId =>
  `${recordId}/P-${hash53(`${institution}\u0000${fold(text)}`).slice(-6)}` as ActivityId;

class Merger {
  readonly applied: Change[] = [];
  readonly rejected: Rejection[] = [];
  readonly conflicts: Conflict[] = [];
  readonly log: LogEntry[] = [];
  readonly byId: Map<string, Recommendation>;

  constructor(
    records: readonly Recommendation[],
    private readonly opts: MergeOptions,
  ) {
    this.byId = new Map(records.map((r) => [r.id as string, r]));
  }

  merge(pack: PackRead): void {
    const by = pack.focalPoint ? `${pack.meta.institution} — ${pack.focalPoint}` : pack.meta.institution;
    const lang = pack.meta.lang;
    const at = (sheet: string, cell: string, recordId: string, activityId: string | null, field: Located["field"]): Located => ({ file: pack.file, sheet, cell, institution: pack.meta.institution, recordId, activityId, field });
    for (const row of pack.rows) {
      const rec = this.byId.get(row.recordId);
      if (!rec) {
        this.gone(row, at(row.sheet, `A${row.row}`, row.recordId, null, "status"), row.recordId, lang);
        continue;
      }
      for (const [field, cell] of Object.entries(row.values) as [RecEditable, PackCell][]) {
        const loc = at(row.sheet, cell.address, row.recordId, null, field);
        const rec = this.byId.get(row.recordId)!;
        const outcome = decide(field, cell, row.sent[field], recValue(rec, field), lang);
        if (outcome.kind === "apply") this.byId.set(rec.id, setRec(rec, field, outcome.value, this.opts.lang ?? "en"));
        this.note(outcome, loc, by);
      }
    }
    for (const row of pack.activities) {
      if (!this.byId.get(row.recordId)?.activities.some((a) => a.id === row.activityId)) {
        this.gone(row, at(row.sheet, `B${row.row}`, row.recordId, row.activityId, "activityStatus"), row.activityId, lang);
        continue;
      }
      for (const [field, cell] of Object.entries(row.values) as [ActEditable, PackCell][]) {
        const loc = at(row.sheet, cell.address, row.recordId, row.activityId, field);
        const rec = this.byId.get(row.recordId)!;
        const act = rec.activities.find((a) => a.id === row.activityId)!;
        const outcome = decide(field, cell, row.sent[field], actValue(act, field), lang);
        if (outcome.kind === "apply") this.byId.set(rec.id, { ...rec, activities: rec.activities.map((a) => (a === act ? setAct(a, field, outcome.value) : a)) });
        this.note(outcome, loc, by);
      }
    }
    const packIds = new Set(pack.rows.map((r) => r.recordId));
    for (const row of pack.newActivities) this.addActivity(row, pack, packIds, by);
  }

  /**
   * A record whose activities a pack changed takes the status they show, as `track` would write it — unless a pack
   * set its status explicitly in this merge, or a person set it by hand (an override).
   */
  deriveStatuses(): void {
    const touched = new Set(this.applied.filter((c) => c.activityId !== null).map((c) => c.recordId));
    const statusSet = new Set(this.applied.filter((c) => c.field === "status").map((c) => c.recordId));
    for (const id of touched) {
      const rec = this.byId.get(id)!;
      const derived = effectiveStatus(rec);
      if (statusSet.has(id) || derived.basis !== "activities" || derived.status === rec.status) continue;
      this.byId.set(id, { ...rec, status: derived.status });
      this.log.push({ at: this.opts.at, action: "derive", by: "nmirf", recordId: id, field: "status", oldValue: rec.status, newValue: derived.status, note: null });
    }
  }

  /** A row whose record (or activity) left the tracker: worth a rejection only if the focal point changed something in it. */
  private gone(row: { values: PackRead["rows"][number]["values"]; sent: PackRead["rows"][number]["sent"] }, loc: Located, id: string, lang: Lang): void {
    // Decided against a current value no cell can hold, so that any edit in the row counts as one.
    const changed = (Object.entries(row.values) as [PackField, PackCell][]).some(([field, cell]) => decide(field, cell, row.sent[field], "\u0000", lang).kind !== "none");
    if (changed) this.rejected.push({ ...loc, value: id, messageKey: "packs.unknownRecord" });
  }

  private note(outcome: Outcome, loc: Located, by: string): void {
    if (outcome.kind === "reject") this.rejected.push({ ...loc, value: outcome.raw, messageKey: outcome.key });
    if (outcome.kind === "conflict") this.conflicts.push({ ...loc, trackerValue: outcome.current, packValue: outcome.value });
    if (outcome.kind === "apply") this.change({ ...loc, oldValue: outcome.old, newValue: outcome.value }, by);
  }

  private change(change: Change, by: string): void {
    this.applied.push(change);
    const note = change.activityId === null ? change.file : `${change.file} › ${change.activityId}`;
    this.log.push({ at: this.opts.at, action: "merge", by, recordId: change.recordId, field: change.field, oldValue: change.oldValue || null, newValue: change.newValue, note });
  }

  private addActivity(row: PackNewActivity, pack: PackRead, packIds: ReadonlySet<string>, by: string): void {
    const text = cellText(row.text.cell).trim();
    const loc: Located = { file: pack.file, sheet: row.sheet, cell: row.idCell.address, institution: pack.meta.institution, recordId: row.recordId, activityId: null, field: "activity" };
    if (row.recordId === "" || text === "") return void this.rejected.push({ ...loc, cell: row.recordId === "" ? row.idCell.address : row.text.address, value: text || row.recordId, messageKey: "packs.activityTextMissing" });
    const rec = packIds.has(row.recordId) ? this.byId.get(row.recordId) : undefined;
    if (!rec) return void this.rejected.push({ ...loc, value: row.recordId, messageKey: "packs.unknownRecommendation" });
    const id = newActivityId(rec.id, pack.meta.institution, text);
    if (rec.activities.some((a) => a.id === id)) return;
    let activity: Activity = { id, text, status: null, deadline: null, institution: pack.meta.institution, asWritten: {}, source: null };
    for (const field of ACT_EDITABLE) {
      const cell = row.values[field];
      const parsed = cell ? parseCell(field, cell.cell, pack.meta.lang) : { ok: true as const, value: "" };
      if (!parsed.ok) return void this.rejected.push({ ...loc, cell: cell!.address, field, value: cellText(cell!.cell), messageKey: parsed.key });
      if (parsed.value !== "") activity = setAct(activity, field, parsed.value);
    }
    this.byId.set(rec.id, { ...rec, activities: [...rec.activities, activity] });
    this.change({ ...loc, activityId: id, cell: row.text.address, oldValue: "", newValue: text }, by);
  }
}

export function mergePacks(tracker: readonly Recommendation[], packs: readonly PackRead[], opts: MergeOptions): MergeResult {
  const merger = new Merger(tracker, opts);
  for (const pack of packs) merger.merge(pack);
  merger.deriveStatuses();
  const records = tracker.map((r) => merger.byId.get(r.id)!);
  return { records, applied: merger.applied, rejected: merger.rejected, conflicts: merger.conflicts, log: merger.log };
}

export type { Change, Conflict, MergeOptions, MergeResult, Rejection } from "./mergeTypes";
