/**
 * UPR mid-term report: by cluster or theme, each recommendation with its reference and recommending States, the
 * State's position, the implementation status, and the activities with what they achieved.
 */
import { FIELD_LABELS } from "../../model/fields";
import type { Recommendation } from "../../model/tracker";
import type { ReportContext } from "../context";
import { bold, italic, paragraph, type Block } from "../documentModel";
import { groupHeading } from "../groupHeading";
import { groupRecords } from "../groupRecords";
import { opening } from "../overview";
import { activityBullets, labelled, listRun, positionRun, referenceRun, statusRun } from "../recordRuns";
import type { Template } from "./template";

function recommendationBlocks(rec: Recommendation, ctx: ReportContext): Block[] {
  const label = (field: keyof typeof FIELD_LABELS): string => FIELD_LABELS[field][ctx.lang];
  return [
    { kind: "heading", level: 3, runs: [referenceRun(rec, ctx)] },
    paragraph(italic(rec.text.trim() || ctx.say("report.missing.value"))),
    labelled(label("recommendingStates"), listRun(rec.recommendingStates, ctx), ctx),
    labelled(label("response"), positionRun(rec, ctx), ctx),
    labelled(label("status"), statusRun(rec, ctx), ctx),
    paragraph(bold(ctx.say("report.activitiesAndResults"))),
    activityBullets(rec, ctx),
  ];
}

export const uprMidterm: Template = {
  mechanisms: ["UPR"],
  defaultGroupBy: "cluster",
  build: ({ records, ctx, groupBy }) => [
    ...opening(ctx.say("report.title.upr-midterm"), records, ctx),
    ...groupRecords(records, groupBy, ctx.lang).flatMap((g) => [groupHeading(g), ...g.records.flatMap((r) => recommendationBlocks(r, ctx))]),
  ],
};
