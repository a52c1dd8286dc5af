import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TranslateError } from '../../../../utils/translate/errors';
import { deeplx } from '../../../../utils/translate/providers/deeplx';
import { startDeeplxMock } from '../../../mocks/deeplx-mock';
import type { MockTranslator } from '../../../mocks/mock-server';
import { mockTranslation } from '../../../mocks/mock-translation';
import { FAILURE_KINDS } from '../support/failure-kinds';

let mock: MockTranslator;

beforeEach(async () => {
  mock = await startDeeplxMock();
});

afterEach(async () => {
  await mock.close();
});

const signal = (): AbortSignal => new AbortController().signal;

function translator(apiKey = '', endpoint = mock.url) {
  return deeplx.create({ endpoint, apiKey, model: '' });
}

async function failureOf(promise: Promise<unknown>): Promise<TranslateError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TranslateError);
  return error as TranslateError;
}

interface DeeplxBody {
  text: string;
  source_lang: string;
  target_lang: string;
}

const bodies = (): DeeplxBody[] => mock.requests.map((request) => request.body as DeeplxBody);

/** A 200 reply carrying `body`, as a server or a proxy in front of it might send. */
function replyWith(body: unknown) {
  return vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(body), { status: 200 }));
}

describe('deeplx provider', () => {
  it('sends one request per text and returns the translations in input order', async () => {
    const texts = ['今天天气很好', '我们去公园吧', '哈哈哈哈'];
    await expect(translator().translate(texts, 'auto', 'en', signal())).resolves.toEqual(
      texts.map((text) => mockTranslation(text, 'EN-US')),
    );
    expect(bodies().map((body) => body.text)).toEqual(texts);
  });

  it('speaks the DeepLX wire format: POST /translate { text, source_lang, target_lang }, no key header without a key', async () => {
    await translator().translate(['你好'], 'auto', 'en', signal());
    const [request] = mock.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/translate');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.body).toEqual({ text: '你好', source_lang: 'auto', target_lang: 'EN-US' });
  });

  it('sends a set key as a Bearer token', async () => {
    await translator('  my-token ').translate(['你好'], 'auto', 'en', signal());
    expect(mock.requests[0]?.headers.authorization).toBe('Bearer my-token');
  });

  it("sends DeepL's codes: Chinese sources as ZH, Chinese targets by script, others upper-cased", async () => {
    await translator().translate(['你好'], 'zh-Hans', 'ja', signal());
    await translator().translate(['妳好'], 'zh-TW', 'pt', signal());
    await translator().translate(['hello'], 'en', 'zh-Hant', signal());
    expect(bodies().map(({ source_lang, target_lang }) => [source_lang, target_lang])).toEqual([
      ['ZH', 'JA'],
      ['ZH', 'PT-BR'],
      ['EN', 'ZH-HANT'],
    ]);
  });

  it('uses the endpoint override, ignoring a trailing slash', async () => {
    await translator('', `${mock.url}/`).translate(['你好'], 'auto', 'en', signal());
    expect(mock.requests[0]?.path).toBe('/translate');
  });

  it('falls back to the local DeepLX port when the configured endpoint is blank', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    await failureOf(translator('', '  ').translate(['你好'], 'auto', 'en', signal()));
    expect(String(fetchSpy.mock.calls[0]?.[0])).toBe('http://127.0.0.1:1188/translate');
  });

  it('sends a blank text nowhere and returns it as is', async () => {
    await expect(translator().translate(['', ' '], 'auto', 'en', signal())).resolves.toEqual(['', ' ']);
    expect(mock.requests).toHaveLength(0);
  });

  it.each(FAILURE_KINDS)('maps the mock failure %s to a %s error', async (mode, kind) => {
    mock.setFailure(mode);
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(error.kind).toBe(kind);
  });

  it('reads Retry-After from a 429', async () => {
    mock.setFailure({ mode: 'rate-limit', retryAfter: '2' });
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(error.retryAfterMs).toBe(2_000);
  });

  it("carries DeepLX's error message", async () => {
    mock.setFailure('rate-limit');
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(error.message).toContain('your IP has been blocked by DeepL temporarily');
  });

  it.each([
    [429, 'rate-limit'],
    [401, 'auth'],
    [403, 'auth'],
    [456, 'quota'],
    [503, 'transient'],
    [404, 'bad-response'],
  ] as const)('reads code %i in a 200 body as a %s error', async (code, kind) => {
    replyWith({ code, message: 'Something went wrong' });
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(error.kind).toBe(kind);
    expect(error.message).toBe(`DeepLX code ${code}: Something went wrong`);
  });

  it('keeps the key out of an error message that echoes it', async () => {
    replyWith({ code: 401, message: 'Invalid access token secret-token' });
    const error = await failureOf(translator('secret-token').translate(['一'], 'auto', 'en', signal()));
    expect(error.message).not.toContain('secret-token');
  });

  it('treats a reply without data as a bad response', async () => {
    replyWith({ code: 200, id: 1 });
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
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

  it('writes into any language but auto', () => {
    expect(deeplx.supports('auto', 'en')).toBe(true);
    expect(deeplx.supports('en', 'zh-Hans')).toBe(true);
    expect(deeplx.supports('zh', 'auto')).toBe(false);
  });
});

describe('deeplx provider against a server started with a token', () => {
  let guarded: MockTranslator;

  beforeEach(async () => {
    guarded = await startDeeplxMock({ apiKey: 'right-token' });
  });

  afterEach(async () => {
    await guarded.close();
  });

  it('succeeds with the right token', async () => {
    await expect(translator('right-token', guarded.url).translate(['一'], 'auto', 'en', signal())).resolves.toEqual([
      '[EN-US] 一',
    ]);
  });

  it('reports a missing or wrong token (401 "Invalid access token") as auth, without quoting the token', async () => {
    for (const token of ['', 'wrong-token']) {
      const error = await failureOf(translator(token, guarded.url).translate(['一'], 'auto', 'en', signal()));
      expect(error.kind).toBe('auth');
      expect(error.message).toBe('HTTP 401: Invalid access token');
    }
  });
});
