/** Institution packs: plan one per institution, read a returned one, merge the answers into the tracker. */
export { planPack, packActivities, type PackOptions } from "./planPack";
export { readPack, type PackRead, type PackReadResult, type PackProblem } from "./readPack";
export { mergePacks, newActivityId, type Change, type Conflict, type MergeResult, type Rejection } from "./mergePacks";
export { institutionsOf, recordsOf } from "./selectRecords";
export { planPacks, type PlannedPack } from "./planPacks";
export { packFileName } from "./packFileName";
export { packToSourceFile } from "./packToSourceFile";
export type { PackPlan, PackSheetPlan, SheetProtection } from "./packPlan";
export type { PackMeta } from "./packInfo";
