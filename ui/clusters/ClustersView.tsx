/**
 * Clusters and tags: the tracker's clusters and the engine's suggestions, reshaped (merge, split, rename) and
 * decided on (accept, reject) here; each decision is written into the tracker and logged, then the review reloads.
 */
import { Button, Divider, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Decisions, ReviewCluster, SuggestionReview } from "../../shared/flows";
// The modules themselves, not the flows' index: that would pull the whole engine into the pane's bundle.
import { clusterDecisions, mergeClusters, renameCluster, splitCluster } from "../../shared/flows/review/editClusters";
import { tagDecisions } from "../../shared/flows/review/tagChoices";
import { JobStatus } from "../common/JobStatus";
import { useJob, type Outcome } from "../common/useJob";
import type { Engine, PaneHost } from "../host";
import { useMessages } from "../i18n/messages";
import { ClusterList } from "./ClusterList";
import { TagList } from "./TagList";
import { toggled } from "./toggled";

const NO_DECISIONS: Decisions = { clusters: [], rejectedClusters: [], tags: [] };

export function ClustersView({ host, engine }: { host: PaneHost; engine: Engine }) {
  const messages = useMessages();
  const { t } = messages;
  const job = useJob(messages, engine.cancel);
  const [review, setReview] = useState<SuggestionReview | null>(null);
  const [clusters, setClusters] = useState<ReviewCluster[]>([]);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [picked, setPicked] = useState<ReadonlyMap<string, ReadonlySet<string>>>(new Map());
  const [tickedTags, setTickedTags] = useState<ReadonlySet<string>>(new Set());
  const meta = () => ({ lang: host.lang, now: host.now(), by: host.user });

  const load = async (step: (name: string, done: number, total: number) => void): Promise<SuggestionReview | null> => {
    const workbook = await host.readWorkbook((done, total) => step(t("common.reading"), done, total));
    const result = await engine.reviewSuggestions({ ...meta(), workbook });
    setReview(result);
    setClusters(result ? [...result.clusters] : []);
    setTicked(new Set());
    setPicked(new Map());
    setTickedTags(new Set());
    return result;
  };

  const start = () => job.start(async ({ step }) => {
    const result = await load(step);
    if (!result) return { intent: "warning", text: t("common.noTracker") };
    return result.clusters.length === 0 ? { intent: "warning", text: t("clusters.none") } : null;
  });

  /** Writes the decisions, then reloads the review so what was decided leaves the lists. */
  const write = (decisions: Partial<Decisions>, done: Outcome) => job.start(async ({ step, signal }) => {
    const workbook = await host.readWorkbook((n, total) => step(t("common.reading"), n, total));
    const plan = await engine.acceptSuggestions({ ...meta(), workbook, decisions: { ...NO_DECISIONS, ...decisions } });
    if (!plan) return { intent: "warning", text: t("common.noTracker") };
    await host.applyPlan(plan, { keep: [], signal, onProgress: (n, total) => step(t("common.writing"), n, total) });
    await load(step);
    return done;
  });

  const tick = (id: string, on: boolean): void => setTicked(toggled(ticked, id, on));
  const edited = (next: ReviewCluster[], tickedIds: readonly string[]): void => {
    setClusters(next);
    setTicked(new Set([...[...ticked].filter((id) => next.some((c) => c.id === id)), ...tickedIds]));
    setPicked(new Map());
  };

  const merge = (): void => {
    const next = mergeClusters(clusters, ticked);
    edited(next, next.filter((c) => c.origin === "edited" && ticked.has(c.id)).map((c) => c.id));
  };
  const split = (id: string): void => {
    const source = clusters.find((c) => c.id === id)!;
    const next = splitCluster(clusters, id, picked.get(id) ?? new Set(), t("clusters.splitName", { name: source.name }));
    edited(next, next.filter((c) => !clusters.includes(c) && c.id !== id).map((c) => c.id));
  };
  const pick = (clusterId: string, memberId: string, on: boolean): void => setPicked(new Map(picked).set(clusterId, toggled(picked.get(clusterId) ?? new Set(), memberId, on)));

  const acceptClusters = (): void => {
    const chosen = clusterDecisions(clusters, ticked);
    void write({ clusters: chosen }, { intent: "success", text: t("clusters.accepted", { clusters: chosen.length, recommendations: chosen.reduce((n, c) => n + c.members.length, 0) }) });
  };
  const rejectable = clusters.filter((c) => c.origin === "suggested" && ticked.has(c.id));
  const rejectClusters = (): void => void write({ rejectedClusters: rejectable.map((c) => c.id) }, { intent: "success", text: t("clusters.rejected", { count: rejectable.length }) });
  const decideTags = (accept: boolean): void => {
    const tags = tagDecisions(review?.tags ?? [], tickedTags, accept);
    void write({ tags }, { intent: "success", text: t(accept ? "tags.accepted" : "clusters.rejected", { count: tags.length }) });
  };

  return (
    <section style={{ display: "grid", gap: 12 }} aria-labelledby="clusters-title">
      <Subtitle2 as="h2" id="clusters-title">{t("tab.clusters")}</Subtitle2>
      <Text>{t("clusters.intro")}</Text>
      <Button appearance={review ? "secondary" : "primary"} disabled={job.busy} onClick={() => void start()}>{t("clusters.suggest")}</Button>
      <JobStatus job={job} />
      {review && (
        <>
          <Subtitle2 as="h3">{t("clusters.heading")}</Subtitle2>
          {clusters.length === 0 ? <Text>{t("clusters.none")}</Text> : (
            <>
              <ClusterList clusters={clusters} ticked={ticked} onTick={tick} onRename={(id, name) => setClusters(renameCluster(clusters, id, name))} picked={picked} onPick={pick} onSplit={split} disabled={job.busy} />
              <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
                <Button appearance="primary" disabled={job.busy || ticked.size === 0} onClick={acceptClusters}>{t("clusters.accept", { count: ticked.size })}</Button>
                <Button disabled={job.busy || ticked.size < 2} onClick={merge}>{t("clusters.merge", { count: ticked.size })}</Button>
                <Button disabled={job.busy || rejectable.length === 0} onClick={rejectClusters}>{t("clusters.reject", { count: rejectable.length })}</Button>
              </div>
            </>
          )}
          <Divider />
          <Subtitle2 as="h3">{t("tags.heading")}</Subtitle2>
          <TagList tags={review.tags} ticked={tickedTags} onTicked={setTickedTags} />
          {review.tags.length > 0 && (
            <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
              <Button appearance="primary" disabled={job.busy || tickedTags.size === 0} onClick={() => decideTags(true)}>{t("tags.accept", { count: tickedTags.size })}</Button>
              <Button disabled={job.busy || tickedTags.size === 0} onClick={() => decideTags(false)}>{t("tags.reject", { count: tickedTags.size })}</Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
