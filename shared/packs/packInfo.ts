/** The pack's hidden info sheet: what the pack is, for whom, when, and a fingerprint of every editable value as sent. */
import type { Lang } from "../model/codes";
import type { Recommendation } from "../model/tracker";
import type { PlanCell } from "../workbook/plan";
import { checksum, fingerprint } from "./fingerprint";
import { ACT_EDITABLE, FINGERPRINT_ACT, FINGERPRINT_REC, FOCAL_POINT_CELL, INFO, PACK_MARKER, PACK_SCHEMA_VERSION, REC_EDITABLE } from "./packLayout";
import type { PackSheetRole } from "./packPlan";
import type { PackActivity } from "./packSheets";
import { actValue, recValue } from "./packValues";
import { cellAddress } from "../grid/address";

export interface PackMeta {
  readonly schemaVersion: number;
  readonly trackerId: string;
  readonly institution: string;
  readonly issuedAt: string;
  readonly deadline: string | null;
  readonly lang: Lang;
}

/** Every line except the checksum's, which is computed over them. */
export function infoLines(meta: PackMeta, names: Readonly<Record<PackSheetRole, string>>, recs: readonly Recommendation[], acts: readonly PackActivity[]): string[][] {
  return [
    [INFO.schemaVersion, String(PACK_SCHEMA_VERSION)],
    [INFO.trackerId, meta.trackerId],
    [INFO.institution, meta.institution],
    [INFO.issuedAt, meta.issuedAt],
    [INFO.deadline, meta.deadline ?? ""],
    [INFO.lang, meta.lang],
    [INFO.focalPointCell, cellAddress(FOCAL_POINT_CELL.row, FOCAL_POINT_CELL.col)],
    [INFO.sheetRecommendations, names.recommendations],
    [INFO.sheetActivities, names.activities],
    [INFO.sheetInstructions, names.instructions],
    [INFO.fingerprints, "kind", "recordId", "activityId", ...REC_EDITABLE.map((f) => `${FINGERPRINT_REC}:${f}`), ...ACT_EDITABLE.map((f) => `${FINGERPRINT_ACT}:${f}`)],
    ...recs.map((r) => [FINGERPRINT_REC, r.id, "", ...REC_EDITABLE.map((f) => fingerprint(f, recValue(r, f)))]),
    ...acts.map((a) => [FINGERPRINT_ACT, a.recordId, a.activity.id, ...ACT_EDITABLE.map((f) => fingerprint(f, actValue(a.activity, f)))]),
  ];
}

/** The sheet's rows: the marker, the checksum, then the lines it covers. */
export function infoValues(lines: readonly string[][]): PlanCell[][] {
  return [[PACK_MARKER], [INFO.checksum, checksum(lines)], ...lines.map((l) => [...l])];
}
