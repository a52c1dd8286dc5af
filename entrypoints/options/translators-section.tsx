import './translators-section.css';
import { chooseProvider } from '@/utils/settings/choose-provider';
import { providerChoices } from '@/components/provider-choices';
import { Section } from '@/components/section';
import { SelectField } from '@/components/select-field';
import { PROVIDER_IDS, providerFacts, type ProviderId } from '@/utils/settings/provider-catalog';
import type { Settings } from '@/utils/settings/schema';
import { FallbackChain } from './fallback-chain';
import { OnDeviceCard } from './on-device-card';
import { ProviderCard } from './provider-card';
import type { SettingsSectionProps } from './settings-props';

function roleOf(id: ProviderId, settings: Settings): string | null {
  if (id === settings.provider) return 'In use';
  const index = settings.fallbacks.indexOf(id);
  return index >= 0 ? `Fallback ${index + 1}` : null;
}

/** Which translator Ferry uses, what it falls back to, and how to reach each one. */
export function TranslatorsSection({ settings, save }: SettingsSectionProps) {
  return (
    <Section
      id="translators"
      title="Translators"
      description={
        'Ferry sends paragraphs to one translator and tries the fallbacks, in order, when it fails.'
      }
    >
      <div class="translators-choice">
        <SelectField
          label="Translate with"
          value={settings.provider}
          choices={providerChoices()}
          testId="options-provider"
          onChange={(provider) => save((current) => chooseProvider(current, provider))}
        />
        <FallbackChain settings={settings} save={save} />
      </div>
      <div class="provider-cards">
        {PROVIDER_IDS.map((id) =>
          providerFacts(id).inPage ? (
            <OnDeviceCard key={id} id={id} target={settings.targetLanguage} role={roleOf(id, settings)} />
          ) : (
            <ProviderCard key={id} id={id} config={settings.providers[id]} role={roleOf(id, settings)} save={save} />
          ),
        )}
      </div>
    </Section>
  );
}
