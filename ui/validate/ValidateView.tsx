/** Validate: the tracker's issues, grouped by severity and filterable, marked in the sheet, fixable in one click. */
import { Button, Field as FormField, Input, Subtitle2, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { TrackerIssue, Validation } from "../../shared/flows";
import { cellDisplay } from "../../shared/flows/previewRows";
import { Choice } from "../common/Choice";
import { JobStatus } from "../common/JobStatus";
import { useJob, type Outcome } from "../common/useJob";
import type { Engine, PaneHost } from "../host";
import { useMessages } from "../i18n/messages";
import { IssueItem, targetAddress } from "./IssueItem";

const SEVERITIES = ["error", "warning", "info"] as const;
type SeverityFilter = (typeof SEVERITIES)[number] | "all";
/** Past this many the list asks for a narrower filter: a pane of thousands of rows helps nobody. */
const LISTED = 200;

export function ValidateView({ host, engine }: { host: PaneHost; engine: Engine }) {
  const messages = useMessages();
  const { t } = messages;
  const job = useJob(messages, engine.cancel);
  const [validation, setValidation] = useState<Validation | null>(null);
  const [severity, setSeverity] = useState<SeverityFilter>("all");
  const [search, setSearch] = useState("");

  const meta = () => ({ lang: host.lang, now: host.now(), by: host.user });

  const check = async (step: (name: string, done: number, total: number) => void): Promise<Outcome> => {
    const workbook = await host.readWorkbook((done, total) => step(t("common.reading"), done, total));
    const result = await engine.validate({ ...meta(), workbook });
    setValidation(result);
    if (!result) return { intent: "warning", text: t("common.noTracker") };
    await host.paintHighlights(result.highlights);
    await host.applyPlan(result.issuesPlan, { keep: [], signal: new AbortController().signal, onProgress: () => undefined });
    return result.issues.length === 0 ? { intent: "success", text: t("validate.none") } : null;
  };

  const fix = (issue: TrackerIssue) => job.start(async ({ step }) => {
    const workbook = await host.readWorkbook((done, total) => step(t("common.reading"), done, total));
    const result = await engine.fix({ ...meta(), workbook }, issue);
    if (!result) return check(step);
    await host.writeCell(result.target, result.value, validation?.issuesPlan.dateFormat ?? "yyyy-mm-dd");
    const outcome = await check(step);
    return outcome ?? { intent: "success", text: t("validate.fixed", { cell: targetAddress(issue) ?? "", value: cellDisplay(result.value) }) };
  });

  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (validation?.issues ?? []).filter((i) => (severity === "all" || i.severity === severity) && (needle === "" || `${i.message} ${targetAddress(i) ?? ""}`.toLowerCase().includes(needle)));
  }, [validation, severity, search]);

  const counts = validation?.counts;
  return (
    <section style={{ display: "grid", gap: 12 }} aria-labelledby="validate-title">
      <Subtitle2 as="h2" id="validate-title">{t("tab.validate")}</Subtitle2>
      <Button appearance="primary" disabled={job.busy} onClick={() => void job.start(({ step }) => check(step))}>{t("validate.check")}</Button>
      <JobStatus job={job} />
      {counts && <Text>{t("validate.summary", { errors: counts.error, warnings: counts.warning, infos: counts.info })}</Text>}
      {validation && validation.issues.length > 0 && (
        <>
          <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
            <Choice
              label={t("column.severity")} value={severity} options={[{ value: "all", text: t("validate.all") }, ...SEVERITIES.map((s) => ({ value: s, text: t(`severity.${s}`) }))]}
              onChange={(picked) => setSeverity((picked || "all") as SeverityFilter)}
            />
            <FormField label={t("validate.filter")}>
              <Input value={search} onChange={(_, d) => setSearch(d.value)} />
            </FormField>
          </div>
          {SEVERITIES.map((s) => {
            const group = shown.filter((i) => i.severity === s).slice(0, LISTED);
            if (group.length === 0) return null;
            return (
              <div key={s}>
                <Subtitle2 as="h3">{`${t(`severity.${s}`)} (${shown.filter((i) => i.severity === s).length})`}</Subtitle2>
                <ul style={{ listStyle: "none", margin: 0, padding: 0 }}>
                  {group.map((issue, i) => (
                    <IssueItem key={i} issue={issue} busy={job.busy} onGoTo={() => issue.target && void host.goTo(issue.target)} onFix={() => void fix(issue)} />
                  ))}
                </ul>
              </div>
            );
          })}
          {shown.length > LISTED * SEVERITIES.length && <Text>{t("validate.more", { count: shown.length - LISTED * SEVERITIES.length })}</Text>}
        </>
      )}
    </section>
  );
}
