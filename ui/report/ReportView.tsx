/**
 * The Word pane: pick a tracker file (read here, never sent), choose template, language and filters, preview,
 * insert at the cursor; Refresh rebuilds every section already in the document from this tracker.
 */
import { Button, Field as FormField, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { BuiltSection } from "../../shared/flows";
import { LANGS, type Lang } from "../../shared/model/codes";
import { TEMPLATES, type TemplateId } from "../../shared/report/reportSpec";
import { UPR_NATIONAL_REPORT_WORD_LIMIT } from "../../shared/report/wordCount";
import { JobStatus } from "../common/JobStatus";
import { useJob, type Outcome } from "../common/useJob";
import { messagesFor, useMessages } from "../i18n/messages";
import { Choice } from "../common/Choice";
import { ModelPreview } from "./ModelPreview";
import { ReportFilters } from "./ReportFilters";
import { formProblems, initialForm, sectionRequest, type ReportForm } from "./reportForm";
import type { ReportEngine, ReportHost, SectionOutcome, TrackerSummary } from "./reportHost";

export function ReportView({ host, engine }: { host: ReportHost; engine: ReportEngine }) {
  const messages = useMessages();
  const { t, lang } = messages;
  const job = useJob(messages, engine.cancel);
  const [tracker, setTracker] = useState<TrackerSummary | null>(null);
  const [form, setForm] = useState<ReportForm>(() => initialForm("upr-midterm", lang));
  const change = (patch: Partial<ReportForm>) => setForm((f) => ({ ...f, ...patch }));
  const problems = formProblems(form);
  const [built, setBuilt] = useState<BuiltSection | null>(null);
  const [changes, setChanges] = useState<string[]>([]);

  const pick = (file: File) => job.start(async () => {
    setBuilt(null);
    const summary = await engine.loadTracker(file.name, await file.arrayBuffer(), host.today(), lang);
    setTracker(summary);
    if (!summary) return { intent: "error", text: t("report.notTracker", { file: file.name }) };
    return summary.unreadCells > 0 ? { intent: "warning", text: t("report.unread", { count: summary.unreadCells }) } : null;
  });

  const preview = () => job.start(async () => {
    setBuilt(await engine.buildSection(sectionRequest(form)));
    return null;
  });

  const insert = () => job.start(async () => {
    if (!built) return null;
    await host.insertSection(built);
    return { intent: "success", text: t("report.inserted", { count: built.count }) };
  });

  const refresh = () => job.start(async ({ signal }): Promise<Outcome> => {
    const found = await host.sections();
    if (found.length === 0) return { intent: "warning", text: t("report.noSections") };
    const stored = await host.storedSpecs();
    const rebuilt = await engine.rebuildSections(found.map((s) => s.tag), stored);
    // A Cancel clicked while Word was answering must still leave the document as it was.
    signal.throwIfAborted();
    const models = new Map(rebuilt.flatMap((r) => (r.section ? [[r.from, r.section.model] as const] : [])));
    const outcomes = await host.refreshSections(models, rebuilt.flatMap((r) => (r.section ? [r.section.spec] : [])));
    setChanges(outcomes.map(describe));
    const refreshed = outcomes.filter((o) => o.status === "refreshed").length;
    return { intent: refreshed === outcomes.length ? "success" : "warning", text: t("report.refreshed", { refreshed, kept: outcomes.length - refreshed }) };
  });

  // A section is skipped only when its spec could not be rebuilt: a hashed tag whose spec left the document.
  const describe = (o: SectionOutcome): string =>
    o.status === "refreshed"
      ? t("report.sectionChanged", { title: o.title, added: o.added, removed: o.removed, before: o.wordsBefore, after: o.wordsAfter })
      : t("report.sectionKept", { title: o.title, reason: t(o.status === "locked" ? "report.reason.locked" : "report.reason.missingSpec") });

  return (
    <section style={{ display: "grid", gap: 12 }} aria-labelledby="report-title">
      <Subtitle2 as="h2" id="report-title">{t("tab.report")}</Subtitle2>
      <FormField label={{ htmlFor: "tracker-file", children: t("report.tracker") }} hint={t("report.trackerHint")}>
        <input id="tracker-file" type="file" accept=".xlsx" disabled={job.busy} onChange={(e) => { const f = e.target.files?.[0]; if (f) void pick(f); }} />
      </FormField>
      {tracker && <Text>{t("report.loaded", { file: tracker.file, count: tracker.count, date: tracker.dataDate })}</Text>}
      <JobStatus job={job} />
      {tracker && (
        <>
          <Choice label={t("report.template")} value={form.template} options={TEMPLATES.map((id) => ({ value: id, text: t(`report.title.${id}`) }))} onChange={(v) => change({ template: v as TemplateId })} />
          <Choice label={t("report.language")} value={form.lang} options={LANGS.map((l) => ({ value: l, text: messagesFor(l).t("lang.name") }))} onChange={(v) => change({ lang: v as Lang })} />
          <ReportFilters form={form} choices={tracker.choices} onChange={change} />
          <Button disabled={job.busy || problems.cycle || problems.period} onClick={() => void preview()}>{t("report.preview")}</Button>
          {built && (
            <>
              <Text>{t("report.counts", { count: built.count, words: built.words })}</Text>
              {built.overLimit && <Text weight="semibold">{t("report.overLimit", { limit: UPR_NATIONAL_REPORT_WORD_LIMIT })}</Text>}
              <ModelPreview model={built.model} label={t("report.preview")} />
              <Button appearance="primary" disabled={job.busy} onClick={() => void insert()}>{t("report.insert")}</Button>
            </>
          )}
          <Button disabled={job.busy} onClick={() => void refresh()}>{t("report.refresh")}</Button>
          {changes.length > 0 && <ul>{changes.map((c, i) => <li key={i}>{c}</li>)}</ul>}
        </>
      )}
    </section>
  );
}
