/** Convert: pick the sheet, see how it reads (mapping, preview, diff against the tracker here), then write. */
import { Button, Dropdown, Field as FormField, Option, Subtitle2, Text } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ConvertAnalysis } from "../../shared/flows";
import type { SourceFile } from "../../shared/grid/grid";
import type { Field } from "../../shared/model/fields";
import { JobStatus } from "../common/JobStatus";
import { useJob } from "../common/useJob";
import type { Engine, PaneHost } from "../host";
import { useMessages } from "../i18n/messages";
import { AnalysisPanel } from "./AnalysisPanel";

export function ConvertView({ host, engine }: { host: PaneHost; engine: Engine }) {
  const messages = useMessages();
  const { t } = messages;
  const job = useJob(messages, engine.cancel);
  const workbook = useRef<SourceFile | null>(null);
  const [sheets, setSheets] = useState<string[] | null>(null);
  const [sheet, setSheet] = useState<string>("");
  const [analysis, setAnalysis] = useState<ConvertAnalysis | null>(null);
  const [corrected, setCorrected] = useState<Map<string, Field | null>>(new Map());

  const read = async (step: (name: string, done: number, total: number) => void): Promise<SourceFile> => {
    const book = await host.readWorkbook((done, total) => step(t("common.reading"), done, total));
    workbook.current = book;
    return book;
  };

  useEffect(() => {
    void job.start(async ({ step }) => {
      const book = await read(step);
      const [sources, active] = await Promise.all([engine.sources(book), host.activeSheet()]);
      setSheets(sources);
      setSheet(active !== null && sources.includes(active) ? active : sources[0] ?? "");
      return null;
    });
    // Read once when the pane opens (later reads happen on the user's action), hence no dependencies.
  }, []);

  const analyse = (overrides: Map<string, Field | null>) => job.start(async ({ step }) => {
    const book = await read(step);
    const result = await engine.convert(
      { workbook: book, sheet, lang: host.lang, now: host.now(), by: host.user, overrides: [...overrides].map(([header, field]) => ({ header, field })) },
      (done, total) => step(t("common.analysing"), done, total),
    );
    setAnalysis(result);
    return result.mapping ? null : { intent: "warning", text: t("convert.noTable", { sheet }) };
  });

  const build = () => job.start(async ({ step, signal }) => {
    if (!analysis) return null;
    await host.applyPlan(analysis.plan, { keep: [analysis.sheet], signal, onProgress: (done, total) => step(t("common.writing"), done, total) });
    const written = analysis;
    setAnalysis(null);
    return { intent: "success", text: t("convert.done", { recommendations: written.recommendations, sheets: written.plan.sheets.length, sheet: written.sheet }) };
  });

  return (
    <section style={{ display: "grid", gap: 12 }} aria-labelledby="convert-title">
      <Subtitle2 as="h2" id="convert-title">{t("tab.convert")}</Subtitle2>
      <Text>{t("convert.intro")}</Text>
      {sheets !== null && sheets.length === 0 && <Text>{t("convert.noSheets")}</Text>}
      {sheets !== null && sheets.length > 0 && (
        <FormField label={t("convert.sheet")}>
          <Dropdown value={sheet} selectedOptions={[sheet]} disabled={job.busy} onOptionSelect={(_, d) => { setSheet(d.optionValue ?? ""); setAnalysis(null); setCorrected(new Map()); }}>
            {sheets.map((s) => <Option key={s} value={s}>{s}</Option>)}
          </Dropdown>
        </FormField>
      )}
      <Button appearance={analysis ? "secondary" : "primary"} disabled={job.busy || sheet === ""} onClick={() => void analyse(corrected)}>
        {corrected.size > 0 && analysis ? t("convert.reread") : t("convert.read")}
      </Button>
      <JobStatus job={job} />
      {analysis?.mapping && (
        <>
          <AnalysisPanel analysis={analysis} corrected={corrected} onCorrect={(header, field) => setCorrected(new Map(corrected).set(header, field))} />
          <Button appearance="primary" disabled={job.busy} onClick={() => void build()}>{analysis.diff ? t("convert.update") : t("convert.build")}</Button>
        </>
      )}
    </section>
  );
}
