/** The opening of every section: its title, how many recommendations it covers and as of when, and a status tally. */
import { FIELD_LABELS } from "../model/fields";
import type { Recommendation } from "../model/tracker";
import { RecommendationStatus } from "../model/codes";
import { effectiveStatus } from "../rollup/deriveStatus";
import { RECOMMENDATION_STATUS_LABELS } from "../vocab/labels";
import type { ReportContext } from "./context";
import { heading, paragraph, placeholder, text, type Block, type Run } from "./documentModel";
import { formatDate } from "./say";

function statusTable(records: readonly Recommendation[], ctx: ReportContext): Block {
  const counts = new Map<string | null, number>();
  for (const rec of records) {
    const { status } = effectiveStatus(rec);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const rows: Run[][][] = RecommendationStatus.options
    .filter((s) => counts.has(s))
    .map((s) => [[text(RECOMMENDATION_STATUS_LABELS[s][ctx.lang])], [text(String(counts.get(s)))]]);
  if (counts.has(null)) rows.push([[placeholder(ctx.say("report.missing.value"))], [text(String(counts.get(null)))]]);
  rows.push([[{ text: ctx.say("report.total"), bold: true }], [{ text: String(records.length), bold: true }]]);
  return { kind: "table", header: [FIELD_LABELS.status[ctx.lang], ctx.say("report.count")], rows };
}

/** With no record selected, the section still says so in words rather than standing empty. */
export function opening(title: string, records: readonly Recommendation[], ctx: ReportContext): Block[] {
  if (records.length === 0) return [heading(1, title), paragraph(placeholder(ctx.say("report.empty")))];
  return [
    heading(1, title),
    paragraph(text(ctx.say("report.intro", { count: records.length, date: formatDate(ctx.dataDate, ctx.lang) }))),
    heading(2, ctx.say("report.overview")),
    statusTable(records, ctx),
  ];
}
