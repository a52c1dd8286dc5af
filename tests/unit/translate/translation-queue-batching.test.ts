import { afterEach, describe, expect, it, vi } from 'vitest';
import { libretranslate } from '../../../utils/translate/providers/libretranslate';
import { microsoft } from '../../../utils/translate/providers/microsoft';
import { DEFAULT_FLUSH_DELAY_MS } from '../../../utils/translate/translation-queue';
import { chainOf, deferred, fakeProvider, fakeTranslation } from './support/fake-provider';
import { queueHarness } from './support/queue-harness';

const paragraphs = (count: number, prefix = '段落'): string[] =>
  Array.from({ length: count }, (_, index) => `${prefix}${index}：今天我们去了一家很好吃的火锅店。`);

afterEach(() => {
  vi.useRealTimers();
});

describe('translation queue: batching and concurrency', () => {
  it.each([
    ['microsoft', microsoft.limits],
    ['libretranslate', libretranslate.limits],
  ] as const)('packs 40 short paragraphs arriving together into requests of 10 or more (%s limits)', async (id, limits) => {
    const provider = fakeProvider(id, limits);
    const { queue } = queueHarness(chainOf(provider.definition));
    const texts = paragraphs(40);
    const results = await queue.translate(texts);
    expect(results.every((result) => result.ok)).toBe(true);
    const sizes = provider.calls.map((call) => call.texts.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
    expect(queue.stats()).toEqual({ requests: { [id]: sizes.length }, texts: { [id]: 40 }, cacheHits: 0 });
  });

  it('keeps running totals of requests and texts, not a record per request', async () => {
    const provider = fakeProvider('microsoft', { maxItems: 1, concurrency: 50 });
    const { queue } = queueHarness(chainOf(provider.definition));
    await queue.translate(paragraphs(120));
    await queue.translate(paragraphs(80, '评论'));
    expect(queue.stats()).toEqual({ requests: { microsoft: 200 }, texts: { microsoft: 200 }, cacheHits: 0 });
  });

  it('never puts more than maxItems texts in one request', async () => {
    const provider = fakeProvider('microsoft', { maxItems: 10, concurrency: 5 });
    const { queue } = queueHarness(chainOf(provider.definition));
    await queue.translate(paragraphs(25));
    expect(provider.calls.map((call) => call.texts.length)).toEqual([10, 10, 5]);
  });

  it('never puts more than maxChars characters in one request, and sends an oversized text alone', async () => {
    const provider = fakeProvider('microsoft', { maxItems: 50, maxChars: 1_000, concurrency: 5 });
    const { queue } = queueHarness(chainOf(provider.definition));
    const long = '长'.repeat(2_500);
    const medium = ['甲', '乙', '丙', '丁', '戊'].map((mark) => mark.repeat(400));
    const results = await queue.translate([...medium, long]);
    const requests = provider.calls.map((call) => call.texts);
    for (const texts of requests.filter((texts) => !texts.includes(long))) {
      expect(texts.join('').length).toBeLessThanOrEqual(1_000);
    }
    expect(requests).toContainEqual([long]);
    expect(requests.flat()).toHaveLength(6);
    expect(results[5]).toMatchObject({ ok: true, text: fakeTranslation(long), cached: false });
  });

  it('coalesces texts from separate callers that arrive within the flush window', async () => {
    const provider = fakeProvider('microsoft');
    const { queue } = queueHarness(chainOf(provider.definition));
    await Promise.all([queue.translate(['一']), queue.translate(['二']), queue.translate(['三', '四'])]);
    expect(provider.calls.map((call) => call.texts)).toEqual([['一', '二', '三', '四']]);
  });

  it('sends a full batch without waiting for the flush window', async () => {
    const provider = fakeProvider('microsoft', { maxItems: 3 });
    // A window far longer than the test's timeout: only a full batch can be sent.
    const { queue } = queueHarness(chainOf(provider.definition), { flushDelayMs: 60_000 });
    await expect(queue.translate(['一', '二', '三'])).resolves.toHaveLength(3);
    expect(provider.calls).toHaveLength(1);
  });

  it('keeps at most limits.concurrency requests in flight', async () => {
    const gates = Array.from({ length: 6 }, () => deferred<void>());
    const provider = fakeProvider('microsoft', { maxItems: 1, concurrency: 2 }, async (texts, index) => {
      await gates[index]?.promise;
      return texts.map(fakeTranslation);
    });
    const { queue } = queueHarness(chainOf(provider.definition));
    const pending = queue.translate(paragraphs(6));
    await expect.poll(() => provider.open()).toBe(2);
    expect(provider.calls).toHaveLength(2);
    for (const gate of gates) gate.resolve();
    const results = await pending;
    expect(results.map((result) => (result.ok ? result.text : ''))).toEqual(paragraphs(6).map(fakeTranslation));
    expect(provider.calls).toHaveLength(6);
    expect(provider.maxOpen()).toBe(2);
  });

  it('gathers texts that wait for a free slot into one request', async () => {
    vi.useFakeTimers();
    const firstGate = deferred<void>();
    const provider = fakeProvider('microsoft', { concurrency: 1 }, async (texts, index) => {
      if (index === 0) await firstGate.promise;
      return texts.map(fakeTranslation);
    });
    const { queue } = queueHarness(chainOf(provider.definition));
    const first = queue.translate(['先']);
    await vi.advanceTimersByTimeAsync(DEFAULT_FLUSH_DELAY_MS);
    expect(provider.open()).toBe(1);
    const later = [queue.translate(['后一']), queue.translate(['后二']), queue.translate(['后三'])];
    // The later texts' flush window passes while the only slot is busy.
    await vi.advanceTimersByTimeAsync(DEFAULT_FLUSH_DELAY_MS);
    expect(provider.calls).toHaveLength(1);
    firstGate.resolve();
    await Promise.all([first, ...later]);
    expect(provider.calls.map((call) => call.texts)).toEqual([['先'], ['后一', '后二', '后三']]);
  });

  it('keeps each result with its own text when requests finish out of order', async () => {
    const gates = [deferred<void>(), deferred<void>()];
    const provider = fakeProvider('microsoft', { maxItems: 2, concurrency: 2 }, async (texts, index) => {
      await gates[index]?.promise;
      return texts.map(fakeTranslation);
    });
    const { queue } = queueHarness(chainOf(provider.definition));
    const texts = ['甲', '乙', '丙', '丁'];
    const pending = queue.translate(texts);
    await expect.poll(() => provider.open()).toBe(2);
    gates[1]?.resolve();
    gates[0]?.resolve();
    const results = await pending;
    expect(results.map((result) => (result.ok ? result.text : ''))).toEqual(texts.map(fakeTranslation));
  });
});
