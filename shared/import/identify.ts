/**
 * Gives every recommendation its stable ID and makes one record of the same recommendation found twice
 * (several sheets, several recommending States); the same reference with a different text is an error, kept twice.
 */
import type { Issue } from "../model/issue";
import type { ActivityId, Recommendation, RecommendationId } from "../model/tracker";
import { fold, textKey } from "../vocab/text";
import { hash53 } from "./hash";
import { issueAt } from "./issueAt";

/** How to key a record whose source has no ID of its own. */
export interface IdentityHints {
  /** Source rows are one per recommending State, keyed by the reviewed State and review (UPR Info, matrices). */
  readonly reviewKey: ((rec: Recommendation) => string) | null;
}

export function stableId(rec: Recommendation, hints: IdentityHints): RecommendationId {
  if (rec.id) return rec.id;
  if (rec.symbol && rec.paragraph) return `${rec.symbol}:${rec.paragraph}` as RecommendationId;
  // A UPR paragraph number is unique within its cycle's Working Group report, whoever numbered the rows.
  if (rec.mechanism === "UPR" && rec.cycle && rec.paragraph) return `UPR-C${rec.cycle}:${rec.paragraph}` as RecommendationId;
  // The exact text (spaces aside) is part of the key, so a variant spelling stays a record of its own, not lost.
  if (hints.reviewKey) return `R-${hash53(hints.reviewKey(rec))}` as RecommendationId;
  if (rec.ref) return `${rec.mechanism ?? "REC"}-${rec.ref}` as RecommendationId;
  return `H-${hash53(`${rec.mechanism ?? ""}|${textKey(rec.text)}`)}` as RecommendationId;
}

export interface Identified {
  readonly records: Recommendation[];
  readonly issues: Issue[];
}

/** Finds the source cell of a record's field (where it is, and what it says), for messages. */
export type Locate = (rec: Recommendation, field: string) => { readonly cell: string; readonly value: string } | null;

/** Records sharing an ID are merged when their texts agree; otherwise the later one is renamed and reported. */
export function mergeById(records: readonly Recommendation[], locate: Locate): Identified {
  const byId = new Map<string, Recommendation>();
  const issues: Issue[] = [];
  for (const rec of records) {
    const existing = byId.get(rec.id);
    if (!existing) {
      byId.set(rec.id, rec);
      continue;
    }
    if (sameText(existing, rec)) {
      byId.set(rec.id, mergeRecords(existing, rec));
      continue;
    }
    const renamed = uniqueId(rec.id, byId);
    byId.set(renamed, { ...rec, id: renamed });
    // The same reference twice on a sheet is validation's to report; any other clash is reported here.
    if (!(rec.ref && rec.ref === existing.ref && rec.source.sheet === existing.source.sheet)) issues.push(idClashIssue(rec, existing, renamed, locate));
  }
  return { records: [...byId.values()].map(withActivityIds), issues };
}

const sameText = (a: Recommendation, b: Recommendation): boolean => !a.text || !b.text || fold(a.text) === fold(b.text);

function uniqueId(id: RecommendationId, taken: ReadonlyMap<string, unknown>): RecommendationId {
  let n = 2;
  while (taken.has(`${id}~${n}`)) n++;
  return `${id}~${n}` as RecommendationId;
}

function idClashIssue(rec: Recommendation, first: Recommendation, renamed: string, locate: Locate): Issue {
  const found = locate(rec, "text");
  const params = { id: rec.id, renamed, otherFile: first.source.file, otherSheet: first.source.sheet, otherRow: first.source.row };
  const issue = issueAt(rec.source, null, "error", "id.duplicate", params, { field: "text" });
  return { ...issue, cell: found?.cell ?? null, row: rec.source.row, recordId: renamed };
}

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/** The first record wins each single value it has; lists and sources are joined. */
export function mergeRecords(a: Recommendation, b: Recommendation): Recommendation {
  const filled = Object.fromEntries(
    (Object.keys(b) as (keyof Recommendation)[])
      .filter((k) => a[k] === null || a[k] === "")
      .map((k) => [k, b[k]]),
  ) as Partial<Recommendation>;
  return {
    ...a,
    ...filled,
    recommendingStates: union(a.recommendingStates, b.recommendingStates),
    themes: union(a.themes, b.themes),
    sdgGoals: [...new Set([...a.sdgGoals, ...b.sdgGoals])].sort((x, y) => x - y),
    sdgTargets: union(a.sdgTargets, b.sdgTargets),
    affectedPersons: union(a.affectedPersons, b.affectedPersons),
    institutions: union(a.institutions, b.institutions),
    extra: { ...b.extra, ...a.extra },
    asWritten: { ...b.asWritten, ...a.asWritten },
    activities: [...a.activities, ...b.activities],
    sources: [...a.sources, ...b.sources],
  };
}

/**
 * Activities read without an ID get one from their recommendation and their text, stable across re-imports.
 * The activities are this run's own objects (read just now), so their IDs are set in place.
 */
function withActivityIds(rec: Recommendation): Recommendation {
  if (rec.activities.every((a) => !a.id.startsWith("#"))) return rec;
  const taken = new Set(rec.activities.map((a) => a.id as string));
  for (const a of rec.activities) {
    if (!a.id.startsWith("#")) continue;
    const base = `${rec.id}/A-${hash53(textKey(a.text)).slice(-6)}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    a.id = id as ActivityId;
  }
  return rec;
}
