import type { TranslateError } from './errors';

/** Attempts per provider, the first included, before its texts move to the next provider. */
export const MAX_ATTEMPTS = 3;
export const BACKOFF_BASE_MS = 500;
export const DEFAULT_RETRY_AFTER_MS = 1_000;
export const MAX_RETRY_AFTER_MS = 30_000;

/**
 * How long the server asked the whole provider to stay away: a 429's Retry-After (1 s without
 * one) or a 503's; undefined when it asked nothing.
 */
export function serverPause(error: TranslateError): number | undefined {
  if (error.kind === 'rate-limit') return error.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
  if (error.kind === 'transient') return error.retryAfterMs;
  return undefined;
}

/**
 * How long to wait before attempt `attempt + 1`, or undefined when `error` is not worth retrying.
 * A server's own wait (Retry-After on a 429 or 503) is honoured exactly; one longer than
 * MAX_RETRY_AFTER_MS is not cut short, the provider is given up instead (a page never waits minutes).
 * Transient without one, or a garbled reply: 500 ms, 1 s (+ up to 20 % jitter so clients don't
 * retry in step).
 */
export function retryDelay(error: TranslateError, attempt: number, random: () => number): number | undefined {
  if (attempt >= MAX_ATTEMPTS) return undefined;
  const pause = serverPause(error);
  if (pause !== undefined) return pause <= MAX_RETRY_AFTER_MS ? pause : undefined;
  if (error.kind === 'transient' || error.garbled) {
    const base = BACKOFF_BASE_MS * 2 ** (attempt - 1);
    return Math.round(base * (1 + 0.2 * random()));
  }
  return undefined;
}
