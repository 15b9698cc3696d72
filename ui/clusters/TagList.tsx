/** Tag suggestions under review: one by one (a checkbox per suggestion) or in bulk (tick all at or above a score). */
import { Button, Checkbox, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { TagKind, TagReview } from "../../shared/flows";
import { choiceKey, keysAtLeast, tagsOfKind } from "../../shared/flows/review/tagChoices";
import { TAG_KINDS } from "../../shared/track/decidedSuggestions";
import { Choice, plainOptions } from "../common/Choice";
import { useMessages } from "../i18n/messages";
import { toggled } from "./toggled";

/** Recommendations listed at once; "show more" adds as many again. */
const PAGE = 20;
const SCORES = ["0.9", "0.7", "0.5", "0.3", "0"] as const;
const ALL = "all";

export interface TagListProps {
  readonly tags: readonly TagReview[];
  readonly ticked: ReadonlySet<string>;
  onTicked(next: ReadonlySet<string>): void;
}

export function TagList({ tags, ticked, onTicked }: TagListProps) {
  const { t } = useMessages();
  const [kind, setKind] = useState<TagKind | null>(null);
  const [minScore, setMinScore] = useState<string>("0.7");
  const [shown, setShown] = useState(PAGE);
  const list = tagsOfKind(tags, kind);
  const kindLabel = (k: TagKind | null): string => t(k === null ? "tags.kind.all" : `tags.kind.${k}`);
  const toggle = (key: string, on: boolean): void => onTicked(toggled(ticked, key, on));

  if (tags.length === 0) return <Text>{t("tags.none")}</Text>;
  return (
    <div style={{ display: "grid", gap: 8 }}>
      <Text>{t("tags.count", { count: list.length })}</Text>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap", alignItems: "end" }}>
        <Choice
          label={t("tags.kind")} value={kind ?? ALL} options={[{ value: ALL, text: kindLabel(null) }, ...TAG_KINDS.map((k) => ({ value: k, text: kindLabel(k) }))]}
          onChange={(picked) => { setKind(picked === ALL ? null : (picked as TagKind)); setShown(PAGE); }}
        />
        <Choice label={t("tags.minScore")} value={minScore} options={plainOptions(SCORES)} onChange={setMinScore} />
      </div>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Button size="small" onClick={() => onTicked(new Set([...ticked, ...keysAtLeast(list, Number(minScore))]))}>{t("tags.tickAll")}</Button>
        <Button size="small" disabled={ticked.size === 0} onClick={() => onTicked(new Set())}>{t("tags.untickAll")}</Button>
      </div>
      <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 8 }}>
        {list.slice(0, shown).map((rec) => (
          <li key={rec.id} style={{ borderBottom: "1px solid var(--colorNeutralStroke2)", paddingBottom: 4 }}>
            <Text size={200} block>{rec.text}</Text>
            {rec.choices.map((c) => {
              const key = choiceKey(rec.id, c);
              const label = t("tags.choice", { kind: kindLabel(c.kind), value: c.value, score: c.score.toFixed(2), reason: c.reason.join(", ") || "—" });
              return <Checkbox key={key} checked={ticked.has(key)} label={label} onChange={(_, d) => toggle(key, Boolean(d.checked))} />;
            })}
          </li>
        ))}
      </ul>
      {list.length > shown && <Button appearance="subtle" onClick={() => setShown(shown + PAGE)}>{t("tags.more", { count: Math.min(PAGE, list.length - shown) })}</Button>}
    </div>
  );
}
