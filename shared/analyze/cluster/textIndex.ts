/** The similarity index clustering and repeat detection share: corpus vectors of the texts and each text's nearest neighbours. */
import type { SortedVector } from "./sortedVector";
import { nearestNeighbours, NEIGHBOUR_DEFAULTS, type NeighbourGraph, type NeighbourOptions } from "./neighbours";

export interface TextIndex {
  /** Each text's similarity vector (see similarityVector). */
  readonly vectors: readonly SortedVector[];
  readonly graph: NeighbourGraph;
}

/**
 * `vectors` are the texts' similarity vectors; `groups` (the State under review, when known) keep common asks
 * findable within each State, see nearestNeighbours.
 */
export function textIndex(vectors: readonly SortedVector[], groups: readonly (string | null)[] | null = null, opts: NeighbourOptions = NEIGHBOUR_DEFAULTS): TextIndex {
  return { vectors, graph: nearestNeighbours(vectors, groups, opts) };
}
