/** The "changes since" tables as the pane shows them: one titled table per kind of change, "None." when empty. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { cellDisplay } from "../../shared/flows/previewRows";
import type { ChangesTable } from "../../shared/history/changesSheet";
import { useMessages } from "../i18n/messages";

export function ChangesTables({ tables }: { tables: readonly ChangesTable[] }) {
  const { t } = useMessages();
  return (
    <>
      {tables.map((table) => (
        <div key={table.title} style={{ display: "grid", gap: 4 }}>
          <Text as="h4" weight="semibold" style={{ margin: 0 }}>{table.title}</Text>
          {table.rows.length === 0 ? <Text>{t("history.changes.none")}</Text> : (
            <Table size="extra-small" aria-label={table.title}>
              <TableHeader>
                <TableRow>{table.columns.map((c) => <TableHeaderCell key={c}>{c}</TableHeaderCell>)}</TableRow>
              </TableHeader>
              <TableBody>
                {table.rows.map((row, i) => (
                  <TableRow key={i}>{row.map((cell, j) => <TableCell key={j}>{cellDisplay(cell)}</TableCell>)}</TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </div>
      ))}
    </>
  );
}
