/** Custom section: the drafter's filters and grouping, and a table with the fields they chose, in their order. */
import type { Lang } from "../../model/codes";
import { FIELD_LABELS } from "../../model/fields";
import type { Recommendation } from "../../model/tracker";
import { YES_NO_LABELS } from "../../vocab/yesNo";
import type { ReportContext } from "../context";
import { text, type Block, type Run } from "../documentModel";
import { groupHeading } from "../groupHeading";
import { groupRecords } from "../groupRecords";
import { opening } from "../overview";
import { activityText, listRun, mechanismRun, missingInfo, notRecorded, optionalRun, positionRun, referenceRun, statusRun } from "../recordRuns";
import type { ReportField } from "../reportSpec";
import { formatDate, sayIn } from "../say";
import type { Template } from "./template";

export const DEFAULT_CUSTOM_FIELDS: readonly ReportField[] = ["reference", "text", "status", "institutions", "activities"];

const LABEL_FIELD: Readonly<Record<Exclude<ReportField, "activities">, keyof typeof FIELD_LABELS>> = {
  reference: "ref",
  text: "text",
  mechanism: "mechanism",
  recommendingStates: "recommendingStates",
  position: "response",
  status: "status",
  institutions: "institutions",
  deadline: "deadline",
  progress: "progress",
  themes: "themes",
  cluster: "cluster",
  followUp: "followUp",
  indicators: "indicators",
};

/** A column's heading in a custom section, and its name where the drafter picks the fields. */
export const reportFieldLabel = (field: ReportField, lang: Lang): string =>
  field === "activities" ? sayIn(lang)("report.activitiesAndResults") : FIELD_LABELS[LABEL_FIELD[field]][lang];

function cell(rec: Recommendation, field: ReportField, ctx: ReportContext): Run[] {
  switch (field) {
    case "reference": return [referenceRun(rec, ctx)];
    case "text": return [optionalRun(rec.text, ctx)];
    case "mechanism": return [mechanismRun(rec, ctx)];
    case "recommendingStates": return [listRun(rec.recommendingStates, ctx)];
    case "position": return [positionRun(rec, ctx)];
    case "status": return [statusRun(rec, ctx)];
    case "institutions": return [listRun(rec.institutions, ctx)];
    case "deadline": return [rec.deadline === null ? notRecorded(ctx) : text(formatDate(rec.deadline, ctx.lang))];
    case "progress": return [rec.progress === null ? notRecorded(ctx) : text(String(rec.progress))];
    case "themes": return [listRun(rec.themes, ctx)];
    case "cluster": return [optionalRun(rec.cluster, ctx)];
    case "followUp": return [rec.followUp === null ? notRecorded(ctx) : text(YES_NO_LABELS[rec.followUp ? "yes" : "no"][ctx.lang])];
    case "indicators": return [optionalRun(rec.indicators, ctx)];
    case "activities":
      return rec.activities.length === 0 ? [missingInfo(rec, ctx)] : [text(rec.activities.map((a) => activityText(a, ctx)).join(ctx.say("report.detailSeparator")))];
  }
}

const table = (records: readonly Recommendation[], fields: readonly ReportField[], ctx: ReportContext): Block => ({
  kind: "table",
  header: fields.map((f) => reportFieldLabel(f, ctx.lang)),
  rows: records.map((r) => fields.map((f) => cell(r, f, ctx))),
});

export const custom: Template = {
  mechanisms: null,
  defaultGroupBy: "none",
  build: ({ records, ctx, groupBy, fields }) => [
    ...opening(ctx.say("report.title.custom"), records, ctx),
    ...groupRecords(records, groupBy, ctx.lang).flatMap((g) => (groupBy === "none" ? [table(g.records, fields, ctx)] : [groupHeading(g), table(g.records, fields, ctx)])),
  ],
};
