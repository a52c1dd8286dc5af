/**
 * Typed provider failures. The queue decides retries and fallbacks from `kind` alone:
 * - transient: network error, timeout, 5xx -> retry with backoff (a 503's Retry-After if it
 *   sends one), then fall back
 * - rate-limit: 429 -> wait `retryAfterMs` (Retry-After) and retry, then fall back
 * - auth / quota / bad-response -> no retry, fall back at once; a garbled reply (malformed JSON,
 *   the wrong shape, items missing) is a bad-response retried like a transient one first
 * A Retry-After longer than MAX_RETRY_AFTER_MS is not cut short: the provider is skipped until then.
 */
import type { TranslateErrorKind } from '../messaging/protocol';

export type { TranslateErrorKind };

export class TranslateError extends Error {
  override readonly name = 'TranslateError';
  constructor(
    readonly kind: TranslateErrorKind,
    message: string,
    readonly retryAfterMs?: number,
    /** A 'bad-response' worth asking again (a garbled or short reply, not a refused request). */
    readonly garbled = false,
  ) {
    super(message);
  }
}

/**
 * A reply that came back garbled: malformed JSON, the wrong shape, fewer items than sent. Such a
 * reply is usually a one-off (a proxy's error page, a truncated body, a model's slip), so it is
 * asked again with backoff before the texts move on to the next translator.
 */
export function garbledReply(message: string): TranslateError {
  return new TranslateError('bad-response', message, undefined, true);
}

export function isTranslateError(error: unknown): error is TranslateError {
  return error instanceof TranslateError;
}

/** Turns anything thrown into a TranslateError (unknown failures count as transient). */
export function toTranslateError(error: unknown): TranslateError {
  if (isTranslateError(error)) return error;
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new TranslateError('transient', 'The translator did not answer in time');
  }
  const message = error instanceof Error ? error.message : String(error);
  return new TranslateError('transient', message || 'Network error');
}

/**
 * The protocol's short technical message for a failed text, sent with every error result. Fixed
 * strings by design: a TranslateError's own message may quote a server's reply (which can echo a
 * key or a whole HTML page) and stays in the background. The content script words failures for
 * readers itself (utils/page/describe-failure.ts).
 */
export const ERROR_MESSAGES: Record<TranslateErrorKind, string> = {
  auth: 'Translator rejected the key',
  quota: 'Translator quota used up',
  'rate-limit': 'Rate limited, try again shortly',
  transient: 'Translator unreachable, try again',
  'bad-response': 'Translator sent an unexpected reply',
};
