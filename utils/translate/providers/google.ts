import { PROVIDER_CATALOG } from '../../settings/provider-catalog';
import { TranslateError, garbledReply } from '../errors';
import { getText, isRecord, parseJson, parseRetryAfter } from '../http';
import type { ProviderDefinition } from '../provider';

/**
 * Google Translate's keyless endpoint (the one its browser widgets use): one text per GET
 * {endpoint}/translate_a/single?client=gtx&sl=auto&tl=en&dt=t&dj=1&q=... ->
 * { sentences: [{ trans, orig }, ...], src }. It has no error format of its own: heavy use earns a
 * 429 or a 200 "unusual traffic" HTML page.
 */

// Google names Chinese scripts by region.
const LANGUAGE_CODES: Record<string, string> = {
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
};

function languageCode(code: string): string {
  return LANGUAGE_CODES[code] ?? code;
}

/**
 * Longest piece of text sent in one URL. A Chinese character takes 9 bytes percent-encoded, so
 * 800 of them stay under the 8 KB request line many servers and proxies allow.
 */
const MAX_PIECE_LENGTH = 800;

// Where a long text may be cut: after a sentence end and any closing quotes or brackets.
const SENTENCE_END = /[。！？!?\n][”’」』）)"']*/g;

/** Cuts `text` into pieces of at most MAX_PIECE_LENGTH, at sentence ends where it can. */
function splitText(text: string): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > MAX_PIECE_LENGTH) {
    const window = rest.slice(0, MAX_PIECE_LENGTH);
    let cut = 0;
    for (const match of window.matchAll(SENTENCE_END)) cut = match.index + match[0].length;
    if (cut === 0) {
      cut = MAX_PIECE_LENGTH;
      // Never between the two halves of a surrogate pair (an emoji, a rare Han character).
      const last = rest.charCodeAt(cut - 1);
      if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
    }
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

// Scripts written without spaces between sentences: pieces of their translations join directly.
const UNSPACED_TARGET = /^(zh|ja|th|lo|km|my)\b/i;

function looksLikeHtml(text: string, contentType: string | null): boolean {
  return /html/i.test(contentType ?? '') || /^\s*</.test(text);
}

function readTranslation(reply: unknown): string {
  const sentences = isRecord(reply) ? reply.sentences : undefined;
  if (!Array.isArray(sentences)) {
    throw garbledReply('Google replied without sentences');
  }
  // Each source sentence comes back as its own entry; entries without `trans` carry romanization.
  const translation = sentences
    .map((sentence: unknown) => (isRecord(sentence) && typeof sentence.trans === 'string' ? sentence.trans : ''))
    .join('');
  if (!translation) throw garbledReply('Google sent no translation');
  return translation;
}

export const google = {
  id: 'google',
  // One text per request is all the endpoint takes (so maxChars never groups texts; a long one is
  // cut into URL-sized pieces here). It throttles bursts, so few at a time.
  limits: { maxItems: 1, maxChars: 5_000, concurrency: 3 },
  // Every pair of its languages; 'auto' only as a source.
  supports: (_from, to) => to !== 'auto',
  create(config) {
    const base = (config.endpoint.trim() || PROVIDER_CATALOG.google.defaultEndpoint).replace(/\/+$/, '');

    async function translatePiece(piece: string, from: string, to: string, signal: AbortSignal): Promise<string> {
      // Google drops the whitespace around a text; keep it so the pieces join as the source did.
      const core = piece.trim();
      if (!core) return piece;
      const query = new URLSearchParams({
        client: 'gtx',
        sl: languageCode(from),
        tl: languageCode(to),
        dt: 't',
        dj: '1',
        q: core,
      });
      const { text, headers } = await getText(`${base}/translate_a/single?${query}`, { signal });
      // Google's "unusual traffic" page can come with a 200.
      if (looksLikeHtml(text, headers.get('Content-Type'))) {
        throw new TranslateError(
          'rate-limit',
          'Google answered with a web page (unusual traffic)',
          parseRetryAfter(headers.get('Retry-After')),
        );
      }
      const translation = readTranslation(parseJson(text));
      const lead = /^\s*/.exec(piece)?.[0] ?? '';
      const trail = /\s*$/.exec(piece)?.[0] ?? '';
      return lead + translation + trail;
    }

    return {
      async translate(texts, from, to, signal) {
        const separator = UNSPACED_TARGET.test(to) ? '' : ' ';
        const translations: string[] = [];
        // One request after the other: bursts are what Google throttles.
        for (const text of texts) {
          let joined = '';
          for (const piece of splitText(text)) {
            const translated = await translatePiece(piece, from, to, signal);
            const spaced = joined && !/\s$/.test(joined) && !/^\s/.test(translated);
            joined += (spaced ? separator : '') + translated;
          }
          translations.push(joined);
        }
        return translations;
      },
    };
  },
} satisfies ProviderDefinition;
