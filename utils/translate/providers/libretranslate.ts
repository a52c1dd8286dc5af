import { PROVIDER_CATALOG } from '../../settings/provider-catalog';
import { garbledReply, type TranslateErrorKind } from '../errors';
import { isRecord, postJson } from '../http';
import type { ProviderDefinition } from '../provider';

/**
 * LibreTranslate (self-hosted or hosted): POST {endpoint}/translate with
 * { q: [...], source, target, format: 'text', api_key? } -> { translatedText: [...] }.
 * Errors are { error: "..." } with 400 / 403 / 429 / 500.
 */

// Argos models use 'zh' for Simplified and 'zh-Hant' for Traditional; 'auto' detects.
const LANGUAGE_CODES: Record<string, string> = {
  'zh-Hans': 'zh',
  'zh-CN': 'zh',
  'zh-SG': 'zh',
  'zh-TW': 'zh-Hant',
  'zh-HK': 'zh-Hant',
};

function languageCode(code: string): string {
  return LANGUAGE_CODES[code] ?? code;
}

/** LibreTranslate's own wording, where its status code alone would mislead. */
function classify(status: number, message: string): TranslateErrorKind | undefined {
  // A server that requires a key answers 400 "... to get an API key" when none is sent.
  if (status === 400 && /api key/i.test(message)) return 'auth';
  // 403 "Too many request limits violations" is a ban: retrying only prolongs it.
  if (status === 403 && /too many request/i.test(message)) return 'quota';
  return undefined;
}

function readTranslations(reply: unknown, expected: number): string[] {
  const translated = isRecord(reply) ? reply.translatedText : undefined;
  if (!Array.isArray(translated) || !translated.every((text) => typeof text === 'string')) {
    throw garbledReply('LibreTranslate replied without a list of translations');
  }
  if (translated.length !== expected) {
    throw garbledReply(`LibreTranslate returned ${translated.length} of ${expected} translations`);
  }
  return translated as string[];
}

// LibreTranslate translates item by item on the server's CPU: small requests, few at a time,
// and more patience than a cloud service gets.
const TIMEOUT_MS = 60_000;

export const libretranslate = {
  id: 'libretranslate',
  limits: { maxItems: 50, maxChars: 5_000, concurrency: 2 },
  // Argos models pivot through English, so any pair its server has installed works; 'auto' only
  // as a source.
  supports: (_from, to) => to !== 'auto',
  create(config) {
    const base = (config.endpoint.trim() || PROVIDER_CATALOG.libretranslate.defaultEndpoint).replace(/\/+$/, '');
    const apiKey = config.apiKey.trim();
    return {
      async translate(texts, from, to, signal) {
        const body = {
          q: texts,
          source: languageCode(from),
          target: languageCode(to),
          format: 'text',
          ...(apiKey ? { api_key: apiKey } : {}),
        };
        const reply = await postJson(`${base}/translate`, body, { signal, classify, timeoutMs: TIMEOUT_MS });
        return readTranslations(reply, texts.length);
      },
    };
  },
} satisfies ProviderDefinition;
