import { PROVIDER_CATALOG } from '../../settings/provider-catalog';
import { garbledReply } from '../errors';
import { isRecord, postJson } from '../http';
import type { ProviderDefinition } from '../provider';

/**
 * The free endpoint Edge's built-in translator uses: no key, Translator v3 reply format.
 * POST {endpoint}/translate/translatetext?from=&to=en&isEnterpriseClient=false, body ["text", ...].
 */

// Microsoft speaks script subtags for Chinese; an empty `from` asks it to detect.
const LANGUAGE_CODES: Record<string, string> = {
  auto: '',
  zh: 'zh-Hans',
  'zh-CN': 'zh-Hans',
  'zh-SG': 'zh-Hans',
  'zh-TW': 'zh-Hant',
  'zh-HK': 'zh-Hant',
};

function languageCode(code: string): string {
  return LANGUAGE_CODES[code] ?? code;
}

function readTranslations(reply: unknown, expected: number): string[] {
  if (!Array.isArray(reply)) {
    throw garbledReply('Microsoft replied without a list of translations');
  }
  if (reply.length !== expected) {
    throw garbledReply(`Microsoft returned ${reply.length} of ${expected} translations`);
  }
  return reply.map((entry: unknown, index) => {
    const first: unknown = isRecord(entry) && Array.isArray(entry.translations) ? entry.translations[0] : undefined;
    if (!isRecord(first) || typeof first.text !== 'string') {
      throw garbledReply(`Microsoft sent no text for item ${index}`);
    }
    return first.text;
  });
}

export const microsoft = {
  id: 'microsoft',
  // The service allows 1,000 items and 50,000 characters per request; smaller requests answer
  // sooner and a failure costs less.
  limits: { maxItems: 100, maxChars: 10_000, concurrency: 4 },
  // Every pair of its 100+ languages, Simplified and Traditional Chinese included.
  supports: () => true,
  create(config) {
    const base = (config.endpoint.trim() || PROVIDER_CATALOG.microsoft.defaultEndpoint).replace(/\/+$/, '');
    return {
      async translate(texts, from, to, signal) {
        const query = new URLSearchParams({
          from: languageCode(from),
          to: languageCode(to),
          isEnterpriseClient: 'false',
        });
        const reply = await postJson(`${base}/translate/translatetext?${query}`, texts, { signal });
        return readTranslations(reply, texts.length);
      },
    };
  },
} satisfies ProviderDefinition;
