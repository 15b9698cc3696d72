/** Clustering of recommendations for planning: the similarity index, the clusters, and people's edits to them. */
export { similarityVector } from "./similarityVector";
export type { SortedVector } from "./sortedVector";
export { textIndex, type TextIndex } from "./textIndex";
export { clusterRecords, type Cluster, type ClusterItem, type Clustering, type ClusterOptions } from "./clusterRecords";
export type { ClusterEdits } from "./clusterEdits";
export type { Neighbour, NeighbourGraph, NeighbourOptions } from "./neighbours";
