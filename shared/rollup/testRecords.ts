/** Test builders: a complete Recommendation or Activity from only the fields a test cares about. */
import type { Activity, ActivityId, Recommendation, RecommendationId } from "../model/tracker";
import { emptyActivity, emptyRecommendation } from "../model/emptyRecommendation";

export function act(fields: Partial<Activity> = {}): Activity {
  return { ...emptyActivity(), id: "a1" as ActivityId, ...fields };
}

export function rec(fields: Partial<Recommendation> = {}): Recommendation {
  return { ...emptyRecommendation({ file: "t.xlsx", sheet: "S", row: 2 }), id: "r1" as RecommendationId, sources: [], ...fields };
}
