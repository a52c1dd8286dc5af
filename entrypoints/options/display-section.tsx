import { Section } from '@/components/section';
import { SegmentedControl } from '@/components/segmented-control';
import type { Choice } from '@/components/select-field';
import type { DisplayStyle } from '@/utils/settings/schema';
import type { SettingsSectionProps } from './settings-props';
import { TranslationPreview } from './translation-preview';

const STYLE_CHOICES: Choice<DisplayStyle>[] = [
  { value: 'soft', label: 'Soft' },
  { value: 'plain', label: 'Plain' },
  { value: 'highlight', label: 'Highlight' },
];

/** How a translation looks under its paragraph, with a live preview. */
export function DisplaySection({ settings, save }: SettingsSectionProps) {
  const style = settings.display.style;
  return (
    <Section
      id="display"
      title="Display"
      description="How each translation looks under its paragraph."
    >
      <div class="display-style">
        <SegmentedControl
          legend="Translation style"
          name="display-style"
          value={style}
          choices={STYLE_CHOICES}
          testId="options-style"
          onChange={(next) =>
            save((current) => ({ ...current, display: { ...current.display, style: next } }))
          }
        />
      </div>
      <TranslationPreview style={style} />
    </Section>
  );
}
