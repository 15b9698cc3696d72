/** Dashboard: refresh the rollups as of a date; the Dashboard sheet (tables and charts) is rewritten. */
import { Button, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { useState } from "react";
import type { Rollups } from "../../shared/rollup/types";
import { DayField, isIsoDay } from "../common/DayField";
import { JobStatus } from "../common/JobStatus";
import { useJob } from "../common/useJob";
import type { Engine, PaneHost } from "../host";
import { useMessages } from "../i18n/messages";

/** The pane shows the dimensions people report on first; the sheet has them all. */
const SHOWN = ["mechanism", "institution", "sdgGoal", "cluster"] as const;

export function DashboardView({ host, engine }: { host: PaneHost; engine: Engine }) {
  const messages = useMessages();
  const { t } = messages;
  const job = useJob(messages, engine.cancel);
  const [asOf, setAsOf] = useState(host.now().slice(0, 10));
  const [rollups, setRollups] = useState<Rollups | null>(null);

  const refresh = () => job.start(async ({ step, signal }) => {
    const workbook = await host.readWorkbook((done, total) => step(t("common.reading"), done, total));
    const result = await engine.dashboard({ lang: host.lang, now: host.now(), by: host.user, workbook, asOf });
    if (!result) return { intent: "warning", text: t("common.noTracker") };
    await host.applyPlan(result.plan, { keep: [], signal, onProgress: (done, total) => step(t("common.writing"), done, total) });
    setRollups(result.rollups);
    return { intent: "success", text: t("dashboard.done", { date: asOf }) };
  });

  return (
    <section style={{ display: "grid", gap: 12 }} aria-labelledby="dashboard-title">
      <Subtitle2 as="h2" id="dashboard-title">{t("tab.dashboard")}</Subtitle2>
      <DayField label={t("dashboard.asOf")} value={asOf} onChange={setAsOf} />
      <Button appearance="primary" disabled={job.busy || !isIsoDay(asOf)} onClick={() => void refresh()}>{t("dashboard.refresh")}</Button>
      <JobStatus job={job} />
      {rollups && SHOWN.map((dimension) => {
        const table = rollups.tables.find((tb) => tb.dimension === dimension);
        if (!table || table.rows.length === 0) return null;
        return (
          <Table key={dimension} size="extra-small" aria-label={t(`dashboard.by.${dimension}`)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t(`dashboard.by.${dimension}`)}</TableHeaderCell>
                <TableHeaderCell>{t("dashboard.total")}</TableHeaderCell>
                <TableHeaderCell>{t("dashboard.overdue")}</TableHeaderCell>
                <TableHeaderCell>{t("dashboard.implementedShare")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((row) => (
                <TableRow key={row.key}>
                  <TableCell>{row.key === "" ? t("dashboard.none") : row.key}</TableCell>
                  <TableCell>{row.total}</TableCell>
                  <TableCell>{row.overdue}</TableCell>
                  <TableCell>{`${Math.round(row.implementedShare * 100)} %`}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        );
      })}
    </section>
  );
}
