import type { ProviderSettings, Settings } from '../settings/schema';
import type { ProviderDefinition, TranslateContext } from './provider';
import { getProvider } from './registry';

/** One translator to try, configured. */
export interface ChainLink {
  provider: ProviderDefinition;
  config: ProviderSettings;
}

/** Translators to try in order (the first is the one whose result we want), and the languages. */
export interface TranslationChain {
  links: ChainLink[];
  from: string;
  to: string;
  /** What every text of a call shares: the reader's glossary; a page's title, a reply's tone. */
  context?: TranslateContext;
}

/** `[provider, ...fallbacks]` from the settings, each once, source detected by the service. */
export function chainFromSettings(settings: Settings): TranslationChain {
  const ids = [...new Set([settings.provider, ...settings.fallbacks])];
  const glossary = Object.keys(settings.glossary).length > 0 ? { glossary: settings.glossary } : undefined;
  return {
    links: ids.map((id) => ({ provider: getProvider(id), config: settings.providers[id] })),
    from: 'auto',
    to: settings.targetLanguage,
    ...(glossary ? { context: glossary } : {}),
  };
}
