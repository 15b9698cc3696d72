/** The fixed layout of a pack: its editable fields, its columns by key, and the keys of its hidden info sheet. */

/** A1 of the info sheet: how a reader recognises a pack, whatever its language. */
export const PACK_MARKER = "nmirf.pack";
export const PACK_SCHEMA_VERSION = 1;

/** Fields a focal point may change on a recommendation row. */
export const REC_EDITABLE = ["status", "progress", "comments", "evidence"] as const;
/** Fields a focal point may change on an activity row. */
export const ACT_EDITABLE = ["activityStatus", "activityDeadline"] as const;
export type RecEditable = (typeof REC_EDITABLE)[number];
export type ActEditable = (typeof ACT_EDITABLE)[number];
export type PackField = RecEditable | ActEditable;

export const REC_COLUMNS = ["id", "ref", "mechanism", "symbol", "paragraph", "text", "institutions", "deadline", ...REC_EDITABLE] as const;
export const ACT_COLUMNS = ["id", "activityId", "activity", "activityInstitution", ...ACT_EDITABLE] as const;

/** Empty rows under the activities, where a focal point adds new ones. */
export const NEW_ACTIVITY_ROWS = 25;

/** Info-sheet keys, one a row in column A with the value in B. */
export const INFO = {
  schemaVersion: "schemaVersion",
  trackerId: "trackerId",
  institution: "institution",
  issuedAt: "issuedAt",
  deadline: "deadline",
  lang: "lang",
  focalPointCell: "focalPointCell",
  sheetRecommendations: "sheet:recommendations",
  sheetActivities: "sheet:activities",
  sheetInstructions: "sheet:instructions",
  checksum: "checksum",
  /** The row after which the per-row fingerprints start. */
  fingerprints: "fingerprints",
} as const;

/** Fingerprint rows: kind, recommendation ID, activity ID, then one hash per editable field. */
export const FINGERPRINT_REC = "rec";
export const FINGERPRINT_ACT = "act";

/** Where the focal point writes their name on the instructions sheet (0-based). */
export const FOCAL_POINT_CELL = { row: 6, col: 1 } as const;
