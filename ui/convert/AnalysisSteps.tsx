/** Read (again, once columns are corrected), see how it reads, then write: the steps Convert and Import show alike. */
import { Button } from "@fluentui/react-components";
import { JobStatus } from "../common/JobStatus";
import type { Job } from "../common/useJob";
import { useMessages } from "../i18n/messages";
import { AnalysisPanel } from "./AnalysisPanel";
import type { MappedAnalysis } from "./useMappedAnalysis";

export function AnalysisSteps({ job, state, canRead, readLabel, onRead, writeLabel, onWrite }: {
  job: Job;
  state: MappedAnalysis;
  canRead: boolean;
  readLabel: string;
  onRead(): void;
  writeLabel: string;
  onWrite(): void;
}) {
  const { t } = useMessages();
  const { analysis, corrected } = state;
  return (
    <>
      <Button appearance={analysis ? "secondary" : "primary"} disabled={job.busy || !canRead} onClick={onRead}>
        {corrected.size > 0 && analysis ? t("convert.reread") : readLabel}
      </Button>
      <JobStatus job={job} />
      {analysis?.mapping && (
        <>
          <AnalysisPanel analysis={analysis} corrected={corrected} onCorrect={state.correct} />
          <Button appearance="primary" disabled={job.busy} onClick={onWrite}>{writeLabel}</Button>
        </>
      )}
    </>
  );
}
