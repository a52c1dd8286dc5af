import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, TranslateError, garbledReply, type TranslateErrorKind } from '../../../utils/translate/errors';
import { chainOf, deferred, fakeProvider, fakeTranslation, type FakeResponder } from './support/fake-provider';
import { queueHarness } from './support/queue-harness';

/** Throws `kind` for the first `times` calls, then translates. */
function failing(kind: TranslateErrorKind, times = Infinity, retryAfterMs?: number): FakeResponder {
  return (texts, index) => {
    if (index < times) throw new TranslateError(kind, `fake ${kind}`, retryAfterMs);
    return texts.map(fakeTranslation);
  };
}

// Which translator served it is checked where it matters; elsewhere only the text counts.
const ok = (text: string) => expect.objectContaining({ ok: true, text: fakeTranslation(text), cached: false });

describe('translation queue: retries, rate limits and fallbacks', () => {
  it('retries a transient failure with growing backoff and then succeeds', async () => {
    const provider = fakeProvider('microsoft', {}, failing('transient', 2));
    const { queue, clock } = queueHarness(chainOf(provider.definition));
    await expect(queue.translate(['重试'])).resolves.toEqual([ok('重试')]);
    expect(provider.calls).toHaveLength(3);
    expect(clock.sleeps).toEqual([500, 1_000]);
    expect(queue.stats().requests.microsoft).toBe(3);
  });

  it('counts an unexpected exception from a provider as transient', async () => {
    const provider = fakeProvider('microsoft', {}, (texts, index) => {
      if (index === 0) throw new TypeError('Failed to fetch');
      return texts.map(fakeTranslation);
    });
    const { queue } = queueHarness(chainOf(provider.definition));
    await expect(queue.translate(['网络'])).resolves.toEqual([ok('网络')]);
    expect(provider.calls).toHaveLength(2);
  });

  it('waits the Retry-After of a 429 before trying again', async () => {
    const provider = fakeProvider('microsoft', {}, failing('rate-limit', 1, 4_000));
    const { queue, clock } = queueHarness(chainOf(provider.definition));
    await expect(queue.translate(['限流'])).resolves.toEqual([ok('限流')]);
    expect(clock.sleeps).toEqual([4_000]);
  });

  it('waits one second after a 429 without Retry-After', async () => {
    const plain = fakeProvider('microsoft', {}, failing('rate-limit', 1));
    const { queue, clock } = queueHarness(chainOf(plain.definition));
    await queue.translate(['一']);
    expect(clock.sleeps).toEqual([1_000]);
  });

  it('falls back at once, without retrying early, when Retry-After is over 30 s, and skips the provider until then', async () => {
    const greedy = fakeProvider('microsoft', {}, failing('rate-limit', Infinity, 3_600_000));
    const fallback = fakeProvider('libretranslate');
    const { queue, clock } = queueHarness(chainOf(greedy.definition, fallback.definition));
    await expect(queue.translate(['一'])).resolves.toEqual([ok('一')]);
    await expect(queue.translate(['二'])).resolves.toEqual([ok('二')]);
    expect(greedy.calls).toHaveLength(1);
    expect(fallback.calls.flatMap((call) => call.texts)).toEqual(['一', '二']);
    expect(clock.sleeps).toEqual([]);
  });

  it('makes the next batch wait out a 429 that came on the last attempt', async () => {
    const primary = fakeProvider('microsoft', {}, failing('rate-limit', 3, 4_000));
    const fallback = fakeProvider('libretranslate');
    const { queue, clock } = queueHarness(chainOf(primary.definition, fallback.definition));
    await expect(queue.translate(['一'])).resolves.toEqual([ok('一')]);
    expect(primary.calls).toHaveLength(3);
    expect(clock.sleeps).toEqual([4_000, 4_000]);
    await expect(queue.translate(['二'])).resolves.toEqual([ok('二')]);
    expect(clock.sleeps).toEqual([4_000, 4_000, 4_000]);
    expect(primary.calls.map((call) => call.texts)).toEqual([['一'], ['一'], ['一'], ['二']]);
  });

  it('waits again when another request extends the pause while it waits', async () => {
    let time = 0;
    const sleeps: { ms: number; resolve: () => void }[] = [];
    const sleep = (ms: number): Promise<void> => new Promise((resolve) => sleeps.push({ ms, resolve }));
    const gates = [deferred<void>(), deferred<void>()];
    const provider = fakeProvider('microsoft', { maxItems: 1, concurrency: 2 }, async (texts, index) => {
      if (index < 2) {
        await gates[index]?.promise;
        throw new TranslateError('rate-limit', '429', index === 0 ? 5_000 : 10_000);
      }
      return texts.map(fakeTranslation);
    });
    const { queue } = queueHarness(chainOf(provider.definition), { now: () => time, sleep });
    const pending = queue.translate(['甲', '乙']);
    await expect.poll(() => provider.open()).toBe(2);
    gates[0]?.resolve();
    await expect.poll(() => sleeps.length).toBe(1);
    gates[1]?.resolve();
    await expect.poll(() => sleeps.length).toBe(2);
    expect(sleeps.map((entry) => entry.ms)).toEqual([5_000, 10_000]);
    // The first wait ends, but the provider has since asked for 10 s: no request yet.
    time = 5_000;
    sleeps[0]?.resolve();
    await expect.poll(() => sleeps.length).toBe(3);
    expect(sleeps[2]?.ms).toBe(5_000);
    expect(provider.calls).toHaveLength(2);
    time = 10_000;
    for (const entry of sleeps) entry.resolve();
    await expect(pending).resolves.toEqual([ok('甲'), ok('乙')]);
  });

  it('holds back every request of a provider while it is rate limited', async () => {
    let time = 0;
    const sleeps: { ms: number; resolve: () => void }[] = [];
    const sleep = (ms: number): Promise<void> => new Promise((resolve) => sleeps.push({ ms, resolve }));
    const provider = fakeProvider('microsoft', { concurrency: 2 }, failing('rate-limit', 1, 5_000));
    const { queue } = queueHarness(chainOf(provider.definition), { now: () => time, sleep });
    const first = queue.translate(['甲']);
    await expect.poll(() => sleeps.length).toBe(1);
    // A free slot, but the provider asked for 5 s: the new text waits too instead of being sent.
    const second = queue.translate(['乙']);
    await expect.poll(() => sleeps.length).toBe(2);
    expect(sleeps.map((entry) => entry.ms)).toEqual([5_000, 5_000]);
    expect(provider.calls).toHaveLength(1);
    time += 5_000;
    for (const entry of sleeps) entry.resolve();
    await expect(Promise.all([first, second])).resolves.toEqual([[ok('甲')], [ok('乙')]]);
    expect(provider.calls).toHaveLength(3);
  });

  it.each(['auth', 'quota', 'bad-response'] as const)('does not retry %s errors but moves to the next provider', async (kind) => {
    const primary = fakeProvider('microsoft', {}, failing(kind));
    const fallback = fakeProvider('libretranslate');
    const { queue, clock } = queueHarness(chainOf(primary.definition, fallback.definition));
    await expect(queue.translate(['换'])).resolves.toEqual([ok('换')]);
    expect(primary.calls).toHaveLength(1);
    expect(fallback.calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('moves a batch to the next provider after three transient failures, in one request', async () => {
    const primary = fakeProvider('microsoft', {}, failing('transient'));
    const fallback = fakeProvider('libretranslate');
    const { queue } = queueHarness(chainOf(primary.definition, fallback.definition));
    const texts = ['一', '二', '三', '四', '五'];
    await expect(queue.translate(texts)).resolves.toEqual(texts.map(ok));
    expect(primary.calls).toHaveLength(3);
    expect(fallback.calls.map((call) => call.texts)).toEqual([texts]);
  });

  it('asks again after a reply with fewer translations than texts, and falls back only when it stays short', async () => {
    const flaky = fakeProvider('microsoft', {}, (texts, index) => (index === 0 ? texts.slice(1) : texts).map(fakeTranslation));
    const unused = fakeProvider('libretranslate');
    const once = queueHarness(chainOf(flaky.definition, unused.definition));
    await expect(once.queue.translate(['一', '二'])).resolves.toEqual([ok('一'), ok('二')]);
    expect(flaky.calls).toHaveLength(2);
    expect(unused.calls).toHaveLength(0);
    expect(once.clock.sleeps).toEqual([500]);

    const short = fakeProvider('microsoft', {}, (texts) => texts.slice(1).map(fakeTranslation));
    const fallback = fakeProvider('libretranslate');
    const { queue } = queueHarness(chainOf(short.definition, fallback.definition));
    await expect(queue.translate(['一', '二'])).resolves.toEqual([ok('一'), ok('二')]);
    expect(short.calls).toHaveLength(3);
    expect(fallback.calls).toHaveLength(1);
  });

  it('asks again after a garbled reply (malformed JSON, the wrong shape) before falling back', async () => {
    const garbled = fakeProvider('microsoft', {}, (texts, index) => {
      if (index < 2) throw garbledReply('The translator sent malformed JSON');
      return texts.map(fakeTranslation);
    });
    const fallback = fakeProvider('libretranslate');
    const { queue, cache } = queueHarness(chainOf(garbled.definition, fallback.definition));
    await expect(queue.translate(['乱码'])).resolves.toEqual([ok('乱码')]);
    expect(garbled.calls).toHaveLength(3);
    expect(fallback.calls).toHaveLength(0);
    expect(cache.writes.flat()).toHaveLength(1);
  });

  it("caches a fallback's result under the fallback's id", async () => {
    const primary = fakeProvider('microsoft', {}, failing('auth'));
    const fallback = fakeProvider('libretranslate');
    const { queue, cache } = queueHarness(chainOf(primary.definition, fallback.definition));
    await queue.translate(['备用']);
    expect(cache.writes.flat()).toEqual([
      { key: { provider: 'libretranslate', model: '', from: 'auto', to: 'en', text: '备用' }, text: 'EN(备用)' },
    ]);
  });

  it("answers every text with the last error's kind and a short message when the chain is exhausted", async () => {
    const primary = fakeProvider('microsoft', {}, failing('auth'));
    const fallback = fakeProvider('libretranslate', {}, failing('rate-limit', Infinity, 100));
    const { queue, cache } = queueHarness(chainOf(primary.definition, fallback.definition));
    const results = await queue.translate(['一', '二']);
    const error = { ok: false, error: { kind: 'rate-limit', message: ERROR_MESSAGES['rate-limit'] } };
    expect(results).toEqual([error, error]);
    expect(ERROR_MESSAGES['rate-limit']).toBe('Rate limited, try again shortly');
    expect(fallback.calls).toHaveLength(3);
    expect(cache.writes).toHaveLength(0);
  });

  it.each(['auth', 'quota', 'rate-limit', 'transient', 'bad-response'] as const)(
    'sends only the fixed short message for a %s failure, never the server reply or a key',
    async (kind) => {
      const leak = 'HTTP 403: key sk-secret-123 rejected <html><body>Forbidden</body></html>';
      const provider = fakeProvider('microsoft', {}, () => {
        throw new TranslateError(kind, leak, 60_000);
      });
      const { queue } = queueHarness(chainOf(provider.definition));
      const [result] = await queue.translate(['泄露']);
      expect(result).toEqual({ ok: false, error: { kind, message: ERROR_MESSAGES[kind] } });
      expect(ERROR_MESSAGES[kind]).toMatch(/^[A-Z][a-z ,]+$/);
    },
  );

  it('tries the chain again on the next call rather than remembering a failure', async () => {
    const provider = fakeProvider('microsoft', {}, failing('auth', 1));
    const { queue } = queueHarness(chainOf(provider.definition));
    const [first] = await queue.translate(['再来']);
    expect(first).toEqual({ ok: false, error: { kind: 'auth', message: 'Translator rejected the key' } });
    await expect(queue.translate(['再来'])).resolves.toEqual([ok('再来')]);
  });

  it('resolves open texts as cancelled, without retrying, when the queue is aborted', async () => {
    const controller = new AbortController();
    // Like fetch: never answers, rejects with the signal's reason on abort.
    const provider = fakeProvider('microsoft', {}, (_texts, _index, signal) =>
      new Promise<string[]>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
    );
    const fallback = fakeProvider('libretranslate');
    const { queue } = queueHarness(chainOf(provider.definition, fallback.definition), { signal: controller.signal });
    const pending = queue.translate(['取消']);
    await expect.poll(() => provider.open()).toBe(1);
    controller.abort();
    await expect(pending).resolves.toEqual([
      { ok: false, error: { kind: 'transient', message: 'Translation cancelled' } },
    ]);
    expect(provider.calls).toHaveLength(1);
    expect(fallback.calls).toHaveLength(0);
  });
});
