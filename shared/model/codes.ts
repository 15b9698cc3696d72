/** The controlled codes of the tracker: three separate state unions, mechanisms and languages. */
import { z } from "zod";

/** Implementation status of a recommendation (what the State has done). */
export const RecommendationStatus = z.enum(["not_started", "in_progress", "partially_implemented", "implemented"]);
export type RecommendationStatus = z.infer<typeof RecommendationStatus>;

/** The State's position on a UPR recommendation; treaty bodies have none. */
export const Position = z.enum(["supported", "supported_in_part", "noted"]);
export type Position = z.infer<typeof Position>;

/** Progress of one activity. */
export const ActivityStatus = z.enum(["planned", "in_progress", "completed", "cancelled"]);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

export const Mechanism = z.enum([
  "UPR",
  "CCPR",
  "CESCR",
  "CAT",
  "SPT",
  "CEDAW",
  "CRC",
  "CERD",
  "CRPD",
  "CMW",
  "CED",
  "SP",
  "REGIONAL",
]);
export type Mechanism = z.infer<typeof Mechanism>;

export const Lang = z.enum(["en", "fr", "es", "ar", "pt", "ru", "zh"]);
export type Lang = z.infer<typeof Lang>;
export const LANGS: readonly Lang[] = Lang.options;

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;
