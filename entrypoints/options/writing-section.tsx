import { useState } from 'preact/hooks';
import { Section } from '@/components/section';
import { SelectField, type Choice } from '@/components/select-field';
import { DEFAULT_COMPOSE_SHORTCUT, shortcutFromEvent } from '@/utils/compose/shortcut';
import { CHINESE_SCRIPTS, COMPOSE_TONES, type ChineseScript, type ComposeTone } from '@/utils/settings/schema';
import type { SettingsSectionProps } from './settings-props';

const SCRIPT_CHOICES: Choice<ChineseScript>[] = Object.entries(CHINESE_SCRIPTS).map(([value, label]) => ({
  value: value as ChineseScript,
  label,
}));
const TONE_CHOICES: Choice<ComposeTone>[] = Object.entries(COMPOSE_TONES).map(([value, label]) => ({
  value: value as ComposeTone,
  label,
}));

/**
 * Writing replies: the shortcut that turns what the reader wrote into Chinese (pressed in the
 * field to record a new one) and which Chinese it writes.
 */
export function WritingSection({ settings, save }: SettingsSectionProps) {
  const { shortcut, chinese } = settings.compose;
  const [recording, setRecording] = useState(false);
  const [hint, setHint] = useState('');
  const saveShortcut = (next: string) =>
    save((current) => ({ ...current, compose: { ...current.compose, shortcut: next } }));

  return (
    <Section
      id="writing"
      title="Writing replies"
      description="In any comment box or text field, write in English and press the shortcut (or right-click › Translate what I wrote into Chinese): Ferry puts the Chinese in its place, as if you had typed it, and shows how it reads back. One undo brings your English back. Drafts are never cached and go to your chosen translator only."
    >
      <label class="field">
        <span class="field-label">Shortcut</span>
        <input
          class="input shortcut-input"
          readOnly
          value={recording ? 'Press the keys…' : shortcut}
          data-testid="options-compose-shortcut"
          aria-describedby="shortcut-hint"
          onFocus={() => setRecording(true)}
          onBlur={() => {
            setRecording(false);
            setHint('');
          }}
          onKeyDown={(event) => {
            if (event.key === 'Tab') return;
            event.preventDefault();
            const next = shortcutFromEvent(event);
            if (next) {
              saveShortcut(next);
              setHint('');
              event.currentTarget.blur();
            } else if (!['Alt', 'Control', 'Shift', 'Meta'].includes(event.key)) {
              setHint('Hold Alt, Ctrl or ⌘ with a letter, a digit or Enter.');
            }
          }}
        />
      </label>
      <p class="muted" id="shortcut-hint" role="status">
        {hint || `Click the box and press the keys you want. Default: ${DEFAULT_COMPOSE_SHORTCUT}.`}
        {shortcut !== DEFAULT_COMPOSE_SHORTCUT ? (
          <>
            {' '}
            <button type="button" class="link-button" onClick={() => saveShortcut(DEFAULT_COMPOSE_SHORTCUT)}>
              Use {DEFAULT_COMPOSE_SHORTCUT}
            </button>
          </>
        ) : null}
      </p>
      <SelectField
        label="Write in"
        value={chinese}
        choices={SCRIPT_CHOICES}
        testId="options-compose-chinese"
        onChange={(next) => save((current) => ({ ...current, compose: { ...current.compose, chinese: next } }))}
      />
      <SelectField
        label="Tone (AI translators)"
        value={settings.compose.tone}
        choices={TONE_CHOICES}
        testId="options-compose-tone"
        onChange={(next) => save((current) => ({ ...current, compose: { ...current.compose, tone: next } }))}
      />
    </Section>
  );
}
