/** Packs: split the tracker into packs to send; check the workbooks institutions sent back, see what would change, then apply. */
import { Button, Field as FormField, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { PacksCheck } from "../../shared/flows";
import { JobStatus } from "../common/JobStatus";
import { useJob } from "../common/useJob";
import type { Engine, PaneHost } from "../host";
import { useMessages } from "../i18n/messages";
import { SplitPacks } from "./SplitPacks";

export function PacksView({ host, engine }: { host: PaneHost; engine: Engine }) {
  const messages = useMessages();
  const { t } = messages;
  const job = useJob(messages, engine.cancel);
  const [files, setFiles] = useState<File[]>([]);
  const [check, setCheck] = useState<PacksCheck | null>(null);

  const run = () => job.start(async ({ step }) => {
    setCheck(null);
    const workbook = await host.readWorkbook((done, total) => step(t("common.reading"), done, total));
    const packs = await Promise.all(files.map(async (f) => ({ file: f.name, bytes: await f.arrayBuffer() })));
    const result = await engine.checkPacks({ lang: host.lang, now: host.now(), by: host.user, workbook, packs });
    if (!result) return { intent: "warning", text: t("common.noTracker") };
    setCheck(result);
    return result.merged ? null : { intent: "warning", text: t("packs.nothing") };
  });

  const apply = () => job.start(async ({ step, signal }) => {
    const merged = check?.merged;
    if (!merged) return null;
    await host.applyPlan(merged.plan, { keep: [], signal, onProgress: (done, total) => step(t("common.writing"), done, total) });
    setCheck(null);
    return { intent: "success", text: t("packs.applied", { applied: merged.result.applied.length }) };
  });

  const lines = (items: readonly { file: string; sheet: string; cell: string; message: string }[]) =>
    items.map((l, i) => <li key={i}><Text>{`${l.sheet}!${l.cell} — ${l.message}`}</Text></li>);

  return (
    <section style={{ display: "grid", gap: 24 }} aria-labelledby="packs-title">
      <Subtitle2 as="h2" id="packs-title">{t("tab.packs")}</Subtitle2>
      <SplitPacks host={host} engine={engine} />
      <section style={{ display: "grid", gap: 12 }} aria-labelledby="packs-merge-title">
        <Subtitle2 as="h3" id="packs-merge-title">{t("packs.merge.title")}</Subtitle2>
        <Text>{t("packs.intro")}</Text>
        <FormField label={{ htmlFor: "pack-files", children: t("packs.files") }} hint={t("report.trackerHint")}>
          <input id="pack-files" type="file" accept=".xlsx" multiple disabled={job.busy} onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        </FormField>
        <Button appearance={check?.merged ? "secondary" : "primary"} disabled={job.busy || files.length === 0} onClick={() => void run()}>{t("packs.check")}</Button>
        <JobStatus job={job} />
        {check && (
          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
            {check.refused.map((r) => <li key={r.file}><Text>{r.message}</Text></li>)}
            {check.merged?.reports.map((r) => (
              <li key={r.file}>
                <Text weight="semibold">{t("packs.merge.line", { institution: r.institution, file: r.file, applied: r.applied, rejected: r.rejected.length, conflicts: r.conflicts.length })}</Text>
                {r.rejected.length + r.conflicts.length > 0 && <ul>{lines([...r.rejected, ...r.conflicts])}</ul>}
              </li>
            ))}
          </ul>
        )}
        {check?.merged && <Button appearance="primary" disabled={job.busy} onClick={() => void apply()}>{t("packs.apply")}</Button>}
      </section>
    </section>
  );
}
