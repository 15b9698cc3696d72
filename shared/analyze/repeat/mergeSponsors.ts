/**
 * One recommendation made by several States, found as several records (one row per recommending State in a
 * source the importer could not key that way, see track's reviewKey), becomes one record listing every State.
 */
import { mergeRecords } from "../../import/identify";
import type { Recommendation } from "../../model/tracker";
import { textKey } from "../../vocab/text";
import { reviewedState, reviewOf } from "./reviewOf";

export interface SponsorMerge {
  readonly records: Recommendation[];
  /** ID of each record merged away → the ID of the record it joined. */
  readonly mergedInto: Map<string, string>;
}

/** Same text, same review, same State under review and no conflicting paragraph: the first record absorbs the others. */
export function mergeSponsors(records: readonly Recommendation[]): SponsorMerge {
  const at = new Map<string, number>();
  const out: Recommendation[] = [];
  const mergedInto = new Map<string, string>();
  for (const rec of records) {
    const key = rec.text.trim() === "" ? null : `${reviewOf(rec)}|${rec.year ?? ""}|${reviewedState(rec) ?? ""}|${textKey(rec.text)}`;
    const position = key === null ? undefined : at.get(key);
    const first = position === undefined ? undefined : out[position];
    if (key === null || position === undefined || !first || conflicting(first, rec)) {
      if (key !== null && position === undefined) at.set(key, out.length);
      out.push(rec);
      continue;
    }
    out[position] = mergeRecords(first, rec);
    mergedInto.set(rec.id, first.id);
  }
  return { records: out, mergedInto };
}

/** Two numbered paragraphs are two recommendations, even with the same words. */
const conflicting = (a: Recommendation, b: Recommendation): boolean => a.paragraph !== null && b.paragraph !== null && a.paragraph !== b.paragraph;
