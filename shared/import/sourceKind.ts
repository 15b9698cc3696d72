/** Recognises what produced a table (a UHRI export, a UPR Info export, an OHCHR matrix, or a person). */
import type { Field } from "../model/fields";
import type { Mechanism } from "../model/codes";
import { fold } from "../vocab/text";

export type SourceKind = "uhri" | "uhriJson" | "uprInfo" | "uprInfoRaw" | "ohchrMatrix" | "own";

export interface SourceProfile {
  readonly kind: SourceKind;
  /** Headers this source always spells the same way, folded, with the field each one holds (null = keep as extra). */
  readonly columns: Readonly<Record<string, Field | null>>;
  /** Every row of the source is from this mechanism unless a column says otherwise. */
  readonly mechanism: Mechanism | null;
  /** Fields whose multi-values this source separates with commas. */
  readonly commaLists: readonly Field[];
  /** The paragraph number is written at the start of the text ("128.26. Endeavour to …"). */
  readonly paragraphInText: boolean;
  /** Rows are one per recommending State: rows with the same text in the same review are one recommendation. */
  readonly rowPerRecommendingState: boolean;
  /** The header (folded) naming the State under review, part of the key when rows are per recommending State. */
  readonly reviewedState: string | null;
}

const UHRI: SourceProfile = {
  kind: "uhri",
  columns: {
    text: "text",
    "countries concerned": null,
    "reccomending body": "mechanism",
    "recommending body": "mechanism",
    "document symbol": "symbol",
    themes: "themes",
    "affected persons": "affectedPersons",
    sdgs: "sdg",
    "document publication date": "date",
    "upr reccomending states": "recommendingStates",
    "upr recommending states": "recommendingStates",
    "upr position": "response",
    type: null,
    "ohchr annotation id": "id",
    "upr session": "session",
    "regions concerned": null,
    "recommending regions": null,
    "date of publication on uhri": null,
  },
  mechanism: null,
  commaLists: [],
  paragraphInText: true,
  rowPerRecommendingState: false,
  reviewedState: null,
};

/** UHRI's bulk data as JSON records (field names of the bulk export, as scrapers keep them). */
const UHRI_JSON: SourceProfile = {
  kind: "uhriJson",
  columns: {
    _id: "id",
    text: "text",
    symbol: "symbol",
    body: "mechanism",
    themes: "themes",
    sdgs: "sdg",
    affected_persons: "affectedPersons",
    upr_cycle: "cycle",
    upr_recommending_country: "recommendingStates",
    date: "date",
    title: null,
    url: null,
    countries: null,
    regions: null,
    annotation_type: null,
    _source: null,
    _type: null,
    _fetched_at: null,
  },
  mechanism: null,
  commaLists: [],
  paragraphInText: true,
  rowPerRecommendingState: false,
  reviewedState: null,
};

const UPR_INFO: SourceProfile = {
  kind: "uprInfo",
  columns: {
    uid: "ref",
    state_under_review: null,
    sur_regional_group: null,
    sur_organisations: null,
    text: "text",
    recommending_state: "recommendingStates",
    rs_regional_group: null,
    rs_organisations: null,
    response: "response",
    action_category: null,
    issues: "themes",
    session: "session",
    cycle: "cycle",
    review_year: "year",
    source_file: null,
    source_row: null,
  },
  mechanism: "UPR",
  commaLists: [],
  paragraphInText: false,
  rowPerRecommendingState: true,
  reviewedState: "state_under_review",
};

const UPR_INFO_RAW: SourceProfile = {
  kind: "uprInfoRaw",
  columns: {
    to: null,
    "to-rgrp": null,
    "to-org": null,
    text: "text",
    from: "recommendingStates",
    "from-rgrp": null,
    "from-org": null,
    response: "response",
    action: null,
    issue: "themes",
    session: "session",
  },
  mechanism: "UPR",
  commaLists: ["themes"],
  paragraphInText: false,
  rowPerRecommendingState: true,
  reviewedState: "to",
};

const OHCHR_MATRIX: SourceProfile = {
  kind: "ohchrMatrix",
  columns: {
    uid: "ref",
    state_under_review: null,
    cycle: "cycle",
    session: "session",
    year: "year",
    wg_report: "symbol",
    rec_id: "paragraph",
    text: "text",
    recommending_states: "recommendingStates",
    recommending_state: "recommendingStates",
    position: "response",
    source_of_position: null,
    section_theme: "cluster",
    themes: "themes",
    affected_persons: "affectedPersons",
    sdg_goals: "sdg",
  },
  mechanism: "UPR",
  commaLists: [],
  paragraphInText: false,
  rowPerRecommendingState: true,
  reviewedState: "state_under_review",
};

export const OWN_TRACKER: SourceProfile = {
  kind: "own",
  columns: {},
  mechanism: null,
  commaLists: [],
  paragraphInText: false,
  rowPerRecommendingState: false,
  reviewedState: null,
};

/** Each known source with the headers that, all present, identify it. */
const SIGNATURES: ReadonlyArray<readonly [SourceProfile, readonly (readonly string[])[]]> = [
  [UHRI, [["ohchr annotation id"], ["reccomending body", "document symbol"], ["recommending body", "document symbol", "upr position"]]],
  [UHRI_JSON, [["_id", "symbol", "body", "annotation_type"]]],
  [UPR_INFO, [["state_under_review", "recommending_state", "action_category"]]],
  [OHCHR_MATRIX, [["rec_id", "wg_report"]]],
  [UPR_INFO_RAW, [["to", "from", "text", "response", "session"]]],
];

export function recogniseSource(headers: readonly string[]): SourceProfile {
  const present = new Set(headers.map((h) => fold(h)));
  for (const [profile, alternatives] of SIGNATURES) {
    if (alternatives.some((needed) => needed.every((h) => present.has(fold(h))))) return profile;
  }
  return OWN_TRACKER;
}

const FOLDED_COLUMNS = new Map<SourceProfile, ReadonlyMap<string, Field | null>>();

/** The field a known source's header holds: undefined when the source does not know the header. */
export function sourceField(profile: SourceProfile, header: string): Field | null | undefined {
  let columns = FOLDED_COLUMNS.get(profile);
  if (!columns) FOLDED_COLUMNS.set(profile, (columns = new Map(Object.entries(profile.columns).map(([h, f]) => [fold(h), f]))));
  return columns.get(fold(header));
}

const KNOWN_HEADERS: ReadonlySet<string> = new Set(
  SIGNATURES.flatMap(([profile]) => Object.keys(profile.columns).map((h) => fold(h))),
);

/** Whether a header is one a known export always uses (used to find the header row of an export). */
export const isKnownSourceHeader = (header: string): boolean => KNOWN_HEADERS.has(fold(header));
