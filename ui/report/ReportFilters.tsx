/** Every choice of a section's spec besides template and language: filters, grouping and (custom) columns, from the tracker's values. */
import { Field as FormField, Input } from "@fluentui/react-components";
import type { Mechanism, RecommendationStatus } from "../../shared/model/codes";
import { FIELD_LABELS, type Field } from "../../shared/model/fields";
import { GroupBy, REPORT_FIELDS, type ReportField } from "../../shared/report/reportSpec";
import { DEFAULT_CUSTOM_FIELDS, reportFieldLabel } from "../../shared/report/templates/custom";
import { MECHANISM_LABELS, RECOMMENDATION_STATUS_LABELS } from "../../shared/vocab/labels";
import { useMessages } from "../i18n/messages";
import { ANY, Choice, Choices, type ChoiceOption } from "../common/Choice";
import { formProblems, type ReportForm } from "./reportForm";
import type { TrackerSummary } from "./reportHost";

export interface ReportFiltersProps {
  readonly form: ReportForm;
  readonly choices: TrackerSummary["choices"];
  onChange(patch: Partial<ReportForm>): void;
}

/** The field whose label names each grouping. */
const GROUP_FIELD: Readonly<Record<Exclude<GroupBy, "none">, Field>> = { theme: "themes", cluster: "cluster", mechanism: "mechanism", institution: "institutions" };

const asIs = (values: readonly string[]): ChoiceOption[] => values.map((value) => ({ value, text: value }));

export function ReportFilters({ form, choices, onChange }: ReportFiltersProps) {
  const { t, lang } = useMessages();
  const problems = formProblems(form);
  const orAny = (options: readonly ChoiceOption[]): ChoiceOption[] => [{ value: ANY, text: t("report.any") }, ...options];
  const groupings = GroupBy.options.map((g) => ({ value: g, text: g === "none" ? t("report.groupBy.none") : FIELD_LABELS[GROUP_FIELD[g]][lang] }));
  return (
    <>
      {choices.mechanisms.length > 0 && (
        <Choices label={t("report.mechanism")} placeholder={t("report.mechanismDefault")} values={form.mechanisms}
          options={choices.mechanisms.map((m) => ({ value: m, text: MECHANISM_LABELS[m][lang] }))} onChange={(v) => onChange({ mechanisms: v as Mechanism[] })} />
      )}
      <FormField label={t("report.cycle")} hint={t("report.cycleHint")} validationMessage={problems.cycle ? t("report.cycleInvalid") : null}>
        <Input type="number" min={1} step={1} value={form.cycle} onChange={(_, d) => onChange({ cycle: d.value })} />
      </FormField>
      {choices.clusters.length > 0 && <Choice label={t("report.cluster")} value={form.cluster} options={orAny(asIs(choices.clusters))} onChange={(cluster) => onChange({ cluster })} />}
      {choices.themes.length > 0 && <Choice label={t("report.theme")} value={form.theme} options={orAny(asIs(choices.themes))} onChange={(theme) => onChange({ theme })} />}
      {choices.institutions.length > 0 && <Choice label={t("report.institution")} value={form.institution} options={orAny(asIs(choices.institutions))} onChange={(institution) => onChange({ institution })} />}
      {choices.statuses.length > 0 && (
        <Choice label={t("report.status")} value={form.status} options={orAny(choices.statuses.map((s) => ({ value: s, text: RECOMMENDATION_STATUS_LABELS[s][lang] })))}
          onChange={(v) => onChange({ status: v as RecommendationStatus | typeof ANY })} />
      )}
      <FormField label={t("report.periodFrom")} hint={t("report.periodHint")} validationMessage={problems.period ? t("report.periodIncomplete") : null}>
        <Input type="date" value={form.from} onChange={(_, d) => onChange({ from: d.value })} />
      </FormField>
      <FormField label={t("report.periodTo")}>
        <Input type="date" value={form.to} onChange={(_, d) => onChange({ to: d.value })} />
      </FormField>
      <Choice label={t("report.groupBy")} value={form.groupBy} options={[{ value: ANY, text: t("report.groupBy.default") }, ...groupings]} onChange={(v) => onChange({ groupBy: v as GroupBy | typeof ANY })} />
      {form.template === "custom" && (
        <Choices label={t("report.fields")} hint={t("report.fieldsHint", { fields: DEFAULT_CUSTOM_FIELDS.map((f) => reportFieldLabel(f, lang)).join(", ") })} values={form.fields}
          options={REPORT_FIELDS.map((f) => ({ value: f, text: reportFieldLabel(f, lang) }))} onChange={(v) => onChange({ fields: v as ReportField[] })} />
      )}
    </>
  );
}
