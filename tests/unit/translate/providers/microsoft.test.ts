import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TranslateError } from '../../../../utils/translate/errors';
import { microsoft } from '../../../../utils/translate/providers/microsoft';
import { startMicrosoftMock } from '../../../mocks/microsoft-mock';
import type { MockTranslator } from '../../../mocks/mock-server';
import { mockTranslation } from '../../../mocks/mock-translation';
import { FAILURE_KINDS } from '../support/failure-kinds';

let mock: MockTranslator;

beforeEach(async () => {
  mock = await startMicrosoftMock();
});

afterEach(async () => {
  await mock.close();
});

const signal = (): AbortSignal => new AbortController().signal;

function translator(endpoint = mock.url) {
  return microsoft.create({ endpoint, apiKey: '', model: '' });
}

async function failureOf(promise: Promise<unknown>): Promise<TranslateError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TranslateError);
  return error as TranslateError;
}

describe('microsoft provider', () => {
  it('translates a list in one request, each translation in its input position', async () => {
    const texts = ['今天天气很好', '我们去公园吧', '哈哈哈哈'];
    await expect(translator().translate(texts, 'auto', 'en', signal())).resolves.toEqual(
      texts.map((text) => mockTranslation(text, 'en')),
    );
    expect(mock.requests).toHaveLength(1);
  });

  it('speaks the Edge wire format: path, query, JSON array body', async () => {
    await translator().translate(['你好'], 'auto', 'en', signal());
    const [request] = mock.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/translate/translatetext');
    expect(request?.query).toEqual({ from: '', to: 'en', isEnterpriseClient: 'false' });
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body).toEqual(['你好']);
  });

  it("sends Microsoft's script codes for Chinese sources and the target as given", async () => {
    await translator().translate(['你好'], 'zh-CN', 'es', signal());
    await translator().translate(['妳好'], 'zh-TW', 'ja', signal());
    expect(mock.requests.map((request) => request.query.from)).toEqual(['zh-Hans', 'zh-Hant']);
    expect(mock.requests.map((request) => request.query.to)).toEqual(['es', 'ja']);
  });

  it('uses the endpoint override, ignoring a trailing slash', async () => {
    await translator(`${mock.url}/`).translate(['你好'], 'auto', 'en', signal());
    expect(mock.requests[0]?.path).toBe('/translate/translatetext');
  });

  it('falls back to the Edge endpoint when the configured one is blank', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    await failureOf(translator('  ').translate(['你好'], 'auto', 'en', signal()));
    expect(String(fetchSpy.mock.calls[0]?.[0])).toMatch(/^https:\/\/edge\.microsoft\.com\/translate\/translatetext\?/);
  });

  it.each(FAILURE_KINDS)('maps the mock failure %s to a %s error', async (mode, kind) => {
    mock.setFailure(mode);
    const error = await failureOf(translator().translate(['一', '二'], 'auto', 'en', signal()));
    expect(error.kind).toBe(kind);
  });

  it('reads Retry-After from a 429 whose body is an HTML page', async () => {
    mock.setFailure({ mode: 'rate-limit', retryAfter: '3' });
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(error.retryAfterMs).toBe(3_000);
  });

  it("carries the service's message for a rejected request", async () => {
    mock.setFailure('bad-request');
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(error.message).toContain('The target language is not valid.');
  });

  it('treats an entry without translations[0].text as a bad response', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(JSON.stringify([{ translations: [{ text: 'ok' }] }, { translations: [] }]), { status: 200 }),
    );
    const error = await failureOf(translator().translate(['一', '二'], 'auto', 'en', signal()));
    expect(error.kind).toBe('bad-response');
  });

  it("propagates the caller's abort while the server hangs", async () => {
    mock.setFailure('hang');
    const controller = new AbortController();
    const pending = translator().translate(['一'], 'auto', 'en', controller.signal);
    await vi.waitFor(() => expect(mock.requests).toHaveLength(1));
    controller.abort();
    const error: unknown = await pending.catch((reason: unknown) => reason);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('recovers after the number of failures the mock was told to produce', async () => {
    mock.setFailure({ mode: 'server-error', times: 1 });
    await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    await expect(translator().translate(['一'], 'auto', 'en', signal())).resolves.toEqual(['[en] 一']);
  });

  it('answers CORS preflights so extension pages can call the mock', async () => {
    const response = await fetch(`${mock.url}/translate/translatetext`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(mock.requests).toHaveLength(0);
  });
});
