/** Import: a UHRI or UPR Info export (or any recommendations workbook) picked here, read in the pane, into the tracker. */
import { Button, Field as FormField, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { ConvertAnalysis } from "../../shared/flows";
import type { Field } from "../../shared/model/fields";
import { JobStatus } from "../common/JobStatus";
import { useJob } from "../common/useJob";
import type { Engine, PaneHost } from "../host";
import { useMessages } from "../i18n/messages";
import { AnalysisPanel } from "./AnalysisPanel";

export function ImportView({ host, engine }: { host: PaneHost; engine: Engine }) {
  const messages = useMessages();
  const { t } = messages;
  const job = useJob(messages, engine.cancel);
  const [file, setFile] = useState<File | null>(null);
  const [analysis, setAnalysis] = useState<ConvertAnalysis | null>(null);
  const [corrected, setCorrected] = useState<Map<string, Field | null>>(new Map());

  const read = () => job.start(async ({ step }) => {
    if (!file) return null;
    const workbook = await host.readWorkbook((done, total) => step(t("common.reading"), done, total));
    const picked = { file: file.name, bytes: await file.arrayBuffer() };
    const overrides = [...corrected].map(([header, field]) => ({ header, field }));
    const result = await engine.importFile({ workbook, file: picked, overrides, lang: host.lang, now: host.now(), by: host.user }, (done, total) => step(t("common.analysing"), done, total));
    setAnalysis(result);
    if (!result) return { intent: "warning", text: t("common.noTracker") };
    return result.mapping ? null : { intent: "warning", text: t("convert.noTable", { sheet: file.name }) };
  });

  const update = () => job.start(async ({ step, signal }) => {
    if (!analysis) return null;
    await host.applyPlan(analysis.plan, { keep: [], signal, onProgress: (done, total) => step(t("common.writing"), done, total) });
    const written = analysis;
    setAnalysis(null);
    return { intent: "success", text: t("import.done", { recommendations: written.recommendations, file: written.sheet }) };
  });

  return (
    <section style={{ display: "grid", gap: 12 }} aria-labelledby="import-title">
      <Subtitle2 as="h2" id="import-title">{t("tab.import")}</Subtitle2>
      <Text>{t("import.intro")}</Text>
      <FormField label={{ htmlFor: "import-file", children: t("import.file") }} hint={t("report.trackerHint")}>
        <input id="import-file" type="file" accept=".xlsx,.csv,.tsv,.txt,.json,.jsonl" disabled={job.busy} onChange={(e) => { setFile(e.target.files?.[0] ?? null); setAnalysis(null); setCorrected(new Map()); }} />
      </FormField>
      <Button appearance={analysis ? "secondary" : "primary"} disabled={job.busy || !file} onClick={() => void read()}>
        {corrected.size > 0 && analysis ? t("convert.reread") : t("import.read")}
      </Button>
      <JobStatus job={job} />
      {analysis?.mapping && (
        <>
          <AnalysisPanel analysis={analysis} corrected={corrected} onCorrect={(header, field) => setCorrected(new Map(corrected).set(header, field))} />
          <Button appearance="primary" disabled={job.busy} onClick={() => void update()}>{t("convert.update")}</Button>
        </>
      )}
    </section>
  );
}
