/** One issue: its message, where it is, "go to cell" and the one-click fix when there is one. */
import { Badge, Button, Text } from "@fluentui/react-components";
import type { TrackerIssue } from "../../shared/flows";
import { codeLabel } from "../../shared/i18n/issues";
import { cellAddress } from "../../shared/grid/address";
import { useMessages } from "../i18n/messages";

const INTENT = { error: "danger", warning: "warning", info: "informative" } as const;

export const targetAddress = (issue: TrackerIssue): string | null =>
  issue.target ? `${issue.target.sheet}!${cellAddress(issue.target.row, issue.target.col)}` : null;

export function IssueItem({ issue, busy, onGoTo, onFix }: { issue: TrackerIssue; busy: boolean; onGoTo(): void; onFix(): void }) {
  const { t, lang } = useMessages();
  const where = targetAddress(issue) ?? [issue.sheet, issue.cell].filter(Boolean).join("!");
  const suggestion = issue.suggestion ? codeLabel(issue.field ?? "", issue.suggestion, lang) : "";
  return (
    <li style={{ display: "grid", gap: 4, padding: "8px 0", borderBottom: "1px solid var(--colorNeutralStroke2)" }}>
      <span>
        <Badge appearance="tint" color={INTENT[issue.severity]}>{t(`severity.${issue.severity}`)}</Badge>{" "}
        {where && <Text weight="semibold">{where}</Text>}
      </span>
      <Text>{issue.message}</Text>
      <span style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        {issue.target && <Button size="small" disabled={busy} onClick={onGoTo}>{t("validate.goTo")}</Button>}
        {issue.fixable && <Button size="small" appearance="primary" disabled={busy} onClick={onFix}>{t("validate.fix", { value: suggestion })}</Button>}
      </span>
    </li>
  );
}
