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

/** A suggested label: its score (0–1) and the words of the text that triggered it. */
const suggested = <T extends z.ZodType>(value: T) => z.object({ value, score: z.number(), reason: z.array(z.string()) });

/**
 * What the engine suggests and nobody has accepted yet. Labels come from the analyzer (empty lists when analysis is
 * off); any other key is a field validation could not fill, with the canonical value it suggests (as in version 1).
 */
export const LabelSuggestionsJson = z.object({
  themes: z.array(suggested(z.string())),
  affectedPersons: z.array(suggested(z.string())),
  sdgGoals: z.array(suggested(z.number().int())),
  sdgTargets: z.array(suggested(z.string())),
  uprInfoIssues: z.array(suggested(z.string())),
  actionCategory: suggested(z.number().int()).nullable(),
  cluster: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type LabelSuggestionsJson = z.infer<typeof LabelSuggestionsJson>;
export const SuggestionsJson = LabelSuggestionsJson.catchall(z.string());
export type SuggestionsJson = z.infer<typeof SuggestionsJson>;

export const RelatedJson = z.object({ id: z.string(), score: z.number(), kind: z.enum(["repeat", "similar"]) });

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
  /** Selected for the treaty body's follow-up procedure; null when the tracker does not say. */
  followUp: z.boolean().nullable(),
  indicators: z.string().nullable(),
  activities: z.array(ActivityJson),
  source: SourceJson,
  sources: z.array(SourceJson),
  /** Source columns with no tracker field, by header. */
  extra: z.record(z.string(), z.string()),
  /** Values kept exactly as written because they could not be read with confidence, by field. */
  asWritten: z.record(z.string(), z.string()),
  suggestions: SuggestionsJson,
  /** Recommendations making the same ask ("repeat") or a close one ("similar"), best first; empty when analysis is off. */
  related: z.array(RelatedJson),
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
