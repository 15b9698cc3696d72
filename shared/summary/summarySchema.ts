/**
 * The versioned JSON summary `nmirf track --json` writes for automation. Unknown values are null, never absent.
 * Version 1; a change that removes or retypes a field bumps SUMMARY_SCHEMA_VERSION.
 */
import { z } from "zod";
import { ActivityStatus, Lang, Mechanism, Position, RecommendationStatus, Severity } from "../model/codes";

export const SUMMARY_SCHEMA_VERSION = 1;

const SourceJson = z.object({ file: z.string(), sheet: z.string(), row: z.number().int() });

export const ActivityJson = z.object({
  id: z.string(),
  text: z.string(),
  status: ActivityStatus.nullable(),
  deadline: z.string().nullable(),
  institution: z.string().nullable(),
});

export const RecommendationJson = z.object({
  id: z.string(),
  ref: z.string().nullable(),
  text: z.string(),
  mechanism: Mechanism.nullable(),
  symbol: z.string().nullable(),
  paragraph: z.string().nullable(),
  cycle: z.number().int().nullable(),
  year: z.number().int().nullable(),
  recommendingStates: z.array(z.string()),
  response: Position.nullable(),
  status: RecommendationStatus.nullable(),
  statusBasis: z.enum(["override", "activities", "recorded", "none"]),
  statusOverrideReason: z.string().nullable(),
  themes: z.array(z.string()),
  sdgGoals: z.array(z.number().int()),
  sdgTargets: z.array(z.string()),
  affectedPersons: z.array(z.string()),
  institutions: z.array(z.string()),
  progress: z.number().nullable(),
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  cluster: z.string().nullable(),
  comments: z.string().nullable(),
  activities: z.array(ActivityJson),
  source: SourceJson,
  sources: z.array(SourceJson),
  /** Source columns with no tracker field, by header. */
  extra: z.record(z.string(), z.string()),
  /** Values kept exactly as written because they could not be read with confidence, by field. */
  asWritten: z.record(z.string(), z.string()),
  /** What the engine suggests for fields it did not fill, by field (a canonical code or value). */
  suggestions: z.record(z.string(), z.string()),
});
export type RecommendationJson = z.infer<typeof RecommendationJson>;

export const IssueJson = z.object({
  severity: Severity,
  code: z.string(),
  message: z.string(),
  file: z.string(),
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  row: z.number().int().nullable(),
  recordId: z.string().nullable(),
  field: z.string().nullable(),
  suggestion: z.string().nullable(),
});

const RollupRowJson = z.object({
  key: z.string(),
  counts: z.record(z.string(), z.number()),
  total: z.number(),
  overdue: z.number(),
  implementedShare: z.number(),
});

export const SummaryJson = z.object({
  schemaVersion: z.literal(SUMMARY_SCHEMA_VERSION),
  generatedAt: z.string(),
  lang: Lang,
  asOf: z.string(),
  recommendations: z.array(RecommendationJson),
  issues: z.array(IssueJson),
  rollups: z.object({
    asOf: z.string(),
    total: RollupRowJson,
    tables: z.array(z.object({ dimension: z.string(), rows: z.array(RollupRowJson) })),
  }),
  mapping: z.array(
    z.object({
      file: z.string(),
      sheet: z.string(),
      kind: z.string(),
      headerRow: z.number().int().nullable(),
      columns: z.array(
        z.object({ column: z.string(), header: z.string(), field: z.string().nullable(), confidence: z.number(), basis: z.string() }),
      ),
    }),
  ),
  diff: z
    .object({
      added: z.array(z.string()),
      changed: z.array(z.object({ id: z.string(), fields: z.array(z.string()) })),
      unchanged: z.array(z.string()),
      missing: z.array(z.string()),
    })
    .nullable(),
});
export type SummaryJson = z.infer<typeof SummaryJson>;
