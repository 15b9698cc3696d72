/**
 * The end of a section when the drafter asks for changes since a snapshot (history's changesSince): the selected
 * recommendations whose status changed, with their status then and now.
 */
import type { Changes } from "../history/changes";
import { FIELD_LABELS } from "../model/fields";
import type { Recommendation } from "../model/tracker";
import type { RecommendationStatus } from "../model/codes";
import { RECOMMENDATION_STATUS_LABELS } from "../vocab/labels";
import type { ReportContext } from "./context";
import { heading, paragraph, placeholder, text, type Block, type Run } from "./documentModel";
import { notRecorded, referenceRun } from "./recordRuns";
import { formatDate } from "./say";

export function changesBlocks(changes: Changes, selected: readonly Recommendation[], ctx: ReportContext): Block[] {
  const byId = new Map(selected.map((r) => [r.id as string, r]));
  const since = formatDate(changes.since, ctx.lang);
  const status = (s: RecommendationStatus | null): Run => (s === null ? notRecorded(ctx) : text(RECOMMENDATION_STATUS_LABELS[s][ctx.lang]));
  const rows = changes.statusChanges.flatMap((c) => {
    const rec = byId.get(c.id);
    return rec === undefined ? [] : [[[referenceRun(rec, ctx)], [status(c.from)], [status(c.to)]]];
  });
  const title = heading(2, ctx.say("report.changesSince", { date: since }));
  if (rows.length === 0) return [title, paragraph(placeholder(ctx.say("report.noChange", { date: since })))];
  const header = [FIELD_LABELS.ref[ctx.lang], ctx.say("report.statusOn", { date: since }), ctx.say("report.statusOn", { date: formatDate(changes.asOf, ctx.lang) })];
  return [title, { kind: "table", header, rows }];
}
