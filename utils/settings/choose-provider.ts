import type { ProviderId } from './provider-catalog';
import type { Settings } from './schema';

/**
 * Settings with `provider` as the main translator. When it was a fallback, the old main
 * translator takes its place in the chain (a fallback can never be the main one), so choosing
 * swaps the two rather than dropping the old one.
 */
export function chooseProvider(settings: Settings, provider: ProviderId): Settings {
  if (provider === settings.provider) return settings;
  const fallbacks = settings.fallbacks.map((id) => (id === provider ? settings.provider : id));
  return { ...settings, provider, fallbacks };
}
