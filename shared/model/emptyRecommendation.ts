/** A recommendation or activity with every field at its empty value: what readers fill in, column by column. */
import type { Activity, ActivityId, Recommendation, RecommendationId, SourceRef } from "./tracker";

export function emptyActivity(): Activity {
  return { id: "" as ActivityId, text: "", status: null, deadline: null, institution: null, asWritten: {}, source: null };
}

export function emptyRecommendation(source: SourceRef): Recommendation {
  return {
    id: "" as RecommendationId,
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
    followUp: null,
    indicators: null,
    extra: {},
    asWritten: {},
    activities: [],
    source,
    sources: [source],
  };
}
