/** How a sheet or an export reads: header row, the columns (correctable), the first rows as stored, counts and diff. */
import { Subtitle2, Text } from "@fluentui/react-components";
import type { ConvertAnalysis } from "../../shared/flows";
import type { Field } from "../../shared/model/fields";
import { useMessages } from "../i18n/messages";
import { MappingTable } from "./MappingTable";
import { PreviewTable } from "./PreviewTable";

export function AnalysisPanel({ analysis, corrected, onCorrect }: {
  analysis: ConvertAnalysis;
  corrected: ReadonlyMap<string, Field | null>;
  onCorrect(header: string, field: Field | null): void;
}) {
  const { t } = useMessages();
  const { mapping, diff } = analysis;
  if (!mapping) return null;
  return (
    <>
      <Text>{t("convert.headerRow", { row: mapping.headerRow ?? "?", sheet: mapping.sheet })}</Text>
      <Subtitle2 as="h3">{t("convert.columns")}</Subtitle2>
      <MappingTable columns={mapping.columns} corrected={corrected} onCorrect={onCorrect} />
      <Subtitle2 as="h3">{t("convert.preview")}</Subtitle2>
      <PreviewTable rows={analysis.preview} label={t("convert.preview")} />
      <Text>{t("convert.counts", { recommendations: analysis.recommendations, activities: analysis.activities, errors: analysis.issues.error, warnings: analysis.issues.warning })}</Text>
      {diff && <Text>{t("convert.diff", { added: diff.added.length, changed: diff.changed.length, unchanged: diff.unchanged.length, missing: diff.missing.length })}</Text>}
    </>
  );
}
