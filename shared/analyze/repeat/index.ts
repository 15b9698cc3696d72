/** Repeat detection: links between recommendations that make the same ask, and one record per multi-sponsor recommendation. */
export { linkRepeats, REPEAT_DEFAULTS, type Related, type RelationKind, type RepeatItem, type RepeatOptions } from "./linkRepeats";
export { mergeSponsors, type SponsorMerge } from "./mergeSponsors";
export { reviewedState, reviewOf } from "./reviewOf";
