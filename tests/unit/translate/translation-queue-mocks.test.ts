import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../utils/settings/schema';
import { chainFromSettings } from '../../../utils/translate/translation-chain';
import { startLibreTranslateMock } from '../../mocks/libretranslate-mock';
import { startMicrosoftMock } from '../../mocks/microsoft-mock';
import type { MockTranslator } from '../../mocks/mock-server';
import { mockTranslation } from '../../mocks/mock-translation';
import { queueHarness } from './support/queue-harness';

// The queue with the real providers, over HTTP, against the local mock services.

let microsoftMock: MockTranslator;
let libreMock: MockTranslator;

beforeEach(async () => {
  [microsoftMock, libreMock] = await Promise.all([startMicrosoftMock(), startLibreTranslateMock({ apiKey: 'lt-key' })]);
});

afterEach(async () => {
  await Promise.all([microsoftMock.close(), libreMock.close()]);
});

function settingsChain() {
  const settings = defaultSettings();
  settings.provider = 'microsoft';
  settings.fallbacks = ['libretranslate'];
  settings.providers.microsoft.endpoint = microsoftMock.url;
  settings.providers.libretranslate = { endpoint: libreMock.url, apiKey: 'lt-key', model: '' };
  return chainFromSettings(settings);
}

const paragraphs = Array.from({ length: 40 }, (_, index) => `第${index}条评论：这家店的咖啡真不错，下次还来！`);

describe('translation queue with the real providers and mock services', () => {
  it('translates 40 paragraphs in one Microsoft request, each translation matching its paragraph', async () => {
    const { queue } = queueHarness(settingsChain());
    const results = await queue.translate(paragraphs);
    expect(results).toEqual(paragraphs.map((text) => expect.objectContaining({ ok: true, text: mockTranslation(text, 'en'), cached: false })));
    expect(microsoftMock.requests).toHaveLength(1);
    expect(microsoftMock.requests[0]?.body).toEqual(paragraphs);
    expect(libreMock.requests).toHaveLength(0);
  });

  it('retries a 503 and succeeds without touching the fallback', async () => {
    microsoftMock.setFailure({ mode: 'unavailable', times: 1 });
    const { queue, clock } = queueHarness(settingsChain());
    const [result] = await queue.translate(['你好']);
    expect(result).toMatchObject({ ok: true, text: '[en] 你好', cached: false });
    expect(microsoftMock.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([500]);
  });

  it('honours the Retry-After of a 503 instead of its own backoff', async () => {
    microsoftMock.setFailure({ mode: 'unavailable', times: 1, retryAfter: '3' });
    const { queue, clock } = queueHarness(settingsChain());
    await expect(queue.translate(['维护'])).resolves.toEqual([expect.objectContaining({ ok: true, text: '[en] 维护', cached: false })]);
    expect(clock.sleeps).toEqual([3_000]);
    expect(libreMock.requests).toHaveLength(0);
  });

  it('honours the Retry-After of a 429 with an HTML body', async () => {
    microsoftMock.setFailure({ mode: 'rate-limit', times: 1, retryAfter: '2' });
    const { queue, clock } = queueHarness(settingsChain());
    await expect(queue.translate(['限流'])).resolves.toEqual([expect.objectContaining({ ok: true, text: '[en] 限流', cached: false })]);
    expect(clock.sleeps).toEqual([2_000]);
  });

  it('falls back to LibreTranslate, with its key, when Microsoft keeps failing, and caches under its id', async () => {
    microsoftMock.setFailure('server-error');
    const { queue, cache } = queueHarness(settingsChain());
    const texts = paragraphs.slice(0, 5);
    const results = await queue.translate(texts);
    expect(results.map((result) => (result.ok ? result.text : result.error.kind))).toEqual(
      texts.map((text) => mockTranslation(text, 'en')),
    );
    expect(microsoftMock.requests).toHaveLength(3);
    expect(libreMock.requests).toHaveLength(1);
    expect(libreMock.requests[0]?.body).toMatchObject({ q: texts, source: 'auto', target: 'en', api_key: 'lt-key' });
    expect(cache.writes.flat().every((entry) => entry.key.provider === 'libretranslate')).toBe(true);
  });

  it('ends with error results when both services fail, and sends nothing for cached texts next time', async () => {
    microsoftMock.setFailure('quota');
    libreMock.setFailure('auth');
    const { queue, cache } = queueHarness(settingsChain());
    await expect(queue.translate(['额度'])).resolves.toEqual([
      { ok: false, error: { kind: 'auth', message: 'Translator rejected the key' } },
    ]);
    expect(cache.writes).toHaveLength(0);

    cache.seed({ provider: 'microsoft', model: '', from: 'auto', to: 'en', text: '额度' }, 'Quota');
    const before = microsoftMock.requests.length + libreMock.requests.length;
    await expect(queue.translate(['额度'])).resolves.toEqual([expect.objectContaining({ ok: true, text: 'Quota', cached: true })]);
    expect(microsoftMock.requests.length + libreMock.requests.length).toBe(before);
  });

  it("never puts a service's error reply or the API key in a result", async () => {
    microsoftMock.setFailure('bad-request');
    libreMock.setFailure('auth');
    const { queue } = queueHarness(settingsChain());
    const results = await queue.translate(['秘密']);
    expect(results).toEqual([{ ok: false, error: { kind: 'auth', message: 'Translator rejected the key' } }]);
    expect(JSON.stringify(results)).not.toMatch(/lt-key|Invalid API key|not valid/);
  });

  it('keeps at most four Microsoft requests open at once', async () => {
    await microsoftMock.close();
    microsoftMock = await startMicrosoftMock({ delayMs: 20 });
    const { queue } = queueHarness(settingsChain());
    const long = Array.from({ length: 50 }, (_, index) => `${index}${'长'.repeat(1_000)}`);
    const results = await queue.translate(long);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(microsoftMock.requests.length).toBeGreaterThan(4);
    expect(microsoftMock.maxConcurrent()).toBeLessThanOrEqual(4);
    expect(microsoftMock.maxConcurrent()).toBeGreaterThan(1);
  });
});
