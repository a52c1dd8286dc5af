import { PROVIDER_CATALOG, type ProviderId } from '@/utils/settings/provider-catalog';

export type KeyMode = 'required' | 'optional' | 'none';

/** What the catalog may say about keys; `acceptsKey` marks a key that is optional. */
interface KeyFacts {
  needsKey: boolean;
  acceptsKey?: boolean;
}

/** Whether the options page shows an API key field for a provider, and how it labels it. */
export function providerKeyMode(id: ProviderId): KeyMode {
  const facts: KeyFacts = PROVIDER_CATALOG[id];
  if (facts.needsKey) return 'required';
  return facts.acceptsKey ? 'optional' : 'none';
}
