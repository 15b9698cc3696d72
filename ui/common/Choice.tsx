/** The panes' dropdowns in a labelled field: one value (ANY for none), or several kept in the order they were picked. */
import { Dropdown, Field as FormField, Option } from "@fluentui/react-components";

export const ANY = "";

export interface ChoiceOption {
  readonly value: string;
  readonly text: string;
}

export interface ChoiceProps {
  readonly label: string;
  readonly value: string;
  readonly options: readonly ChoiceOption[];
  readonly disabled?: boolean;
  onChange(value: string): void;
}

/** Options whose text is their value. */
export const plainOptions = (values: readonly string[]): ChoiceOption[] => values.map((value) => ({ value, text: value }));

export function Choice({ label, value, options, disabled, onChange }: ChoiceProps) {
  const shown = options.find((o) => o.value === value)?.text ?? "";
  return (
    <FormField label={label}>
      <Dropdown value={shown} selectedOptions={[value]} disabled={disabled === true} onOptionSelect={(_, d) => onChange(d.optionValue ?? ANY)}>
        {options.map((o) => <Option key={o.value} value={o.value}>{o.text}</Option>)}
      </Dropdown>
    </FormField>
  );
}

export interface ChoicesProps {
  readonly label: string;
  readonly hint?: string;
  /** Shown while nothing is picked: what none means. */
  readonly placeholder?: string;
  readonly values: readonly string[];
  readonly options: readonly ChoiceOption[];
  onChange(values: string[]): void;
}

export function Choices({ label, hint, placeholder, values, options, onChange }: ChoicesProps) {
  const text = (value: string): string => options.find((o) => o.value === value)?.text ?? value;
  return (
    <FormField label={label} {...(hint === undefined ? {} : { hint })}>
      <Dropdown multiselect {...(placeholder === undefined ? {} : { placeholder })} value={values.map(text).join(", ")} selectedOptions={[...values]} onOptionSelect={(_, d) => onChange(d.selectedOptions)}>
        {options.map((o) => <Option key={o.value} value={o.value}>{o.text}</Option>)}
      </Dropdown>
    </FormField>
  );
}
