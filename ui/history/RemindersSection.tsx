/** Reminders: per institution, its overdue and soon-due items as an e-mail draft; the person checks and sends it. */
import { Button, Field as FormField, Input, Subtitle2, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { InstitutionReminder } from "../../shared/flows";
import { MAX_WITHIN_DAYS, withinDays } from "../../shared/history/reminders";
import { JobStatus } from "../common/JobStatus";
import { useJob } from "../common/useJob";
import type { Engine, PaneHost } from "../host";
import { useMessages } from "../i18n/messages";
import { DayField, isIsoDay } from "../common/DayField";
import { ReminderList } from "./ReminderList";

/** As the command line's --within. */
const isWithin = (value: string): boolean => withinDays(value) !== null;

export function RemindersSection({ host, engine }: { host: PaneHost; engine: Engine }) {
  const messages = useMessages();
  const { t } = messages;
  const job = useJob(messages, engine.cancel);
  const [asOf, setAsOf] = useState(host.now().slice(0, 10));
  const [within, setWithin] = useState("30");
  const [contacts, setContacts] = useState("");
  const [list, setList] = useState<InstitutionReminder[]>([]);

  const prepare = () => job.start(async ({ step }) => {
    setList([]);
    const workbook = await host.readWorkbook((done, total) => step(t("common.reading"), done, total));
    const days = Number(within);
    const result = await engine.reminders({ workbook, asOf, withinDays: days, now: host.now(), ...(contacts.trim() ? { contacts } : {}) });
    if (!result) return { intent: "warning", text: t("common.noTracker") };
    if ("problem" in result) return { intent: "error", text: t(result.problem.key, { ...result.problem.params, file: t("history.contacts") }) };
    setList(result);
    if (result.length === 0) return { intent: "success", text: t("history.cli.noReminders", { days, date: asOf }) };
    return { intent: "success", text: t("history.remindersReady", { count: result.length }) };
  });

  return (
    <section style={{ display: "grid", gap: 8 }} aria-labelledby="reminders-title">
      <Subtitle2 as="h3" id="reminders-title">{t("history.remindersTitle")}</Subtitle2>
      <DayField label={t("history.asOf")} value={asOf} onChange={setAsOf} />
      <FormField label={t("history.within")} validationMessage={isWithin(within) ? null : t("history.badWithin")}>
        <Input type="number" min={0} max={MAX_WITHIN_DAYS} value={within} onChange={(_, d) => setWithin(d.value)} />
      </FormField>
      <FormField label={t("history.contacts")} hint={t("history.contactsHint")}>
        <Textarea value={contacts} resize="vertical" onChange={(_, d) => setContacts(d.value)} />
      </FormField>
      <Button appearance="primary" disabled={job.busy || !isIsoDay(asOf) || !isWithin(within)} onClick={() => void prepare()}>{t("history.prepareReminders")}</Button>
      <JobStatus job={job} />
      {list.length > 0 && <ReminderList reminders={list} />}
    </section>
  );
}
