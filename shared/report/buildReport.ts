/**
 * Builds a report section: selects the records (the template's mechanisms unless the drafter named some, then the
 * filters), groups them, writes the blocks in the report's language and tags the section so it can be refreshed.
 */
import type { Changes } from "../history/changes";
import { direction } from "../i18n/catalog";
import type { Recommendation } from "../model/tracker";
import { changesBlocks } from "./changesBlocks";
import { reportContext } from "./context";
import type { DocumentModel } from "./documentModel";
import type { LastReported } from "./lastReported";
import type { ReportSpec, TemplateId } from "./reportSpec";
import { sectionTag } from "./sectionTag";
import { selectRecords } from "./selectRecords";
import { coReplies } from "./templates/coReplies";
import { custom, DEFAULT_CUSTOM_FIELDS } from "./templates/custom";
import { napAnnual } from "./templates/napAnnual";
import type { Template } from "./templates/template";
import { tbFollowup } from "./templates/tbFollowup";
import { uprMidterm } from "./templates/uprMidterm";

const TEMPLATE_BUILDERS: Readonly<Record<TemplateId, Template>> = {
  "upr-midterm": uprMidterm,
  "tb-followup": tbFollowup,
  "co-replies": coReplies,
  "nap-annual": napAnnual,
  custom,
};

export interface BuiltReport {
  readonly model: DocumentModel;
  /** How many recommendations the section covers. */
  readonly count: number;
}

/** `changes`: what changed since the snapshot of `spec.since`, computed by the host that holds the snapshots. */
export function buildReport(records: readonly Recommendation[], spec: ReportSpec, lastReported: LastReported, changes: Changes | null = null): BuiltReport {
  const template = TEMPLATE_BUILDERS[spec.template];
  const mechanism = spec.filters.mechanism?.length ? spec.filters.mechanism : (template.mechanisms ?? undefined);
  const filtered = selectRecords(records, mechanism ? { ...spec.filters, mechanism: [...mechanism] } : spec.filters);
  const selected = template.keep ? template.keep(filtered) : filtered;
  const ctx = reportContext(spec.lang, spec.dataDate, lastReported);
  const blocks = template.build({
    records: selected,
    ctx,
    groupBy: spec.groupBy ?? template.defaultGroupBy,
    fields: spec.fields?.length ? spec.fields : DEFAULT_CUSTOM_FIELDS,
  });
  if (changes !== null && selected.length > 0) blocks.push(...changesBlocks(changes, selected, ctx));
  const title = ctx.say(`report.title.${spec.template}`);
  return { model: { lang: spec.lang, dir: direction(spec.lang), sections: [{ tag: sectionTag(spec), title, blocks }] }, count: selected.length };
}
