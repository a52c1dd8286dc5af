import { PROVIDER_CATALOG } from '../../settings/provider-catalog';
import { TranslateError, garbledReply } from '../errors';
import { isRecord, kindOfStatus, MAX_MESSAGE_LENGTH, postJson, redact } from '../http';
import type { ProviderDefinition } from '../provider';
import { deeplSourceLanguage, deeplTargetLanguage } from './deepl';

/**
 * A self-hosted DeepLX server (DeepL's free web translator behind a local API): one text per
 * POST {endpoint}/translate { text, source_lang, target_lang } -> { code: 200, data, ... }.
 * Errors are { code, message }, the code also the HTTP status; a server started with a token
 * wants `Authorization: Bearer <token>`.
 */

function readTranslation(reply: unknown, apiKey: string): string {
  if (!isRecord(reply)) throw garbledReply('DeepLX replied without a translation');
  const { code, data, message } = reply;
  // Read like an HTTP status, should a server (or a proxy in front) put an error in a 200.
  if (typeof code === 'number' && code !== 200) {
    const detail = typeof message === 'string' ? redact(message, apiKey).slice(0, MAX_MESSAGE_LENGTH) : '';
    throw new TranslateError(kindOfStatus(code, detail), `DeepLX code ${code}${detail ? `: ${detail}` : ''}`);
  }
  if (typeof data !== 'string' || !data) throw garbledReply('DeepLX sent no translation');
  return data;
}

export const deeplx = {
  id: 'deeplx',
  // One text per request; a single server shares one DeepL web session, which is quick to throttle.
  limits: { maxItems: 1, maxChars: 5_000, concurrency: 2 },
  // DeepL's targets, Chinese and English included; 'auto' only as a source.
  supports: (_from, to) => to !== 'auto',
  create(config) {
    const base = (config.endpoint.trim() || PROVIDER_CATALOG.deeplx.defaultEndpoint).replace(/\/+$/, '');
    const apiKey = config.apiKey.trim();
    const headers: Record<string, string> = apiKey ? { Authorization: `Bearer ${apiKey}` } : {};
    return {
      async translate(texts, from, to, signal) {
        const translations: string[] = [];
        for (const text of texts) {
          // DeepLX answers 404 "No text to translate" to blank text.
          if (!text.trim()) {
            translations.push(text);
            continue;
          }
          const body = {
            text,
            source_lang: deeplSourceLanguage(from) ?? 'auto',
            target_lang: deeplTargetLanguage(to),
          };
          const reply = await postJson(`${base}/translate`, body, { signal, headers, secret: apiKey });
          translations.push(readTranslation(reply, apiKey));
        }
        return translations;
      },
    };
  },
} satisfies ProviderDefinition;
