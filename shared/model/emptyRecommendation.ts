/** A recommendation with every field at its empty value: what readers fill in, column by column. */
import type { Recommendation, RecommendationId, SourceRef } from "./tracker";

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
    extra: {},
    asWritten: {},
    activities: [],
    source,
    sources: [source],
  };
}
