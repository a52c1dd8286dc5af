import './segmented-control.css';
import type { Choice } from './select-field';

interface SegmentedControlProps<T extends string> {
  /** Accessible name of the group. */
  legend: string;
  /** Radio group name; unique per page. */
  name: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
  testId?: string;
}

/** A small radio group drawn as joined buttons, for choices of two to four short options. */
export function SegmentedControl<T extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
  disabled,
  testId,
}: SegmentedControlProps<T>) {
  return (
    <fieldset class="segmented" data-testid={testId} data-value={value} disabled={disabled}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label class="segment" key={choice.value}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
