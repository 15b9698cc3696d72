/** Clusters and tags: review the engine's suggestions, reshape the clusters, and write the decisions into the tracker. */
export { reviewSuggestions, trackerClusterId } from "./reviewSuggestions";
export { acceptSuggestions } from "./acceptSuggestions";
export { mergeClusters, splitCluster, renameCluster, clusterDecisions } from "./editClusters";
export { choiceKey, tagsOfKind, keysAtLeast, tagDecisions } from "./tagChoices";
export { TAG_KINDS } from "../../track/decidedSuggestions";
export type * from "./types";
