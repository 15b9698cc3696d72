/** The tracker's records: recommendations with their activities, as every host stores and exchanges them. */
import { z } from "zod";
import { ActivityStatus, Mechanism, Position, RecommendationStatus } from "./codes";

/**
 * A date or a period, always as ISO-8601 text so it survives JSON, Apps Script and spreadsheets:
 * "2023-07-14" (a day), "2023-07" (a month), "2023-Q3" (a quarter), "2023-H2" (a half), "2023" (a year).
 */
export const DateOrPeriod = z.string().regex(/^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]))?$/);
export type DateOrPeriod = z.infer<typeof DateOrPeriod>;

export const RecommendationId = z.string().min(1).brand<"RecommendationId">();
export type RecommendationId = z.infer<typeof RecommendationId>;
export const ActivityId = z.string().min(1).brand<"ActivityId">();
export type ActivityId = z.infer<typeof ActivityId>;

/** Where a record came from: file, sheet and 1-based row as the user sees them. */
export const SourceRef = z.object({ file: z.string(), sheet: z.string(), row: z.number().int().positive() });
export type SourceRef = z.infer<typeof SourceRef>;

/**
 * Fields whose source value could not be mapped confidently: the value exactly as written, kept so that
 * nothing is silently guessed or lost (the canonical field then stays null and an issue says why).
 */
export const AsWritten = z.record(z.string(), z.string());
export type AsWritten = z.infer<typeof AsWritten>;

export const Activity = z.object({
  id: ActivityId,
  text: z.string(),
  status: ActivityStatus.nullable(),
  deadline: DateOrPeriod.nullable(),
  institution: z.string().nullable(),
  asWritten: AsWritten,
  source: SourceRef.nullable(),
});
export type Activity = z.infer<typeof Activity>;

/** A status set by a person over the one derived from activities, with the reason they gave. */
export const StatusOverride = z.object({ status: RecommendationStatus, reason: z.string() });
export type StatusOverride = z.infer<typeof StatusOverride>;

export const Recommendation = z.object({
  id: RecommendationId,
  /** The source's own number or code for it ("128.26", "REC-014", a UPR Info uid). */
  ref: z.string().nullable(),
  text: z.string(),
  mechanism: Mechanism.nullable(),
  /** Document symbol: "A/HRC/40/6", "CEDAW/C/PRY/CO/8". */
  symbol: z.string().nullable(),
  paragraph: z.string().nullable(),
  cycle: z.number().int().positive().nullable(),
  year: z.number().int().nullable(),
  recommendingStates: z.array(z.string()),
  response: Position.nullable(),
  status: RecommendationStatus.nullable(),
  statusOverride: StatusOverride.nullable(),
  themes: z.array(z.string()),
  sdgGoals: z.array(z.number().int().min(1).max(17)),
  sdgTargets: z.array(z.string()),
  affectedPersons: z.array(z.string()),
  institutions: z.array(z.string()),
  /** Percent, 0–100. */
  progress: z.number().min(0).max(100).nullable(),
  deadline: DateOrPeriod.nullable(),
  /** The cluster it is planned under: a cluster column, or the section row it sat under in the user's sheet. */
  cluster: z.string().nullable(),
  comments: z.string().nullable(),
  /** Selected for the treaty body's follow-up procedure (answered within one or two years); null when not recorded. */
  followUp: z.boolean().nullable(),
  /** How progress is measured, as the NMIRF wrote it (free text). */
  indicators: z.string().nullable(),
  /** Source columns the tracker has no field for, by their header: kept, never dropped. */
  extra: z.record(z.string(), z.string()),
  asWritten: AsWritten,
  activities: z.array(Activity),
  source: SourceRef,
  /** Every place this same recommendation was found (several sheets, several recommending States). */
  sources: z.array(SourceRef),
});
export type Recommendation = z.infer<typeof Recommendation>;

export const TRACKER_SCHEMA_VERSION = 1;
