/** A day picker (ISO "YYYY-MM-DD") that says when what was typed is no date. */
import { Field as FormField, Input } from "@fluentui/react-components";
import { useMessages } from "../i18n/messages";

export const isIsoDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

export interface DayFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export function DayField({ label, value, onChange }: DayFieldProps) {
  const { t } = useMessages();
  return (
    <FormField label={label} validationMessage={isIsoDay(value) ? null : t("dashboard.badDate")}>
      <Input type="date" value={value} onChange={(_, d) => onChange(d.value)} />
    </FormField>
  );
}
