/** The analyzer's public surface: tag suggestions for recommendations, and the pieces to build or measure a model. */
export { suggestTags, type Suggestion, type Suggestions, type TaggableRecommendation } from "./suggestTags";
export { createAnalyzer, type Analyzer } from "./analyzer";
export { defaultAnalyzer } from "./defaultAnalyzer";
export { fitAnalyzeModel, DEFAULT_FIT, type Corpus, type FitInput, type FitOptions } from "./fit";
export type { AnalyzeModelData } from "./modelData";
export type { Prediction } from "./linear";
export { themeLabel } from "./themeLabel";
export { affectedPersonLabel } from "./affectedPersonLabel";
