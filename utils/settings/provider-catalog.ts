/**
 * What the UI and the settings need to know about each translator: pure data, safe to import
 * anywhere. The implementations live in utils/translate/providers/ (background only); the registry
 * there is typed against these ids so the two cannot drift apart.
 */
export const PROVIDER_CATALOG = {
  microsoft: {
    label: 'Microsoft (free, no key)',
    defaultEndpoint: 'https://edge.microsoft.com',
    needsKey: false,
  },
  libretranslate: {
    label: 'LibreTranslate (self-hosted)',
    defaultEndpoint: 'http://127.0.0.1:5000',
    needsKey: false,
    /** Public instances want an api_key; a self-hosted one usually does not. */
    acceptsKey: true,
  },
} as const satisfies Record<
  string,
  { label: string; defaultEndpoint: string; needsKey: boolean; acceptsKey?: boolean }
>;

export type ProviderId = keyof typeof PROVIDER_CATALOG;

export const PROVIDER_IDS = Object.keys(PROVIDER_CATALOG) as ProviderId[];

export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && Object.hasOwn(PROVIDER_CATALOG, value);
}
