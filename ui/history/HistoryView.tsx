/** History: snapshots on reporting dates, what changed since one, reminders to institutions, CSV exports. */
import { Divider, Subtitle2, Text } from "@fluentui/react-components";
import type { Engine, PaneHost } from "../host";
import { useMessages } from "../i18n/messages";
import { ChangesSection } from "./ChangesSection";
import { ExportSection } from "./ExportSection";
import { RemindersSection } from "./RemindersSection";
import { SnapshotSection } from "./SnapshotSection";

export function HistoryView({ host, engine }: { host: PaneHost; engine: Engine }) {
  const { t } = useMessages();
  return (
    <section style={{ display: "grid", gap: 12 }} aria-labelledby="history-title">
      <Subtitle2 as="h2" id="history-title">{t("tab.history")}</Subtitle2>
      <Text>{t("history.intro")}</Text>
      <SnapshotSection host={host} engine={engine} />
      <Divider />
      <ChangesSection host={host} engine={engine} />
      <Divider />
      <RemindersSection host={host} engine={engine} />
      <Divider />
      <ExportSection host={host} engine={engine} />
    </section>
  );
}
