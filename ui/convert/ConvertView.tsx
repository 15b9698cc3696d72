/** Convert: pick the sheet, see how it reads (mapping, preview, diff against the tracker here), then write. */
import { Subtitle2, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { SourceFile } from "../../shared/grid/grid";
import { Choice, plainOptions } from "../common/Choice";
import { useJob } from "../common/useJob";
import type { Engine, PaneHost } from "../host";
import { useMessages } from "../i18n/messages";
import { AnalysisSteps } from "./AnalysisSteps";
import { useMappedAnalysis } from "./useMappedAnalysis";

export function ConvertView({ host, engine }: { host: PaneHost; engine: Engine }) {
  const messages = useMessages();
  const { t } = messages;
  const job = useJob(messages, engine.cancel);
  const state = useMappedAnalysis(host, job);
  const [sheets, setSheets] = useState<string[] | null>(null);
  const [sheet, setSheet] = useState<string>("");

  const read = (step: (name: string, done: number, total: number) => void): Promise<SourceFile> =>
    host.readWorkbook((done, total) => step(t("common.reading"), done, total));

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

  const analyse = () => job.start(async ({ step }) => {
    const book = await read(step);
    const result = await engine.convert(
      { workbook: book, sheet, lang: host.lang, now: host.now(), by: host.user, overrides: state.overrides() },
      (done, total) => step(t("common.analysing"), done, total),
    );
    state.show(result);
    return result.mapping ? null : { intent: "warning", text: t("convert.noTable", { sheet }) };
  });

  const build = () => state.write([state.analysis?.sheet ?? sheet], (written) =>
    t("convert.done", { recommendations: written.recommendations, sheets: written.plan.sheets.length, sheet: written.sheet }));

  return (
    <section style={{ display: "grid", gap: 12 }} aria-labelledby="convert-title">
      <Subtitle2 as="h2" id="convert-title">{t("tab.convert")}</Subtitle2>
      <Text>{t("convert.intro")}</Text>
      {sheets !== null && sheets.length === 0 && <Text>{t("convert.noSheets")}</Text>}
      {sheets !== null && sheets.length > 0 && (
        <Choice label={t("convert.sheet")} value={sheet} options={plainOptions(sheets)} disabled={job.busy} onChange={(picked) => { setSheet(picked); state.reset(); }} />
      )}
      <AnalysisSteps
        job={job} state={state} canRead={sheet !== ""} readLabel={t("convert.read")} onRead={() => void analyse()}
        writeLabel={state.analysis?.diff ? t("convert.update") : t("convert.build")} onWrite={() => void build()}
      />
    </section>
  );
}
