/** Take a snapshot: the tracker's state on a reporting date, written as a hidden sheet and a Log line. */
import { Button, Field as FormField, Input, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import { JobStatus } from "../common/JobStatus";
import { useJob } from "../common/useJob";
import type { Engine, PaneHost } from "../host";
import { useMessages } from "../i18n/messages";
import { DayField, isIsoDay } from "../common/DayField";

export function SnapshotSection({ host, engine }: { host: PaneHost; engine: Engine }) {
  const messages = useMessages();
  const { t } = messages;
  const job = useJob(messages, engine.cancel);
  const [asOf, setAsOf] = useState(host.now().slice(0, 10));
  const [label, setLabel] = useState("");

  const take = () => job.start(async ({ step, signal }) => {
    const workbook = await host.readWorkbook((done, total) => step(t("common.reading"), done, total));
    const taken = await engine.takeSnapshot({ workbook, asOf, label: label.trim(), now: host.now(), by: host.user });
    if (!taken) return { intent: "warning", text: t("common.noTracker") };
    await host.applyPlan(taken.plan, { keep: [], signal, onProgress: (done, total) => step(t("common.writing"), done, total) });
    return { intent: "success", text: t(taken.replaced ? "history.replaced" : "history.taken", { date: taken.asOf, count: taken.recommendations }) };
  });

  return (
    <section style={{ display: "grid", gap: 8 }} aria-labelledby="snapshot-title">
      <Subtitle2 as="h3" id="snapshot-title">{t("history.snapshotTitle")}</Subtitle2>
      <Text>{t("history.snapshotIntro")}</Text>
      <DayField label={t("history.asOf")} value={asOf} onChange={setAsOf} />
      <FormField label={t("history.label")}>
        <Input value={label} onChange={(_, d) => setLabel(d.value)} />
      </FormField>
      <Button appearance="primary" disabled={job.busy || !isIsoDay(asOf)} onClick={() => void take()}>{t("history.take")}</Button>
      <JobStatus job={job} />
    </section>
  );
}
