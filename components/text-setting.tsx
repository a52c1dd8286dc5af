import { useLayoutEffect, useState } from 'preact/hooks';

interface TextSettingProps {
  /** Element id of the input; also the prefix of its hint and error ids. */
  id: string;
  label: string;
  value: string;
  /** Called with a changed, valid value when the user commits it (Enter or leaving the field). */
  onCommit: (value: string) => void;
  /** Returns why a value cannot be saved, or null. An invalid value stays on screen unsaved. */
  validate?: (value: string) => string | null;
  /** Shows a "Reset" button that commits this value. */
  resetTo?: string;
  /** Masks the value and adds a Show/Hide button. */
  secret?: boolean;
  type?: 'text' | 'url';
  placeholder?: string;
  hint?: string;
  testId?: string;
}

/** A text input that saves on commit, not on every keystroke, and shows its own inline error. */
export function TextSetting({
  id,
  label,
  value,
  onCommit,
  validate,
  resetTo,
  secret,
  type = 'text',
  placeholder,
  hint,
  testId,
}: TextSettingProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(false);

  // A new stored value (saved here, imported, changed in the popup) replaces the draft. A layout
  // effect runs with the render, so it can never land after (and wipe) an edit made meanwhile.
  useLayoutEffect(() => {
    setDraft(value);
    setError(null);
  }, [value]);

  const commit = (text: string) => {
    setDraft(text);
    const problem = validate ? validate(text) : null;
    setError(problem);
    if (problem === null && text !== value) onCommit(text);
  };

  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;

  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      <div class="input-row">
        <input
          id={id}
          class="input"
          type={secret && !revealed ? 'password' : type}
          value={draft}
          placeholder={placeholder}
          autoComplete="off"
          spellcheck={false}
          aria-invalid={error !== null}
          aria-describedby={describedBy}
          data-testid={testId}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onChange={(event) => commit(event.currentTarget.value)}
        />
        {secret ? (
          <button
            type="button"
            class="button"
            aria-pressed={revealed}
            aria-label={revealed ? `Hide ${label}` : `Show ${label}`}
            onClick={() => setRevealed(!revealed)}
          >
            {revealed ? 'Hide' : 'Show'}
          </button>
        ) : null}
        {resetTo !== undefined ? (
          <button
            type="button"
            class="button"
            disabled={draft === resetTo && error === null}
            title={resetTo}
            onClick={() => commit(resetTo)}
          >
            Reset to default
          </button>
        ) : null}
      </div>
      {error ? (
        <p
          class="error-text"
          id={`${id}-error`}
          role="alert"
          data-testid={testId ? `${testId}-error` : undefined}
        >
          {error}
        </p>
      ) : hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
