/**
 * What the UI and the settings need to know about each translator: pure data, safe to import
 * anywhere. The implementations live in utils/translate/providers/ (background only); the registry
 * there is typed against these ids so the two cannot drift apart.
 */
export interface ProviderFacts {
  label: string;
  /** Its base URL unless the user sets one; '' where Ferry picks it (DeepL, by key) or there is none. */
  defaultEndpoint: string;
  /** The user must give a key before it can work. */
  needsKey: boolean;
  /** A key is optional (a public LibreTranslate instance, a DeepLX server with a token). */
  acceptsKey?: boolean;
  /** A model is chosen (an OpenAI-compatible server); this one unless the user names another. */
  defaultModel?: string;
  /** Runs on this device with no server (the offline dictionary): no address to set. */
  offline?: boolean;
  /**
   * Runs in the page itself, not in the background (Chrome's on-device Translator exists only in
   * windows): the content script and the options page call it; the background passes it over.
   */
  inPage?: boolean;
  /** What a user needs, and what leaves their machine, in a few words (options page, README). */
  about: string;
}

export const PROVIDER_CATALOG = {
  microsoft: {
    label: 'Microsoft (free, no key)',
    defaultEndpoint: 'https://edge.microsoft.com',
    needsKey: false,
    about: 'Nothing to set up. Paragraphs go to Microsoft’s translation service (the one Edge uses).',
  },
  google: {
    label: 'Google (free, no key)',
    defaultEndpoint: 'https://translate.googleapis.com',
    needsKey: false,
    about: 'Nothing to set up. Paragraphs go to Google Translate, one request each; it throttles heavy use.',
  },
  deepl: {
    label: 'DeepL (API key)',
    defaultEndpoint: '',
    needsKey: true,
    about: 'A DeepL API key (Free keys end in “:fx”). Paragraphs go to DeepL.',
  },
  deeplx: {
    label: 'DeepLX (self-hosted)',
    defaultEndpoint: 'http://127.0.0.1:1188',
    needsKey: false,
    acceptsKey: true,
    about: 'A DeepLX server you run. Paragraphs go to that server (and from it to DeepL).',
  },
  openai: {
    label: 'OpenAI-compatible AI (OpenAI, DeepSeek, Ollama…)',
    defaultEndpoint: 'https://api.openai.com/v1',
    needsKey: false,
    acceptsKey: true,
    defaultModel: 'gpt-4o-mini',
    about:
      'A key for OpenAI, DeepSeek or OpenRouter, or a local server (Ollama, LM Studio) with no key. Paragraphs, the page title and your glossary go to that server.',
  },
  libretranslate: {
    label: 'LibreTranslate (self-hosted)',
    defaultEndpoint: 'http://127.0.0.1:5000',
    needsKey: false,
    acceptsKey: true,
    about: 'A LibreTranslate server (yours, or a public one with a key). Paragraphs go to that server.',
  },
  'chrome-builtin': {
    label: 'Chrome on-device translator',
    defaultEndpoint: '',
    needsKey: false,
    offline: true,
    inPage: true,
    about: 'Chrome 138 or later on a computer: a translation model Chrome downloads once, then nothing leaves your device. Not available in Firefox.',
  },
  dictionary: {
    label: 'Offline dictionary (word by word)',
    defaultEndpoint: '',
    needsKey: false,
    offline: true,
    about: 'Nothing leaves your device: a word-by-word gloss with pinyin from CC-CEDICT. The last resort when translators fail.',
  },
} as const satisfies Record<string, ProviderFacts>;

export type ProviderId = keyof typeof PROVIDER_CATALOG;

/** The options page's Test sentence: every translator should manage it; it has RedNote slang in it. */
export const TEST_SENTENCE = '今天天气很好，我们去公园散步吧。这家店真的让我种草了！';

/** The translators reached over the network (each has a mock server in tests/mocks). */
export type NetworkProviderId = {
  [K in ProviderId]: (typeof PROVIDER_CATALOG)[K] extends { offline: true } ? never : K;
}[ProviderId];

export const PROVIDER_IDS = Object.keys(PROVIDER_CATALOG) as ProviderId[];

export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && Object.hasOwn(PROVIDER_CATALOG, value);
}

export function providerFacts(id: ProviderId): ProviderFacts {
  return PROVIDER_CATALOG[id];
}
