/**
 * National action plan annual report: per area (the tracker's clusters), a table of the activities with the
 * recommendation they answer, the responsible institution, the deadline and their progress.
 */
import { FIELD_LABELS } from "../../model/fields";
import type { Recommendation } from "../../model/tracker";
import { ACTIVITY_STATUS_LABELS } from "../../vocab/labels";
import type { ReportContext } from "../context";
import { text, type Block, type Run } from "../documentModel";
import { groupHeading } from "../groupHeading";
import { groupRecords } from "../groupRecords";
import { opening } from "../overview";
import { listRun, missingInfo, notRecorded, optionalRun, referenceRun, statusRun } from "../recordRuns";
import { formatDate } from "../say";
import type { Template } from "./template";

function activityRows(rec: Recommendation, ctx: ReportContext): Run[][][] {
  const reference = [referenceRun(rec, ctx)];
  if (rec.activities.length === 0) return [[reference, [missingInfo(rec, ctx)], [listRun(rec.institutions, ctx)], [notRecorded(ctx)], [statusRun(rec, ctx)]]];
  return rec.activities.map((a) => [
    reference,
    [optionalRun(a.text, ctx)],
    [a.institution ? text(a.institution) : listRun(rec.institutions, ctx)],
    [a.deadline === null ? notRecorded(ctx) : text(formatDate(a.deadline, ctx.lang))],
    [a.status === null ? notRecorded(ctx) : text(ACTIVITY_STATUS_LABELS[a.status][ctx.lang])],
  ]);
}

function areaTable(records: readonly Recommendation[], ctx: ReportContext): Block {
  const label = (field: "ref" | "activity" | "activityInstitution" | "activityDeadline" | "activityStatus"): string => FIELD_LABELS[field][ctx.lang];
  return {
    kind: "table",
    header: [label("ref"), label("activity"), label("activityInstitution"), label("activityDeadline"), label("activityStatus")],
    rows: records.flatMap((r) => activityRows(r, ctx)),
  };
}

export const napAnnual: Template = {
  mechanisms: null,
  defaultGroupBy: "cluster",
  build: ({ records, ctx, groupBy }) => [
    ...opening(ctx.say("report.title.nap-annual"), records, ctx),
    ...groupRecords(records, groupBy, ctx.lang).flatMap((g) => [groupHeading(g), areaTable(g.records, ctx)]),
  ],
};
