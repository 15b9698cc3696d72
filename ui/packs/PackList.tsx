/** The packs just prepared, each with a download link and, where the host can, a button opening it as a new workbook. */
import { Button, Link, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { SplitPack } from "../host";
import { useMessages } from "../i18n/messages";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** One object URL per pack, revoked when the list changes or leaves the page (each holds its bytes in memory). */
function useDownloadUrls(packs: readonly SplitPack[]): readonly string[] {
  const [urls, setUrls] = useState<readonly string[]>([]);
  useEffect(() => {
    const made = packs.map((p) => URL.createObjectURL(new Blob([p.bytes], { type: XLSX })));
    setUrls(made);
    return () => made.forEach((url) => URL.revokeObjectURL(url));
  }, [packs]);
  return urls;
}

export interface PackListProps {
  readonly packs: readonly SplitPack[];
  readonly busy: boolean;
  /** Absent where the host cannot open a workbook. */
  readonly onOpen?: (pack: SplitPack) => void;
}

export function PackList({ packs, busy, onOpen }: PackListProps) {
  const { t } = useMessages();
  const urls = useDownloadUrls(packs);
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16, display: "grid", gap: 8 }}>
      {packs.map((p, i) => (
        <li key={p.file}>
          <Text id={`pack-${i}`}>{t("packs.split.line", { file: p.file, institution: p.institution, recommendations: p.recommendations, activities: p.activities })}</Text>
          <div style={{ display: "flex", gap: 12, alignItems: "center", flexWrap: "wrap" }}>
            {urls[i] && <Link href={urls[i]} download={p.file} aria-describedby={`pack-${i}`}>{t("packs.split.download")}</Link>}
            {onOpen && <Button size="small" disabled={busy} aria-describedby={`pack-${i}`} onClick={() => onOpen(p)}>{t("packs.split.open")}</Button>}
          </div>
        </li>
      ))}
    </ul>
  );
}
