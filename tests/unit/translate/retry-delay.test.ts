import { describe, expect, it } from 'vitest';
import { TranslateError, garbledReply } from '../../../utils/translate/errors';
import { retryDelay } from '../../../utils/translate/retry-delay';

const noJitter = (): number => 0;
const fullJitter = (): number => 0.999;

describe('retryDelay', () => {
  it('backs off 500 ms then 1 s for transient errors, and gives up on the third attempt', () => {
    const error = new TranslateError('transient', 'down');
    expect(retryDelay(error, 1, noJitter)).toBe(500);
    expect(retryDelay(error, 2, noJitter)).toBe(1_000);
    expect(retryDelay(error, 3, noJitter)).toBeUndefined();
  });

  it('adds at most 20 % jitter', () => {
    const error = new TranslateError('transient', 'down');
    expect(retryDelay(error, 1, fullJitter)).toBe(600);
  });

  it('waits the Retry-After of a rate limit, 1 s without one', () => {
    expect(retryDelay(new TranslateError('rate-limit', '429', 4_000), 1, noJitter)).toBe(4_000);
    expect(retryDelay(new TranslateError('rate-limit', '429'), 1, noJitter)).toBe(1_000);
    expect(retryDelay(new TranslateError('rate-limit', '429', 30_000), 1, noJitter)).toBe(30_000);
    expect(retryDelay(new TranslateError('rate-limit', '429', 1_000), 3, noJitter)).toBeUndefined();
  });

  it('gives up rather than retry early when Retry-After is over 30 s', () => {
    expect(retryDelay(new TranslateError('rate-limit', '429', 30_001), 1, noJitter)).toBeUndefined();
    expect(retryDelay(new TranslateError('transient', '503', 600_000), 1, noJitter)).toBeUndefined();
  });

  it('waits the Retry-After of a 503 instead of its own backoff', () => {
    expect(retryDelay(new TranslateError('transient', '503', 3_000), 1, fullJitter)).toBe(3_000);
    expect(retryDelay(new TranslateError('transient', '503', 0), 1, fullJitter)).toBe(0);
  });

  it.each(['auth', 'quota', 'bad-response'] as const)('never retries %s errors', (kind) => {
    expect(retryDelay(new TranslateError(kind, 'no'), 1, noJitter)).toBeUndefined();
  });

  it('retries a garbled reply like a transient failure, up to the attempt limit', () => {
    expect(retryDelay(garbledReply('malformed JSON'), 1, noJitter)).toBe(500);
    expect(retryDelay(garbledReply('malformed JSON'), 2, noJitter)).toBe(1_000);
    expect(retryDelay(garbledReply('malformed JSON'), 3, noJitter)).toBeUndefined();
  });
});
