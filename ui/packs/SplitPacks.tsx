/** Packs: split the tracker in the workbook into one workbook per institution, to download or open and send. */
import { Button, Field as FormField, Input, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import { LANGS, type Lang } from "../../shared/model/codes";
import { JobStatus } from "../common/JobStatus";
import { useJob } from "../common/useJob";
import type { Engine, PaneHost, SplitPack } from "../host";
import { messagesFor, useMessages } from "../i18n/messages";
import { ANY, Choice } from "../common/Choice";
import { PackList } from "./PackList";

export function SplitPacks({ host, engine }: { host: PaneHost; engine: Engine }) {
  const messages = useMessages();
  const { t } = messages;
  const job = useJob(messages, engine.cancel);
  const [packLang, setPackLang] = useState<string>(ANY);
  const [deadline, setDeadline] = useState("");
  const [packs, setPacks] = useState<SplitPack[]>([]);

  const prepare = () => job.start(async ({ step }) => {
    setPacks([]);
    const workbook = await host.readWorkbook((done, total) => step(t("common.reading"), done, total));
    const options = { ...(packLang === ANY ? {} : { packLang: packLang as Lang }), ...(deadline === "" ? {} : { deadline }) };
    const result = await engine.splitPacks({ lang: host.lang, now: host.now(), by: host.user, workbook, ...options }, (done, total) => step(t("packs.split.writing"), done, total));
    if (!result) return { intent: "warning", text: t("common.noTracker") };
    if (result.length === 0) return { intent: "warning", text: t("packs.split.none") };
    setPacks(result);
    return { intent: "success", text: t("packs.split.ready", { count: result.length }) };
  });

  const openWorkbook = host.openWorkbook?.bind(host);
  const open = openWorkbook && ((pack: SplitPack) => job.start(async () => {
    await openWorkbook(pack.file, pack.bytes);
    return { intent: "success", text: t("packs.split.opened", { file: pack.file }) };
  }));

  return (
    <section style={{ display: "grid", gap: 12 }} aria-labelledby="packs-split-title">
      <Subtitle2 as="h3" id="packs-split-title">{t("packs.split.title")}</Subtitle2>
      <Text>{t("packs.split.intro")}</Text>
      <Choice label={t("packs.split.lang")} value={packLang} options={[{ value: ANY, text: t("packs.split.trackerLang") }, ...LANGS.map((l) => ({ value: l, text: messagesFor(l).t("lang.name") }))]} onChange={setPackLang} />
      <FormField label={t("packs.info.deadline")} hint={t("packs.split.deadlineHint")}>
        <Input type="date" value={deadline} disabled={job.busy} onChange={(_, d) => setDeadline(d.value)} />
      </FormField>
      <Button appearance="primary" disabled={job.busy} onClick={() => void prepare()}>{t("packs.split.prepare")}</Button>
      <JobStatus job={job} />
      {packs.length > 0 && <PackList packs={packs} busy={job.busy} {...(open ? { onOpen: (p: SplitPack) => void open(p) } : {})} />}
    </section>
  );
}
