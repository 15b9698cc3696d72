/** Which recommendations belong in an institution's pack, and which institutions a tracker names. */
import type { Recommendation } from "../model/tracker";

const names = (rec: Recommendation): string[] => [...rec.institutions, ...rec.activities.flatMap((a) => (a.institution === null ? [] : [a.institution]))];

/** A recommendation is the institution's when it is named responsible or leads one of its activities. */
export const concerns = (rec: Recommendation, institution: string): boolean => names(rec).includes(institution);

export const recordsOf = (records: readonly Recommendation[], institution: string): Recommendation[] => records.filter((r) => concerns(r, institution));

/** Every institution named in the tracker, sorted, each once. */
export function institutionsOf(records: readonly Recommendation[]): string[] {
  const all = new Set<string>();
  for (const rec of records) for (const name of names(rec)) if (name.trim() !== "") all.add(name);
  return [...all].sort((a, b) => a.localeCompare(b));
}
