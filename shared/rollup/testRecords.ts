/** Test builders: a complete Recommendation or Activity from only the fields a test cares about. */
import type { Activity, ActivityId, Recommendation, RecommendationId } from "../model/tracker";

export function act(fields: Partial<Activity> = {}): Activity {
  return {
    id: "a1" as ActivityId,
    text: "",
    status: null,
    deadline: null,
    institution: null,
    asWritten: {},
    source: null,
    ...fields,
  };
}

export function rec(fields: Partial<Recommendation> = {}): Recommendation {
  return {
    id: "r1" as RecommendationId,
    ref: null,
    text: "",
    mechanism: null,
    symbol: null,
    paragraph: null,
    cycle: null,
    year: null,
    recommendingStates: [],
    response: null,
    status: null,
    statusOverride: null,
    themes: [],
    sdgGoals: [],
    sdgTargets: [],
    affectedPersons: [],
    institutions: [],
    progress: null,
    deadline: null,
    cluster: null,
    comments: null,
    extra: {},
    asWritten: {},
    activities: [],
    source: { file: "t.xlsx", sheet: "S", row: 2 },
    sources: [],
    ...fields,
  };
}
