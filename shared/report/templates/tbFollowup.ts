/**
 * Treaty-body follow-up report: the paragraphs of concluding observations selected for follow-up, with the text,
 * the measures taken and the status. The tracker has no follow-up flag yet, so — as issue 5 allows — every
 * treaty-body recommendation in the selection is reported; narrow it with the filters (--mechanism, --cluster …).
 */
import { FIELD_LABELS } from "../../model/fields";
import type { Recommendation } from "../../model/tracker";
import type { ReportContext } from "../context";
import { bold, italic, paragraph, type Block } from "../documentModel";
import { groupHeading } from "../groupHeading";
import { groupRecords } from "../groupRecords";
import { opening } from "../overview";
import { activityBullets, labelled, referenceRun, statusRun } from "../recordRuns";
import { TREATY_BODIES, type Template } from "./template";

const paragraphBlocks = (rec: Recommendation, ctx: ReportContext): Block[] => [
  { kind: "heading", level: 3, runs: [referenceRun(rec, ctx)] },
  paragraph(italic(rec.text.trim() || ctx.say("report.missing.value"))),
  paragraph(bold(ctx.say("report.measuresTaken"))),
  activityBullets(rec, ctx),
  labelled(FIELD_LABELS.status[ctx.lang], statusRun(rec, ctx), ctx),
];

export const tbFollowup: Template = {
  mechanisms: TREATY_BODIES,
  defaultGroupBy: "mechanism",
  build: ({ records, ctx, groupBy }) => [
    ...opening(ctx.say("report.title.tb-followup"), records, ctx),
    ...groupRecords(records, groupBy, ctx.lang).flatMap((g) => [groupHeading(g), ...g.records.flatMap((r) => paragraphBlocks(r, ctx))]),
  ],
};
