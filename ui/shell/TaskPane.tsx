/** The Excel pane (and any spreadsheet host): one tab per task. */
import { Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import { ConvertView } from "../convert/ConvertView";
import { ClustersView } from "../clusters/ClustersView";
import { ImportView } from "../convert/ImportView";
import { DashboardView } from "../dashboard/DashboardView";
import { HistoryView } from "../history/HistoryView";
import type { Engine, PaneHost } from "../host";
import { messagesFor } from "../i18n/messages";
import { PacksView } from "../packs/PacksView";
import { ValidateView } from "../validate/ValidateView";
import { PaneFrame } from "./PaneFrame";
import { TABS, type TabName } from "./tabs";
import { UserField } from "./UserField";

/** `initialTab`: where a host's command opened the pane (the Sheets menu's Clusters and tags, Import). */
export function TaskPane({ host, engine, initialTab = "convert" }: { host: PaneHost; engine: Engine; initialTab?: TabName }) {
  const [tab, setTab] = useState<TabName>(initialTab);
  const { t } = messagesFor(host.lang);
  return (
    <PaneFrame lang={host.lang}>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)} aria-label={t("pane.tabs")} style={{ flexWrap: "wrap" }}>
        {TABS.map((name) => <Tab key={name} value={name}>{t(`tab.${name}`)}</Tab>)}
      </TabList>
      {tab === "convert" && <ConvertView host={host} engine={engine} />}
      {tab === "import" && <ImportView host={host} engine={engine} />}
      {tab === "validate" && <ValidateView host={host} engine={engine} />}
      {tab === "clusters" && <ClustersView host={host} engine={engine} />}
      {tab === "dashboard" && <DashboardView host={host} engine={engine} />}
      {tab === "packs" && <PacksView host={host} engine={engine} />}
      {tab === "history" && <HistoryView host={host} engine={engine} />}
      <UserField host={host} />
    </PaneFrame>
  );
}
