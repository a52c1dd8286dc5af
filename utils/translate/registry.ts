import type { ProviderId } from '../settings/provider-catalog';
import type { ProviderDefinition } from './provider';
import { libretranslate } from './providers/libretranslate';
import { microsoft } from './providers/microsoft';

/** Every translator Ferry can use: adding one is one file in providers/ and one line here. */
export const PROVIDERS = {
  microsoft,
  libretranslate,
} satisfies Record<ProviderId, ProviderDefinition>;

export function getProvider(id: ProviderId): ProviderDefinition {
  return PROVIDERS[id];
}
