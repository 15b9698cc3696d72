/** The Word pane: the report view under the same theme, language and direction as every pane. */
import { ReportView } from "../report/ReportView";
import type { ReportEngine, ReportHost } from "../report/reportHost";
import { PaneFrame } from "./PaneFrame";

export function WordPane({ host, engine }: { host: ReportHost; engine: ReportEngine }) {
  return (
    <PaneFrame lang={host.lang}>
      <ReportView host={host} engine={engine} />
    </PaneFrame>
  );
}
