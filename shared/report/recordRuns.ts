/**
 * The pieces every template writes about one recommendation — reference, position, status, lists, activities — each
 * either the value in the report's language or a visible placeholder, never an empty or "undefined" text.
 */
import type { Activity, Recommendation } from "../model/tracker";
import { effectiveStatus } from "../rollup/deriveStatus";
import { ACTIVITY_STATUS_LABELS, MECHANISM_LABELS, POSITION_LABELS, RECOMMENDATION_STATUS_LABELS } from "../vocab/labels";
import type { ReportContext } from "./context";
import { bold, placeholder, text, type Block, type Run } from "./documentModel";
import { formatReference } from "./reference";
import { formatDate } from "./say";

export const referenceRun = (rec: Recommendation, ctx: ReportContext): Run => {
  const ref = formatReference(rec, ctx.lang);
  return ref === null ? placeholder(ctx.say("report.missing.reference")) : text(ref);
};

export const notRecorded = (ctx: ReportContext): Run => placeholder(ctx.say("report.missing.value"));

export const statusRun = (rec: Recommendation, ctx: ReportContext): Run => {
  const { status } = effectiveStatus(rec);
  return status === null ? notRecorded(ctx) : text(RECOMMENDATION_STATUS_LABELS[status][ctx.lang]);
};

export const positionRun = (rec: Recommendation, ctx: ReportContext): Run =>
  rec.response === null ? notRecorded(ctx) : text(POSITION_LABELS[rec.response][ctx.lang]);

export const mechanismRun = (rec: Recommendation, ctx: ReportContext): Run =>
  rec.mechanism === null ? notRecorded(ctx) : text(MECHANISM_LABELS[rec.mechanism][ctx.lang]);

export const listRun = (values: readonly string[], ctx: ReportContext): Run => {
  const kept = values.map((v) => v.trim()).filter(Boolean);
  return kept.length === 0 ? notRecorded(ctx) : text(kept.join(ctx.say("report.listSeparator")));
};

export const optionalRun = (value: string | null, ctx: ReportContext): Run => (value?.trim() ? text(value.trim()) : notRecorded(ctx));

/** "No information reported by Ministry of Health since 3 May 2021", or the shorter forms when a part is unknown. */
export function missingInfo(rec: Recommendation, ctx: ReportContext): Run {
  const institution = rec.institutions.join(ctx.say("report.listSeparator")).trim();
  const since = ctx.lastReported(rec.id);
  if (institution && since) return placeholder(ctx.say("report.missing.byInstitutionSince", { institution, date: formatDate(since, ctx.lang) }));
  if (institution) return placeholder(ctx.say("report.missing.byInstitution", { institution }));
  return placeholder(ctx.say("report.missing.none"));
}

/** "Draft law adopted (Completed; Ministry of Justice; due March 2025)". */
export function activityText(activity: Activity, ctx: ReportContext): string {
  const details = [
    activity.status === null ? null : ACTIVITY_STATUS_LABELS[activity.status][ctx.lang],
    activity.institution,
    activity.deadline === null ? null : ctx.say("report.due", { date: formatDate(activity.deadline, ctx.lang) }),
  ].filter((d): d is string => Boolean(d));
  const body = activity.text.trim() || ctx.say("report.missing.value");
  return details.length === 0 ? body : ctx.say("report.withDetails", { text: body, details: details.join(ctx.say("report.detailSeparator")) });
}

/** One bullet per activity; a recommendation without any gets the missing-information placeholder. */
export const activityItems = (rec: Recommendation, ctx: ReportContext): Run[][] =>
  rec.activities.length === 0 ? [[missingInfo(rec, ctx)]] : rec.activities.map((a) => [text(activityText(a, ctx))]);

export const activityBullets = (rec: Recommendation, ctx: ReportContext): Block => ({ kind: "bullets", items: activityItems(rec, ctx) });

/** A paragraph "Label: value" with the label in bold. */
export const labelled = (label: string, value: Run, ctx: ReportContext): Block => ({
  kind: "paragraph",
  runs: [bold(ctx.say("report.labelled", { label })), value],
});
