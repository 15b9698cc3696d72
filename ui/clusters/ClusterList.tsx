/** The clusters under review: tick to accept, reject or merge; rename in place; pick members to split them off. */
import { Badge, Button, Checkbox, Input, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { ClusterMember, ReviewCluster } from "../../shared/flows";
import { useMessages } from "../i18n/messages";

/** Members shown under a cluster until the user asks for all. */
const SHOWN_MEMBERS = 3;

export interface ClusterListProps {
  readonly clusters: readonly ReviewCluster[];
  readonly ticked: ReadonlySet<string>;
  onTick(id: string, on: boolean): void;
  onRename(id: string, name: string): void;
  /** Members picked for a split, by cluster. */
  readonly picked: ReadonlyMap<string, ReadonlySet<string>>;
  onPick(clusterId: string, memberId: string, on: boolean): void;
  onSplit(clusterId: string): void;
  readonly disabled: boolean;
}

export function ClusterList(props: ClusterListProps) {
  const { t } = useMessages();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  return (
    <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 12 }}>
      {props.clusters.map((c) => {
        const picked = props.picked.get(c.id) ?? new Set<string>();
        const members = expanded.has(c.id) ? c.members : c.members.slice(0, SHOWN_MEMBERS);
        return (
          <li key={c.id} style={{ borderBottom: "1px solid var(--colorNeutralStroke2)", paddingBottom: 8, display: "grid", gap: 4 }}>
            <div style={{ display: "flex", alignItems: "center", gap: 8, flexWrap: "wrap" }}>
              <Checkbox checked={props.ticked.has(c.id)} label={t("clusters.size", { name: c.name, count: c.members.length })} onChange={(_, d) => props.onTick(c.id, Boolean(d.checked))} />
              <Badge appearance="tint" color={c.origin === "tracker" ? "informative" : c.origin === "edited" ? "warning" : "brand"}>{t(`clusters.origin.${c.origin}`)}</Badge>
            </div>
            <Input aria-label={t("clusters.rename", { name: c.name })} value={c.name} onChange={(_, d) => props.onRename(c.id, d.value)} />
            <ul style={{ margin: 0, paddingInlineStart: 16, display: "grid", gap: 4 }}>
              {members.map((m) => (
                <li key={m.id}>
                  <Checkbox checked={picked.has(m.id)} aria-label={t("clusters.pick", { text: m.text })} label={<Text size={200}>{m.text}</Text>} onChange={(_, d) => props.onPick(c.id, m.id, Boolean(d.checked))} />
                  <RelatedLine member={m} />
                </li>
              ))}
            </ul>
            <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
              {c.members.length > SHOWN_MEMBERS && !expanded.has(c.id) && (
                <Button size="small" appearance="subtle" onClick={() => setExpanded(new Set(expanded).add(c.id))}>{t("clusters.showAll", { count: c.members.length })}</Button>
              )}
              {picked.size > 0 && picked.size < c.members.length && (
                <Button size="small" disabled={props.disabled} onClick={() => props.onSplit(c.id)}>{t("clusters.split", { count: picked.size })}</Button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function RelatedLine({ member }: { member: ClusterMember }) {
  const { t } = useMessages();
  if (member.related.length === 0) return null;
  const list = member.related.map((r) => t("clusters.relatedItem", { id: r.id, kind: t(`analysis.${r.kind}`), score: r.score.toFixed(2) })).join(", ");
  return <Text size={100} block title={member.related.map((r) => r.text).join("\n")}>{t("clusters.related", { list })}</Text>;
}
