/** What a drafter asks for: template, language, filters, grouping and fields — the part of a section's tag that rebuilds it. */
import { z } from "zod";
import { Lang, Mechanism, RecommendationStatus } from "../model/codes";

export const TemplateId = z.enum(["upr-midterm", "tb-followup", "co-replies", "nap-annual", "custom"]);
export type TemplateId = z.infer<typeof TemplateId>;
export const TEMPLATES: readonly TemplateId[] = TemplateId.options;

export const GroupBy = z.enum(["theme", "cluster", "mechanism", "institution", "none"]);
export type GroupBy = z.infer<typeof GroupBy>;

/** Columns a custom section can show, in the order asked. */
export const ReportField = z.enum([
  "reference",
  "text",
  "mechanism",
  "recommendingStates",
  "position",
  "status",
  "institutions",
  "activities",
  "deadline",
  "progress",
  "themes",
  "cluster",
  "followUp",
  "indicators",
]);
export type ReportField = z.infer<typeof ReportField>;
export const REPORT_FIELDS: readonly ReportField[] = ReportField.options;

/** A period as two ISO days, both included. */
export const Period = z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });
export type Period = z.infer<typeof Period>;

/** Every filter is optional; text filters compare folded (case, accents and spacing ignored). */
export const ReportFilters = z
  .object({
    mechanism: z.array(Mechanism).optional(),
    cycle: z.number().int().positive().optional(),
    cluster: z.string().optional(),
    theme: z.string().optional(),
    institution: z.string().optional(),
    status: RecommendationStatus.optional(),
    period: Period.optional(),
  })
  .strict();
export type ReportFilters = z.infer<typeof ReportFilters>;

export const ReportSpec = z
  .object({
    template: TemplateId,
    lang: Lang,
    filters: ReportFilters,
    groupBy: GroupBy.optional(),
    fields: z.array(ReportField).optional(),
    /** A snapshot's date (ISO day): the section then ends with the changes of status since it. */
    since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    /** The tracker's data date (ISO day), so a refresh can say what changed since. */
    dataDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })
  .strict();
export type ReportSpec = z.infer<typeof ReportSpec>;
