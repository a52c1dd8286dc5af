import { TranslateError } from '../errors';
import type { ProviderDefinition } from '../provider';

/**
 * Chrome's on-device Translator API exists only in window contexts, never in a service worker:
 * the content script and the options page call it themselves (utils/page/on-device-translator.ts).
 * Here it supports no direction, so a chain that reaches the background with it goes straight
 * to its fallbacks.
 */
export const chromeBuiltin = {
  id: 'chrome-builtin',
  limits: { maxItems: 1, maxChars: 5_000, concurrency: 1 },
  supports: () => false,
  create: () => ({
    async translate() {
      throw new TranslateError('bad-response', 'Chrome’s on-device translator runs in the page, not in the background');
    },
  }),
} satisfies ProviderDefinition;
