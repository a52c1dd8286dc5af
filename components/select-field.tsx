export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
  testId?: string;
}

/** A labelled native <select>: native keeps keyboard and screen-reader behaviour for free. */
export function SelectField<T extends string>({
  label,
  value,
  choices,
  onChange,
  disabled,
  testId,
}: SelectFieldProps<T>) {
  return (
    <label class="field">
      <span class="field-label">{label}</span>
      <select
        class="select"
        value={value}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => {
          const picked = choices.find((choice) => choice.value === event.currentTarget.value);
          if (picked) onChange(picked.value);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
