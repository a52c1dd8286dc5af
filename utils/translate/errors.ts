/**
 * Typed provider failures. The queue decides retries and fallbacks from `kind` alone:
 * - transient: network error, timeout, 5xx -> retry with backoff, then fall back
 * - rate-limit: 429 -> wait `retryAfterMs` (Retry-After) and retry, then fall back
 * - auth / quota / bad-response -> no retry, fall back at once
 */
export type TranslateErrorKind = 'auth' | 'quota' | 'rate-limit' | 'transient' | 'bad-response';

export class TranslateError extends Error {
  override readonly name = 'TranslateError';
  constructor(
    readonly kind: TranslateErrorKind,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
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
