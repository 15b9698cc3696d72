/** The records as the reader builds them: every field at its empty value, filled column by column. */
import type { Activity, Recommendation, SourceRef } from "../../model/tracker";
import { emptyActivity, emptyRecommendation } from "../../model/emptyRecommendation";

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface RecommendationDraft {
  readonly record: Mutable<Recommendation>;
  /** The Status-set-by-hand reason, settled into statusOverride once the status column is read. */
  reason: string | null;
}

export interface ActivityDraft {
  readonly activity: Mutable<Activity>;
  /** The Tracker ID of the recommendation it belongs to. */
  trackerId: string;
}




const PLACEHOLDER: SourceRef = { file: "", sheet: "", row: 1 };
export const scratchRecommendation = (): RecommendationDraft => ({ record: emptyRecommendation(PLACEHOLDER), reason: null });
export const scratchActivity = (): ActivityDraft => ({ activity: emptyActivity(), trackerId: "" });

/** Sets an own property even for keys like "__proto__", which headers and as-written keys may be. */
export function setOwn(target: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
