/** Clusters: the engine's suggested clusters for planning; the user ticks, renames and accepts them into the tracker. */
import { Button, Checkbox, Input, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { SuggestedCluster } from "../../shared/flows";
import { JobStatus } from "../common/JobStatus";
import { useJob } from "../common/useJob";
import type { Engine, PaneHost } from "../host";
import { useMessages } from "../i18n/messages";

/** Members shown under each cluster; the rest are counted. */
const SHOWN_MEMBERS = 3;

export function ClustersView({ host, engine }: { host: PaneHost; engine: Engine }) {
  const messages = useMessages();
  const { t } = messages;
  const job = useJob(messages, engine.cancel);
  const [clusters, setClusters] = useState<SuggestedCluster[] | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const meta = () => ({ lang: host.lang, now: host.now(), by: host.user });

  const suggest = () => job.start(async ({ step }) => {
    const workbook = await host.readWorkbook((done, total) => step(t("common.reading"), done, total));
    const result = await engine.suggestClusters({ ...meta(), workbook });
    setClusters(result);
    setNames(new Map(result?.map((c) => [c.id, c.name]) ?? []));
    setTicked(new Set());
    if (!result) return { intent: "warning", text: t("common.noTracker") };
    return result.length === 0 ? { intent: "warning", text: t("clusters.none") } : null;
  });

  const accept = () => job.start(async ({ step, signal }) => {
    const chosen = (clusters ?? []).filter((c) => ticked.has(c.id)).map((c) => ({ name: names.get(c.id) ?? c.name, members: c.members.map((m) => m.id) }));
    const workbook = await host.readWorkbook((done, total) => step(t("common.reading"), done, total));
    const plan = await engine.acceptClusters({ ...meta(), workbook, accepted: chosen });
    if (!plan) return { intent: "warning", text: t("common.noTracker") };
    await host.applyPlan(plan, { keep: [], signal, onProgress: (done, total) => step(t("common.writing"), done, total) });
    setClusters(null);
    return { intent: "success", text: t("clusters.accepted", { clusters: chosen.length, recommendations: chosen.reduce((n, c) => n + c.members.length, 0) }) };
  });

  return (
    <section style={{ display: "grid", gap: 12 }} aria-labelledby="clusters-title">
      <Subtitle2 as="h2" id="clusters-title">{t("tab.clusters")}</Subtitle2>
      <Text>{t("clusters.intro")}</Text>
      <Button appearance={clusters ? "secondary" : "primary"} disabled={job.busy} onClick={() => void suggest()}>{t("clusters.suggest")}</Button>
      <JobStatus job={job} />
      {clusters && clusters.length > 0 && (
        <>
          <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 12 }}>
            {clusters.map((c) => (
              <li key={c.id} style={{ borderBottom: "1px solid var(--colorNeutralStroke2)", paddingBottom: 8 }}>
                <Checkbox
                  checked={ticked.has(c.id)}
                  label={t("clusters.size", { name: c.name, count: c.members.length })}
                  onChange={(_, d) => { const next = new Set(ticked); if (d.checked) next.add(c.id); else next.delete(c.id); setTicked(next); }}
                />
                <Input aria-label={t("clusters.rename", { name: c.name })} value={names.get(c.id) ?? c.name} onChange={(_, d) => setNames(new Map(names).set(c.id, d.value))} />
                <ul>
                  {c.members.slice(0, SHOWN_MEMBERS).map((m) => <li key={m.id}><Text size={200}>{m.text}</Text></li>)}
                  {c.members.length > SHOWN_MEMBERS && <li><Text size={200}>{t("clusters.more", { count: c.members.length - SHOWN_MEMBERS })}</Text></li>}
                </ul>
              </li>
            ))}
          </ul>
          <Button appearance="primary" disabled={job.busy || ticked.size === 0} onClick={() => void accept()}>{t("clusters.accept", { count: ticked.size })}</Button>
        </>
      )}
    </section>
  );
}
