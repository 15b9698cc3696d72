/** The progress of the running job with its Cancel button, or the last outcome. */
import { Button, MessageBar, MessageBarBody, ProgressBar, Text } from "@fluentui/react-components";
import { useMessages } from "../i18n/messages";
import type { Job } from "./useJob";

export function JobStatus({ job }: { job: Job }) {
  const { t } = useMessages();
  if (job.busy) {
    const p = job.progress;
    return (
      <div role="status" aria-live="polite" style={{ display: "grid", gap: 8 }}>
        <Text>{p ? t("common.progress", { step: p.step, done: p.done, total: p.total }) : t("common.analysing")}</Text>
        {p && p.total > 0 ? <ProgressBar value={p.done / p.total} /> : <ProgressBar />}
        <Button onClick={job.cancel}>{t("common.cancel")}</Button>
      </div>
    );
  }
  if (!job.outcome) return null;
  return (
    <MessageBar intent={job.outcome.intent} role="status">
      <MessageBarBody>{job.outcome.text}</MessageBarBody>
    </MessageBar>
  );
}
