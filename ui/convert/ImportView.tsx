/** Import: a UHRI or UPR Info export (or any recommendations workbook) picked here, read in the pane, into the tracker. */
import { Field as FormField, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import { useJob } from "../common/useJob";
import type { Engine, PaneHost } from "../host";
import { useMessages } from "../i18n/messages";
import { AnalysisSteps } from "./AnalysisSteps";
import { useMappedAnalysis } from "./useMappedAnalysis";

export function ImportView({ host, engine }: { host: PaneHost; engine: Engine }) {
  const messages = useMessages();
  const { t } = messages;
  const job = useJob(messages, engine.cancel);
  const state = useMappedAnalysis(host, job);
  const [file, setFile] = useState<File | null>(null);

  const read = () => job.start(async ({ step }) => {
    if (!file) return null;
    const workbook = await host.readWorkbook((done, total) => step(t("common.reading"), done, total));
    const picked = { file: file.name, bytes: await file.arrayBuffer() };
    const result = await engine.importFile({ workbook, file: picked, overrides: state.overrides(), lang: host.lang, now: host.now(), by: host.user }, (done, total) => step(t("common.analysing"), done, total));
    state.show(result);
    if (!result) return { intent: "warning", text: t("common.noTracker") };
    return result.mapping ? null : { intent: "warning", text: t("convert.noTable", { sheet: file.name }) };
  });

  const update = () => state.write([], (written) => t("import.done", { recommendations: written.recommendations, file: written.sheet }));

  return (
    <section style={{ display: "grid", gap: 12 }} aria-labelledby="import-title">
      <Subtitle2 as="h2" id="import-title">{t("tab.import")}</Subtitle2>
      <Text>{t("import.intro")}</Text>
      <FormField label={{ htmlFor: "import-file", children: t("import.file") }} hint={t("report.trackerHint")}>
        <input id="import-file" type="file" accept=".xlsx,.csv,.tsv,.txt,.json,.jsonl" disabled={job.busy} onChange={(e) => { setFile(e.target.files?.[0] ?? null); state.reset(); }} />
      </FormField>
      <AnalysisSteps
        job={job} state={state} canRead={file !== null} readLabel={t("import.read")} onRead={() => void read()}
        writeLabel={t("convert.update")} onWrite={() => void update()}
      />
    </section>
  );
}
