/** Per institution, what is due and its reminder: a mailto: link that opens a draft, and the same draft as an .eml file. */
import { Button, Link, Text } from "@fluentui/react-components";
import type { InstitutionReminder } from "../../shared/flows";
import { useMessages } from "../i18n/messages";
import { downloadText } from "./downloadText";

export function ReminderList({ reminders }: { reminders: readonly InstitutionReminder[] }) {
  const { t } = useMessages();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16, display: "grid", gap: 8 }}>
      {reminders.map((r, i) => (
        <li key={r.file}>
          <Text id={`reminder-${i}`}>{t("history.reminderLine", { institution: r.institution, overdue: r.overdue, soon: r.dueSoon })}</Text>
          <div style={{ display: "flex", gap: 12, alignItems: "center", flexWrap: "wrap" }}>
            <Link href={r.mailto} aria-describedby={`reminder-${i}`}>{t("history.writeEmail")}</Link>
            <Button size="small" aria-describedby={`reminder-${i}`} onClick={() => downloadText(r.file, r.eml, "message/rfc822")}>{t("history.downloadEml")}</Button>
          </div>
        </li>
      ))}
    </ul>
  );
}
