/** Where a recommendation was made, as far as its record says: the State under review and the review itself. */
import type { Recommendation } from "../../model/tracker";
import { fold } from "../../vocab/text";

// Source columns naming the State under review that the tracker keeps as extra columns (UPR Info, UHRI exports).
const REVIEWED_STATE_HEADERS = new Set(["state_under_review", "state under review", "to", "countries concerned", "country concerned"]);

/** The State under review, folded, when a source column names it. */
export function reviewedState(rec: Pick<Recommendation, "extra">): string | null {
  for (const [header, value] of Object.entries(rec.extra)) if (REVIEWED_STATE_HEADERS.has(fold(header)) && value.trim() !== "") return fold(value.trim());
  return null;
}

/** The review it was made in: mechanism, document and cycle (unknown parts empty). */
export const reviewOf = (rec: Pick<Recommendation, "mechanism" | "symbol" | "cycle">): string => `${rec.mechanism ?? ""}|${rec.symbol ?? ""}|${rec.cycle ?? ""}`;
