/** The public API of shared/vocab: normalising the free-text values and headers of NMIRF spreadsheets. */
export { fold, looseKey, editDistance, splitList } from "./text";
export type { Match } from "./match";
export {
  parseRecommendationStatus,
  parsePosition,
  parseActivityStatus,
  RECOMMENDATION_STATUS_SYNONYMS,
  POSITION_SYNONYMS,
  ACTIVITY_STATUS_SYNONYMS,
} from "./status";
export {
  parseMechanism,
  mechanismFromSymbol,
  parseUprSession,
  cycleFromUprSession,
  cycleFromYear,
  MECHANISM_SYNONYMS,
} from "./mechanism";
export { parseSdg, type SdgResult } from "./sdg";
export { parseDateValue, serialToIso, isoToSerial, periodEnd, periodStart, type DateResult } from "./dates";
export { parseProgress, type ProgressResult } from "./progress";
export {
  parseInstitutions,
  parseAliasTable,
  GENERIC_INSTITUTION_ALIASES,
  type AliasTable,
  type AliasTableError,
  type AliasTableErrorCode,
} from "./institutions";
export { matchHeader, HEADER_SYNONYMS, IGNORED_HEADERS, type HeaderMatch } from "./headers";
export {
  RECOMMENDATION_STATUS_LABELS,
  POSITION_LABELS,
  ACTIVITY_STATUS_LABELS,
  MECHANISM_LABELS,
  label,
} from "./labels";
