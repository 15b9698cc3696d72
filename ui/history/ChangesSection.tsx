/** Changes since a snapshot: pick one of the tracker's snapshot dates, see the tables here, write them in a sheet if wanted. */
import { Button, Dropdown, Field as FormField, Option, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { SnapshotChanges } from "../../shared/flows";
import { changeCounts } from "../../shared/history/changes";
import { JobStatus } from "../common/JobStatus";
import { useJob } from "../common/useJob";
import type { Engine, PaneHost } from "../host";
import { useMessages } from "../i18n/messages";
import { ChangesTables } from "./ChangesTables";
import { DayField, isIsoDay } from "../common/DayField";

export function ChangesSection({ host, engine }: { host: PaneHost; engine: Engine }) {
  const messages = useMessages();
  const { t } = messages;
  const job = useJob(messages, engine.cancel);
  const [asOf, setAsOf] = useState(host.now().slice(0, 10));
  /** The snapshot dates found at the last look; until then the latest snapshot is compared with. */
  const [dates, setDates] = useState<string[]>([]);
  const [since, setSince] = useState("");
  const [shown, setShown] = useState<SnapshotChanges["shown"]>(null);

  const show = () => job.start(async ({ step }) => {
    setShown(null);
    const workbook = await host.readWorkbook((done, total) => step(t("common.reading"), done, total));
    const result = await engine.changesSince({ workbook, asOf, lang: host.lang, ...(since ? { since } : {}) });
    if (!result) return { intent: "warning", text: t("common.noTracker") };
    if ("problem" in result) return { intent: "error", text: t(result.problem.key, result.problem.params) };
    setDates(result.dates);
    if (result.dates.length === 0) return { intent: "warning", text: t("history.noSnapshots") };
    if (!result.shown) return { intent: "warning", text: t("history.noSnapshot", { date: since }) };
    setSince(result.shown.changes.since);
    setShown(result.shown);
    return null;
  });

  const write = () => job.start(async ({ step, signal }) => {
    if (!shown) return null;
    await host.applyPlan(shown.plan, { keep: [], signal, onProgress: (done, total) => step(t("common.writing"), done, total) });
    return { intent: "success", text: t("history.changesWritten", { sheet: shown.plan.sheets[0]?.name ?? "" }) };
  });

  return (
    <section style={{ display: "grid", gap: 8 }} aria-labelledby="changes-title">
      <Subtitle2 as="h3" id="changes-title">{t("history.changesTitle")}</Subtitle2>
      <FormField label={t("history.since")}>
        <Dropdown value={since || t("history.latest")} selectedOptions={since ? [since] : []} disabled={job.busy || dates.length === 0} onOptionSelect={(_, d) => { setSince(d.optionValue ?? ""); setShown(null); }}>
          {dates.map((d) => <Option key={d} value={d}>{d}</Option>)}
        </Dropdown>
      </FormField>
      <DayField label={t("history.asOf")} value={asOf} onChange={(value) => { setAsOf(value); setShown(null); }} />
      <Button appearance={shown ? "secondary" : "primary"} disabled={job.busy || !isIsoDay(asOf)} onClick={() => void show()}>{t("history.showChanges")}</Button>
      <JobStatus job={job} />
      {shown && (
        <>
          <Text role="status">{t("history.cli.changesSummary", changeCounts(shown.changes))}</Text>
          <ChangesTables tables={shown.tables} />
          <Button appearance="primary" disabled={job.busy} onClick={() => void write()}>{t("history.writeChanges")}</Button>
        </>
      )}
    </section>
  );
}
