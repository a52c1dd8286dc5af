import type { ProviderId } from '../settings/provider-catalog';
import type { ProviderDefinition } from './provider';
import { chromeBuiltin } from './providers/chrome-builtin';
import { deepl } from './providers/deepl';
import { deeplx } from './providers/deeplx';
import { dictionary } from './providers/dictionary';
import { google } from './providers/google';
import { libretranslate } from './providers/libretranslate';
import { microsoft } from './providers/microsoft';
import { openai } from './providers/openai';

/** Every translator Ferry can use: adding one is one file in providers/ and one line here. */
export const PROVIDERS = {
  microsoft,
  google,
  deepl,
  deeplx,
  openai,
  libretranslate,
  'chrome-builtin': chromeBuiltin,
  dictionary,
} satisfies Record<ProviderId, ProviderDefinition>;

export function getProvider(id: ProviderId): ProviderDefinition {
  return PROVIDERS[id];
}
