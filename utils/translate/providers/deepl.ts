import { TranslateError, garbledReply } from '../errors';
import { isRecord, postJson } from '../http';
import type { ProviderDefinition } from '../provider';

/**
 * The DeepL API: POST {base}/v2/translate with `Authorization: DeepL-Auth-Key <key>` and
 * { text: [...], source_lang?, target_lang } -> { translations: [{ detected_source_language, text }] }.
 * Errors are { message } with 400 / 403 (bad key) / 429 / 456 (quota used up) / 5xx.
 */

const FREE_ENDPOINT = 'https://api-free.deepl.com';
const PRO_ENDPOINT = 'https://api.deepl.com';

// DeepL retired the bare 'EN' and 'PT' targets for regional ones; 'pt' is Brazilian Portuguese
// here, as it is for Microsoft and Google.
const TARGET_CODES: Record<string, string> = {
  en: 'EN-US',
  pt: 'PT-BR',
  zh: 'ZH-HANS',
  'zh-Hans': 'ZH-HANS',
  'zh-CN': 'ZH-HANS',
  'zh-SG': 'ZH-HANS',
  'zh-Hant': 'ZH-HANT',
  'zh-TW': 'ZH-HANT',
  'zh-HK': 'ZH-HANT',
};

/** DeepL's target_lang for a BCP 47 code (DeepLX takes the same). */
export function deeplTargetLanguage(code: string): string {
  return TARGET_CODES[code] ?? code.toUpperCase();
}

/**
 * DeepL's source_lang: sources carry no region or script ('zh-Hant' -> 'ZH', 'en-GB' -> 'EN');
 * undefined for 'auto', which DeepL expresses by leaving the field out.
 */
export function deeplSourceLanguage(code: string): string | undefined {
  if (code === 'auto') return undefined;
  return (code.split('-')[0] ?? code).toUpperCase();
}

/** Free API keys end in ':fx' and work only on the free host, other keys only on the other. */
function defaultEndpoint(apiKey: string): string {
  return apiKey.endsWith(':fx') ? FREE_ENDPOINT : PRO_ENDPOINT;
}

function readTranslations(reply: unknown, expected: number): string[] {
  const translations = isRecord(reply) ? reply.translations : undefined;
  if (!Array.isArray(translations)) {
    throw garbledReply('DeepL replied without a list of translations');
  }
  if (translations.length !== expected) {
    throw garbledReply(`DeepL returned ${translations.length} of ${expected} translations`);
  }
  return translations.map((entry: unknown, index) => {
    if (!isRecord(entry) || typeof entry.text !== 'string') {
      throw garbledReply(`DeepL sent no text for item ${index}`);
    }
    return entry.text;
  });
}

// A full request (40,000 characters) is big; give it longer than the default 10 s.
const TIMEOUT_MS = 60_000;

export const deepl = {
  id: 'deepl',
  // DeepL takes 50 texts and 128 KiB per request. A Chinese character is 3 bytes of UTF-8 (as is
  // any UTF-16 unit at most), so 40,000 characters stay under 128 KiB with room for the JSON.
  limits: { maxItems: 50, maxChars: 40_000, concurrency: 2 },
  // Any source (Chinese included) into its 30-odd targets, Simplified and Traditional Chinese and
  // English among them.
  supports: (_from, to) => to !== 'auto',
  create(config) {
    const apiKey = config.apiKey.trim();
    // A set endpoint overrides the choice by key (a proxy, a test server).
    const base = (config.endpoint.trim() || defaultEndpoint(apiKey)).replace(/\/+$/, '');
    return {
      async translate(texts, from, to, signal) {
        if (!apiKey) throw new TranslateError('auth', 'DeepL needs an API key');
        const source = deeplSourceLanguage(from);
        const body = {
          text: texts,
          ...(source ? { source_lang: source } : {}),
          target_lang: deeplTargetLanguage(to),
        };
        const reply = await postJson(`${base}/v2/translate`, body, {
          signal,
          headers: { Authorization: `DeepL-Auth-Key ${apiKey}` },
          secret: apiKey,
          timeoutMs: TIMEOUT_MS,
        });
        return readTranslations(reply, texts.length);
      },
    };
  },
} satisfies ProviderDefinition;
