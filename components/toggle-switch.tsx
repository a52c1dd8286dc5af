import './toggle-switch.css';

interface ToggleSwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Accessible name; the switch itself shows no text. */
  label: string;
  disabled?: boolean;
  testId?: string;
}

/** An on/off switch built on a real checkbox, so keyboard, screen readers and `.checked` work. */
export function ToggleSwitch({ checked, onChange, label, disabled, testId }: ToggleSwitchProps) {
  return (
    <span class="switch">
      <input
        type="checkbox"
        role="switch"
        aria-label={label}
        aria-checked={checked}
        checked={checked}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true" />
    </span>
  );
}
