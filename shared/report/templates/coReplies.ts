/**
 * Replies to the previous concluding observations, the section of a periodic report: per treaty body, a reply to
 * each paragraph written as prose ("The following measures have been taken: …") rather than as labelled fields.
 */
import { FIELD_LABELS } from "../../model/fields";
import type { Recommendation } from "../../model/tracker";
import type { ReportContext } from "../context";
import { italic, paragraph, placeholder, text, type Block } from "../documentModel";
import { groupHeading } from "../groupHeading";
import { groupRecords } from "../groupRecords";
import { opening } from "../overview";
import { formatReference } from "../reference";
import { activityBullets, labelled, statusRun } from "../recordRuns";
import { TREATY_BODIES, type Template } from "./template";

function replyBlocks(rec: Recommendation, ctx: ReportContext): Block[] {
  const reference = formatReference(rec, ctx.lang);
  const title = reference === null ? placeholder(ctx.say("report.missing.reference")) : text(ctx.say("report.replyHeading", { reference }));
  return [
    { kind: "heading", level: 3, runs: [title] },
    paragraph(italic(rec.text.trim() || ctx.say("report.missing.value"))),
    paragraph(text(ctx.say("report.replyMeasures"))),
    activityBullets(rec, ctx),
    labelled(FIELD_LABELS.status[ctx.lang], statusRun(rec, ctx), ctx),
  ];
}

export const coReplies: Template = {
  mechanisms: TREATY_BODIES,
  defaultGroupBy: "mechanism",
  build: ({ records, ctx, groupBy }) => [
    ...opening(ctx.say("report.title.co-replies"), records, ctx),
    ...groupRecords(records, groupBy, ctx.lang).flatMap((g) => [groupHeading(g), ...g.records.flatMap((r) => replyBlocks(r, ctx))]),
  ],
};
