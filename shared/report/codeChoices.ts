/** The mechanisms and statuses a report's filters can offer: those the tracker holds, in the vocabulary's order. */
import { Mechanism, RecommendationStatus } from "../model/codes";
import type { Recommendation } from "../model/tracker";
import { effectiveStatus } from "../rollup/deriveStatus";

export interface CodeChoices {
  readonly mechanisms: Mechanism[];
  /** Effective statuses, as the status filter compares them. */
  readonly statuses: RecommendationStatus[];
}

export function codeChoices(records: readonly Recommendation[]): CodeChoices {
  const mechanisms = new Set(records.map((r) => r.mechanism));
  const statuses = new Set(records.map((r) => effectiveStatus(r).status));
  return {
    mechanisms: Mechanism.options.filter((m) => mechanisms.has(m)),
    statuses: RecommendationStatus.options.filter((s) => statuses.has(s)),
  };
}
