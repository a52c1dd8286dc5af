import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TranslateError } from '../../../../utils/translate/errors';
import { libretranslate } from '../../../../utils/translate/providers/libretranslate';
import { startLibreTranslateMock } from '../../../mocks/libretranslate-mock';
import type { MockTranslator } from '../../../mocks/mock-server';
import { mockTranslation } from '../../../mocks/mock-translation';
import { FAILURE_KINDS } from '../support/failure-kinds';

let mock: MockTranslator;

beforeEach(async () => {
  mock = await startLibreTranslateMock();
});

afterEach(async () => {
  await mock.close();
});

const signal = (): AbortSignal => new AbortController().signal;

function translator(apiKey = '', endpoint = mock.url) {
  return libretranslate.create({ endpoint, apiKey, model: '' });
}

async function failureOf(promise: Promise<unknown>): Promise<TranslateError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TranslateError);
  return error as TranslateError;
}

describe('libretranslate provider', () => {
  it('translates a list in one request, each translation in its input position', async () => {
    const texts = ['今天天气很好', '我们去公园吧', '哈哈哈哈'];
    await expect(translator().translate(texts, 'auto', 'fr', signal())).resolves.toEqual(
      texts.map((text) => mockTranslation(text, 'fr')),
    );
    expect(mock.requests).toHaveLength(1);
  });

  it('posts q as a list with source auto, the target and text format, and no api_key when none is set', async () => {
    await translator().translate(['你好', '再见'], 'auto', 'en', signal());
    const [request] = mock.requests;
    expect(request?.path).toBe('/translate');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body).toEqual({ q: ['你好', '再见'], source: 'auto', target: 'en', format: 'text' });
  });

  it('sends api_key when one is set', async () => {
    await translator('  key-123 ').translate(['你好'], 'auto', 'en', signal());
    expect(mock.requests[0]?.body).toMatchObject({ api_key: 'key-123' });
  });

  it("maps Chinese source codes to LibreTranslate's", async () => {
    await translator().translate(['你好'], 'zh-CN', 'en', signal());
    await translator().translate(['妳好'], 'zh-TW', 'en', signal());
    expect(mock.requests.map((request) => (request.body as { source: string }).source)).toEqual(['zh', 'zh-Hant']);
  });

  it('uses the endpoint override, ignoring a trailing slash', async () => {
    await translator('', `${mock.url}/`).translate(['你好'], 'auto', 'en', signal());
    expect(mock.requests[0]?.path).toBe('/translate');
  });

  it.each(FAILURE_KINDS)('maps the mock failure %s to a %s error', async (mode, kind) => {
    mock.setFailure(mode);
    const error = await failureOf(translator().translate(['一', '二'], 'auto', 'en', signal()));
    expect(error.kind).toBe(kind);
  });

  it('reads Retry-After from a 429', async () => {
    mock.setFailure({ mode: 'rate-limit', retryAfter: '2' });
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(error.retryAfterMs).toBe(2_000);
  });

  it("carries LibreTranslate's error text", async () => {
    mock.setFailure('server-error');
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(error.message).toBe('HTTP 500: Cannot translate text: model crashed');
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
});

describe('libretranslate provider against a server that requires a key', () => {
  let keyed: MockTranslator;

  beforeEach(async () => {
    keyed = await startLibreTranslateMock({ apiKey: 'right-key' });
  });

  afterEach(async () => {
    await keyed.close();
  });

  it('succeeds with the right key', async () => {
    await expect(translator('right-key', keyed.url).translate(['一'], 'auto', 'en', signal())).resolves.toEqual([
      '[en] 一',
    ]);
  });

  it('reports a missing key (400 "... get an API key") as auth', async () => {
    const error = await failureOf(translator('', keyed.url).translate(['一'], 'auto', 'en', signal()));
    expect(error.kind).toBe('auth');
  });

  it('reports a wrong key (403 "Invalid API key") as auth', async () => {
    const error = await failureOf(translator('wrong', keyed.url).translate(['一'], 'auto', 'en', signal()));
    expect(error.kind).toBe('auth');
    expect(error.message).toContain('Invalid API key');
  });
});
