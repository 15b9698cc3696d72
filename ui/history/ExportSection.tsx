/** Export: the tracker as a UHRI-style or Uwazi / IMPACT OSS CSV, downloaded by the browser. */
import { Button, Subtitle2, Text } from "@fluentui/react-components";
import type { ExportFormat } from "../../shared/flows";
import { JobStatus } from "../common/JobStatus";
import { useJob } from "../common/useJob";
import type { Engine, PaneHost } from "../host";
import { useMessages } from "../i18n/messages";
import { downloadText } from "./downloadText";

const FORMATS: readonly [ExportFormat, string][] = [["uhri", "history.exportUhri"], ["uwazi", "history.exportUwazi"]];

/** "suivi.xlsx" → "suivi-uwazi.csv". */
const csvName = (workbook: string, format: ExportFormat): string => `${workbook.replace(/\.[^.]*$/, "") || "tracker"}-${format}.csv`;

export function ExportSection({ host, engine }: { host: PaneHost; engine: Engine }) {
  const messages = useMessages();
  const { t } = messages;
  const job = useJob(messages, engine.cancel);

  const exportAs = (format: ExportFormat) => job.start(async ({ step }) => {
    const workbook = await host.readWorkbook((done, total) => step(t("common.reading"), done, total));
    const result = await engine.exportCsv({ workbook, format });
    if (!result) return { intent: "warning", text: t("common.noTracker") };
    const file = csvName(workbook.file, format);
    downloadText(file, result.csv, "text/csv;charset=utf-8");
    return { intent: "success", text: t("history.exported", { count: result.count, file }) };
  });

  return (
    <section style={{ display: "grid", gap: 8 }} aria-labelledby="export-title">
      <Subtitle2 as="h3" id="export-title">{t("history.exportTitle")}</Subtitle2>
      <Text>{t("history.exportIntro")}</Text>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        {FORMATS.map(([format, key]) => <Button key={format} disabled={job.busy} onClick={() => void exportAs(format)}>{t(key)}</Button>)}
      </div>
      <JobStatus job={job} />
    </section>
  );
}
