/** Maps a table's headers to the tracker's fields: known sources first, then synonyms, then the user's overrides. */
import type { Field } from "../model/fields";
import { matchHeader } from "../vocab/headers";
import { fold } from "../vocab/text";
import { sourceField, type SourceProfile } from "./sourceKind";

export type MappingBasis = "source" | "synonym" | "fuzzy" | "override" | "unmapped" | "duplicate";

export interface ColumnMapping {
  readonly column: number;
  readonly header: string;
  /** null: no field holds it; the column is kept as an extra column of the tracker. */
  readonly field: Field | null;
  /** 0–1: how sure the engine is (1 for known sources and overrides). */
  readonly confidence: number;
  readonly basis: MappingBasis;
}

/** A user's correction: the header (any case or accents) and the field it holds, or null to keep it as extra. */
export interface MappingOverride {
  readonly header: string;
  readonly field: Field | null;
}

export function mapColumns(
  headers: readonly string[],
  profile: SourceProfile,
  overrides: readonly MappingOverride[],
): ColumnMapping[] {
  const byHeader = new Map(overrides.map((o) => [fold(o.header), o.field] as const));
  const proposed = headers.map((header, column) => proposeField(header, column, profile, byHeader));
  return resolveDuplicates(statusBesideActivity(proposed));
}

/**
 * "Action taken | Status | … | Implementation level": when two columns read as a status and the table lists
 * activities, the one right after the activity column is the activity's status.
 */
function statusBesideActivity(mappings: ColumnMapping[]): ColumnMapping[] {
  const activity = mappings.find((m) => m.field === "activity");
  const statuses = mappings.filter((m) => m.field === "status" && m.basis !== "override");
  if (!activity || statuses.length < 2 || mappings.some((m) => m.field === "activityStatus")) return mappings;
  const after = statuses.filter((m) => m.column > activity.column).sort((a, b) => a.column - b.column)[0];
  if (!after) return mappings;
  return mappings.map((m) => (m === after ? { ...m, field: "activityStatus", basis: "fuzzy", confidence: Math.min(m.confidence, 0.8) } : m));
}

function proposeField(
  header: string,
  column: number,
  profile: SourceProfile,
  overrides: ReadonlyMap<string, Field | null>,
): ColumnMapping {
  const key = fold(header);
  if (overrides.has(key)) return { column, header, field: overrides.get(key) ?? null, confidence: 1, basis: "override" };
  if (key === "") return { column, header, field: null, confidence: 0, basis: "unmapped" };
  const known = sourceField(profile, header);
  if (known !== undefined) return { column, header, field: known, confidence: 1, basis: "source" };
  const match = matchHeader(header);
  if (!match) return { column, header, field: null, confidence: 0, basis: "unmapped" };
  return { column, header, field: match.field, confidence: match.confidence, basis: match.exact ? "synonym" : "fuzzy" };
}

/** Two columns claiming one field: the surer one keeps it (the leftmost on a tie); the other stays as extra. */
function resolveDuplicates(mappings: ColumnMapping[]): ColumnMapping[] {
  const winner = new Map<Field, ColumnMapping>();
  for (const m of mappings) {
    if (!m.field) continue;
    const current = winner.get(m.field);
    if (!current || rank(m) > rank(current)) winner.set(m.field, m);
  }
  return mappings.map((m) =>
    m.field && winner.get(m.field) !== m ? { ...m, field: null, confidence: 0, basis: "duplicate" } : m,
  );
}

const rank = (m: ColumnMapping): number => (m.basis === "override" ? 2 : 0) + m.confidence;
