/** The public API of status rollups: derivation rule, effective status, overdue and the rollup tables. */
export {
  deriveStatus,
  STATUS_DERIVATION_RULE,
  effectiveStatus,
  statusDisagreement,
  type EffectiveStatus,
  type StatusBasis,
  type StatusDisagreement,
} from "./deriveStatus";
export { hasPassedDeadline, isOverdue } from "./overdue";
export { periodEnd } from "./periodEnd";
export { rollup, type RollupOptions } from "./rollup";
export {
  ROLLUP_DIMENSIONS,
  type RollupDimension,
  type RollupRow,
  type RollupTable,
  type Rollups,
  type StatusKey,
} from "./types";
