/** Re-importing into an existing tracker: update what the source says, keep what it does not, and report the diff. */
import type { LogEntry } from "../model/log";
import type { Activity, Recommendation } from "../model/tracker";

export interface ImportDiff {
  readonly added: string[];
  readonly changed: { readonly id: string; readonly fields: string[] }[];
  readonly unchanged: string[];
  /** In the tracker but not in this import: kept, and listed so nobody thinks they were deleted. */
  readonly missing: string[];
}

export interface Upserted {
  readonly records: Recommendation[];
  readonly diff: ImportDiff;
  readonly log: LogEntry[];
}

/** Fields the source speaks for; identity and provenance are the tracker's own. */
const UPDATABLE = [
  "ref", "text", "mechanism", "symbol", "paragraph", "cycle", "year", "recommendingStates", "response", "status",
  "statusOverride", "themes", "sdgGoals", "sdgTargets", "affectedPersons", "institutions", "progress", "deadline",
  "cluster", "comments", "followUp", "indicators",
] as const satisfies readonly (keyof Recommendation)[];

export function upsert(existing: readonly Recommendation[], incoming: readonly Recommendation[], who: { at: string; by: string }): Upserted {
  const byId = new Map(incoming.map((r) => [r.id as string, r]));
  const diff: ImportDiff = { added: [], changed: [], unchanged: [], missing: [] };
  const log: LogEntry[] = [];
  const entry = (recordId: string, field: string | null, oldValue: string | null, newValue: string | null, action: string): LogEntry =>
    ({ at: who.at, by: who.by, action, recordId, field, oldValue, newValue, note: null });

  const records = existing.map((old) => {
    const update = byId.get(old.id);
    if (!update) {
      diff.missing.push(old.id);
      return old;
    }
    byId.delete(old.id);
    const { record, fields } = applyUpdate(old, update);
    if (fields.length === 0) diff.unchanged.push(old.id);
    else diff.changed.push({ id: old.id, fields: fields.map((f) => f.field) });
    for (const f of fields) log.push(entry(old.id, f.field, f.oldValue, f.newValue, "update"));
    return record;
  });
  for (const rec of byId.values()) {
    diff.added.push(rec.id);
    log.push(entry(rec.id, null, null, null, "add"));
    records.push(rec);
  }
  return { records, diff, log };
}

interface FieldChange {
  readonly field: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
}

const isEmpty = (v: unknown): boolean => v === null || v === "" || (Array.isArray(v) && v.length === 0);
const show = (v: unknown): string | null => (isEmpty(v) ? null : typeof v === "string" ? v : JSON.stringify(v));

/** A value the source leaves empty never erases what the tracker holds. */
function applyUpdate(old: Recommendation, update: Recommendation): { record: Recommendation; fields: FieldChange[] } {
  const next: Record<string, unknown> = { ...old };
  const fields: FieldChange[] = [];
  for (const key of UPDATABLE) {
    const value = update[key];
    if (isEmpty(value) || show(value) === show(old[key])) continue;
    fields.push({ field: key, oldValue: show(old[key]), newValue: show(value) });
    next[key] = value;
  }
  const activities = mergeActivities(old.activities, update.activities, fields);
  const extra = { ...old.extra, ...update.extra };
  if (show(extra) !== show(old.extra)) fields.push({ field: "extra", oldValue: show(old.extra), newValue: show(extra) });
  return {
    record: { ...(next as Recommendation), activities, extra, asWritten: { ...update.asWritten } },
    fields,
  };
}

function mergeActivities(old: readonly Activity[], update: readonly Activity[], fields: FieldChange[]): Activity[] {
  const byId = new Map(old.map((a) => [a.id as string, a]));
  for (const a of update) {
    const before = byId.get(a.id);
    if (before && show(stripSource(before)) === show(stripSource(a))) continue;
    fields.push({ field: `activity ${a.id}`, oldValue: before ? show(stripSource(before)) : null, newValue: show(stripSource(a)) });
    byId.set(a.id, before ? { ...a, source: before.source } : a);
  }
  return [...byId.values()];
}

const stripSource = (a: Activity) => ({ text: a.text, status: a.status, deadline: a.deadline, institution: a.institution });
