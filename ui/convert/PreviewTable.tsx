/** The first rows as the tracker will store them. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";

const clip = (text: string): string => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

export function PreviewTable({ rows, label }: { rows: readonly string[][]; label: string }) {
  const [header = [], ...body] = rows;
  return (
    <div style={{ overflowX: "auto" }} tabIndex={0} role="region" aria-label={label}>
      <Table size="extra-small" aria-label={label} style={{ tableLayout: "auto", width: "max-content", minWidth: "100%" }}>
        <TableHeader>
          <TableRow>{header.map((h, i) => <TableHeaderCell key={i}>{h}</TableHeaderCell>)}</TableRow>
        </TableHeader>
        <TableBody>
          {body.map((row, r) => <TableRow key={r}>{row.map((cell, c) => <TableCell key={c} style={{ minWidth: 80, maxWidth: 260, verticalAlign: "top" }}>{clip(cell)}</TableCell>)}</TableRow>)}
        </TableBody>
      </Table>
    </div>
  );
}
