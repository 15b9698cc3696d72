/** What the Clusters and tags view shows and sends back: the engine's suggestions, and the user's decisions on them. */
import type { RelationKind } from "../../analyze/repeat";
import type { TagKind } from "../../track/decidedSuggestions";
import type { RunMeta } from "../convert";
import type { SourceFile } from "../../grid/grid";

export type { TagKind };

export interface ReviewRequest extends RunMeta {
  readonly workbook: SourceFile;
}

export interface RelatedRecommendation {
  readonly id: string;
  readonly text: string;
  readonly score: number;
  readonly kind: RelationKind;
}

export interface ClusterMember {
  readonly id: string;
  readonly text: string;
  /** The cluster the tracker has it under now. */
  readonly cluster: string | null;
  /** Its repeats and near-repeats elsewhere in the tracker, best first. */
  readonly related: readonly RelatedRecommendation[];
}

export interface ReviewCluster {
  /** A suggested cluster's stable ID; "tracker:" + name for a cluster the tracker already has; "split:…" for one split off in the view. */
  readonly id: string;
  readonly name: string;
  /** The tracker's own cluster, one the engine suggests, or one the user merged or split in the view. */
  readonly origin: "tracker" | "suggested" | "edited";
  readonly members: readonly ClusterMember[];
}

export interface TagChoice {
  readonly kind: TagKind;
  /** As the tracker stores it; an SDG goal's number as text. */
  readonly value: string;
  readonly score: number;
  /** The words of the text that triggered it. */
  readonly reason: readonly string[];
}

export interface TagReview {
  readonly id: string;
  readonly text: string;
  readonly choices: readonly TagChoice[];
}

export interface SuggestionReview {
  readonly clusters: readonly ReviewCluster[];
  /** The recommendations with open tag suggestions, most confident first. */
  readonly tags: readonly TagReview[];
}

export interface ClusterDecision {
  readonly name: string;
  readonly members: readonly string[];
}

export interface TagDecision {
  readonly id: string;
  readonly kind: TagKind;
  readonly value: string;
  readonly accept: boolean;
}

export interface Decisions {
  /** Written in the members' Cluster column, under the name chosen. */
  readonly clusters: readonly ClusterDecision[];
  /** Suggested clusters not to suggest again. */
  readonly rejectedClusters: readonly string[];
  readonly tags: readonly TagDecision[];
}
