/** The columns as the engine read them, each with the field the user can correct (one field per column, to fit a narrow pane). */
import { Caption1, Dropdown, Field as FormField, Option } from "@fluentui/react-components";
import type { ColumnMapping } from "../../shared/import/columnMapping";
import { fieldLabel } from "../../shared/i18n/issues";
import { FIELDS, type Field } from "../../shared/model/fields";
import { useMessages } from "../i18n/messages";

const EXTRA = "";

export function MappingTable({ columns, corrected, onCorrect }: {
  columns: readonly ColumnMapping[];
  corrected: ReadonlyMap<string, Field | null>;
  onCorrect(header: string, field: Field | null): void;
}) {
  const { t, lang } = useMessages();
  const label = (field: Field | null): string => (field === null ? t("convert.extra") : fieldLabel(field, lang));
  return (
    <div role="group" aria-label={t("convert.columns")} style={{ display: "grid", gap: 8 }}>
      {columns.filter((c) => c.header !== "").map((c) => {
        const field = corrected.has(c.header) ? corrected.get(c.header) ?? null : c.field;
        return (
          <FormField key={c.column} label={c.header} hint={<Caption1>{t("convert.confidenceIs", { percent: Math.round(c.confidence * 100) })}</Caption1>}>
            <Dropdown
              size="small"
              aria-label={`${t("convert.field")}: ${c.header}`}
              value={label(field)}
              selectedOptions={[field ?? EXTRA]}
              onOptionSelect={(_, data) => onCorrect(c.header, data.optionValue ? (data.optionValue as Field) : null)}
            >
              <Option value={EXTRA}>{t("convert.extra")}</Option>
              {FIELDS.map((f) => <Option key={f} value={f}>{fieldLabel(f, lang)}</Option>)}
            </Dropdown>
          </FormField>
        );
      })}
    </div>
  );
}
