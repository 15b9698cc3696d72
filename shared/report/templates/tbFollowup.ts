/**
 * Treaty-body follow-up report: the paragraphs of concluding observations selected for follow-up (the tracker's
 * follow-up flag) with their text, the measures taken, the status and the indicators. When the selection marks no
 * paragraph, every treaty-body recommendation in it is reported; narrow it with the filters (--mechanism, --cluster …).
 */
import { FIELD_LABELS } from "../../model/fields";
import type { Recommendation } from "../../model/tracker";
import type { ReportContext } from "../context";
import { bold, italic, paragraph, type Block } from "../documentModel";
import { groupHeading } from "../groupHeading";
import { groupRecords } from "../groupRecords";
import { opening } from "../overview";
import { activityBullets, labelled, optionalRun, referenceRun, statusRun } from "../recordRuns";
import { TREATY_BODIES, type Template } from "./template";

const paragraphBlocks = (rec: Recommendation, ctx: ReportContext): Block[] => [
  { kind: "heading", level: 3, runs: [referenceRun(rec, ctx)] },
  paragraph(italic(rec.text.trim() || ctx.say("report.missing.value"))),
  paragraph(bold(ctx.say("report.measuresTaken"))),
  activityBullets(rec, ctx),
  labelled(FIELD_LABELS.status[ctx.lang], statusRun(rec, ctx), ctx),
  labelled(FIELD_LABELS.indicators[ctx.lang], optionalRun(rec.indicators, ctx), ctx),
];

/** The paragraphs marked for follow-up; all of them when none is marked (a tracker that does not keep the flag). */
function followUpParagraphs(records: readonly Recommendation[]): readonly Recommendation[] {
  const flagged = records.filter((r) => r.followUp === true);
  return flagged.length > 0 ? flagged : records;
}

export const tbFollowup: Template = {
  mechanisms: TREATY_BODIES,
  defaultGroupBy: "mechanism",
  keep: followUpParagraphs,
  build: ({ records, ctx, groupBy }) => [
    ...opening(ctx.say("report.title.tb-followup"), records, ctx),
    ...groupRecords(records, groupBy, ctx.lang).flatMap((g) => [groupHeading(g), ...g.records.flatMap((r) => paragraphBlocks(r, ctx))]),
  ],
};
