import type { TranslateError } from './errors';

/** Attempts per provider, the first included, before its texts move to the next provider. */
export const MAX_ATTEMPTS = 3;
export const BACKOFF_BASE_MS = 500;
export const DEFAULT_RETRY_AFTER_MS = 1_000;
export const MAX_RETRY_AFTER_MS = 30_000;

/**
 * How long to wait before attempt `attempt + 1`, or undefined when `error` is not worth retrying.
 * Transient: 500 ms, 1 s (+ up to 20 % jitter so clients don't retry in step).
 * Rate-limit: the server's Retry-After, capped so a page never waits minutes.
 */
export function retryDelay(error: TranslateError, attempt: number, random: () => number): number | undefined {
  if (attempt >= MAX_ATTEMPTS) return undefined;
  if (error.kind === 'transient') {
    const base = BACKOFF_BASE_MS * 2 ** (attempt - 1);
    return Math.round(base * (1 + 0.2 * random()));
  }
  if (error.kind === 'rate-limit') {
    return Math.min(error.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS, MAX_RETRY_AFTER_MS);
  }
  return undefined;
}
