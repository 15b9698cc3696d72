/** What the drafter chooses in the report pane, and the section request it makes: an empty choice asks for no filter. */
import type { Lang, Mechanism, RecommendationStatus } from "../../shared/model/codes";
import type { GroupBy, ReportField, ReportFilters, ReportSpec, TemplateId } from "../../shared/report/reportSpec";

export interface ReportForm {
  readonly template: TemplateId;
  readonly lang: Lang;
  /** None: the template's own mechanisms. */
  readonly mechanisms: readonly Mechanism[];
  /** As typed in the number box. */
  readonly cycle: string;
  readonly cluster: string;
  readonly theme: string;
  readonly institution: string;
  readonly status: RecommendationStatus | "";
  /** ISO days from the date boxes. */
  readonly from: string;
  readonly to: string;
  /** "": the template's own grouping. */
  readonly groupBy: GroupBy | "";
  /** The custom template's columns, in the order picked; none: its default columns. */
  readonly fields: readonly ReportField[];
}

export const initialForm = (template: TemplateId, lang: Lang): ReportForm => ({
  template, lang, mechanisms: [], cycle: "", cluster: "", theme: "", institution: "", status: "", from: "", to: "", groupBy: "", fields: [],
});

const cycleOf = (typed: string): number | null => {
  const n = Number(typed);
  return typed.trim() !== "" && Number.isInteger(n) && n > 0 ? n : null;
};

/** Choices that cannot make a filter yet: a cycle that is no whole number ≥ 1, a period missing a day or reversed. */
export const formProblems = (form: ReportForm): { readonly cycle: boolean; readonly period: boolean } => ({
  cycle: form.cycle.trim() !== "" && cycleOf(form.cycle) === null,
  period: (form.from !== "" || form.to !== "") && !(form.from !== "" && form.to !== "" && form.from <= form.to),
});

export function sectionRequest(form: ReportForm): Omit<ReportSpec, "dataDate"> {
  const cycle = cycleOf(form.cycle);
  const filters: ReportFilters = {
    ...(form.mechanisms.length > 0 ? { mechanism: [...form.mechanisms] } : {}),
    ...(cycle !== null ? { cycle } : {}),
    ...(form.cluster ? { cluster: form.cluster } : {}),
    ...(form.theme ? { theme: form.theme } : {}),
    ...(form.institution ? { institution: form.institution } : {}),
    ...(form.status ? { status: form.status } : {}),
    ...(form.from && form.to && !formProblems(form).period ? { period: { from: form.from, to: form.to } } : {}),
  };
  return {
    template: form.template,
    lang: form.lang,
    filters,
    ...(form.groupBy ? { groupBy: form.groupBy } : {}),
    // Only the custom template has columns to choose; other templates would carry them in their tags for nothing.
    ...(form.template === "custom" && form.fields.length > 0 ? { fields: [...form.fields] } : {}),
  };
}
