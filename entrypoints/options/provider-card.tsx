import { TextSetting } from '@/components/text-setting';
import { PROVIDER_CATALOG, type ProviderId } from '@/utils/settings/provider-catalog';
import type { ProviderSettings } from '@/utils/settings/schema';
import { providerKeyMode } from './provider-key-mode';
import type { SaveSettings } from './settings-props';
import { validateEndpoint } from './validate-endpoint';

interface ProviderCardProps {
  id: ProviderId;
  config: ProviderSettings;
  /** "In use", "Fallback 1", or nothing. */
  role: string | null;
  save: SaveSettings;
}

/** One translator's connection: its server address and, where it takes one, its API key. */
export function ProviderCard({ id, config, role, save }: ProviderCardProps) {
  const { label, defaultEndpoint } = PROVIDER_CATALOG[id];
  const keyMode = providerKeyMode(id);
  const change = (field: keyof ProviderSettings, value: string) =>
    save((current) => ({
      ...current,
      providers: { ...current.providers, [id]: { ...current.providers[id], [field]: value } },
    }));

  return (
    <article class="provider-card" data-provider={id}>
      <header class="provider-card-header">
        <h3>{label}</h3>
        {role ? <span class="badge">{role}</span> : null}
      </header>
      <TextSetting
        id={`endpoint-${id}`}
        label="Server address"
        type="url"
        value={config.endpoint}
        resetTo={defaultEndpoint}
        validate={validateEndpoint}
        placeholder={defaultEndpoint}
        hint="Point it at a self-hosted server or a proxy that speaks the same API."
        testId={`options-endpoint-${id}`}
        onCommit={(value) => change('endpoint', value.trim())}
      />
      {keyMode !== 'none' ? (
        <TextSetting
          id={`apikey-${id}`}
          label={keyMode === 'optional' ? 'API key (optional)' : 'API key'}
          value={config.apiKey}
          secret
          hint="Stays on this device and is sent only to this translator."
          testId={`options-apikey-${id}`}
          onCommit={(value) => change('apiKey', value.trim())}
        />
      ) : null}
    </article>
  );
}
