import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TranslateError } from '../../../../utils/translate/errors';
import { deepl } from '../../../../utils/translate/providers/deepl';
import { startDeeplMock } from '../../../mocks/deepl-mock';
import { json, startMockServer, type MockTranslator, type RecordedRequest } from '../../../mocks/mock-server';
import { mockTranslation } from '../../../mocks/mock-translation';
import { FAILURE_KINDS } from '../support/failure-kinds';

const KEY = '0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8:fx';

let mock: MockTranslator;

beforeEach(async () => {
  mock = await startDeeplMock();
});

afterEach(async () => {
  await mock.close();
});

const signal = (): AbortSignal => new AbortController().signal;

function translator(apiKey = KEY, endpoint = mock.url) {
  return deepl.create({ endpoint, apiKey, model: '' });
}

async function failureOf(promise: Promise<unknown>): Promise<TranslateError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TranslateError);
  return error as TranslateError;
}

interface DeeplBody {
  text: string[];
  source_lang?: string;
  target_lang: string;
}

const bodies = (): DeeplBody[] => mock.requests.map((request) => request.body as DeeplBody);

describe('deepl provider', () => {
  it('translates a list in one request, each translation in its input position', async () => {
    const texts = ['今天天气很好', '我们去公园吧', '哈哈哈哈'];
    await expect(translator().translate(texts, 'auto', 'en', signal())).resolves.toEqual(
      texts.map((text) => mockTranslation(text, 'EN-US')),
    );
    expect(mock.requests).toHaveLength(1);
  });

  it('speaks the DeepL API wire format: POST /v2/translate, key header, JSON body without source_lang for auto', async () => {
    await translator().translate(['你好', '再见'], 'auto', 'en', signal());
    const [request] = mock.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v2/translate');
    expect(request?.headers.authorization).toBe(`DeepL-Auth-Key ${KEY}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body).toEqual({ text: ['你好', '再见'], target_lang: 'EN-US' });
  });

  it("sends DeepL's target codes: regional English and Portuguese, Chinese by script, others upper-cased", async () => {
    for (const to of ['en', 'pt', 'zh-Hans', 'zh-Hant', 'zh-TW', 'ja', 'en-GB']) {
      await translator().translate(['你好'], 'auto', to, signal());
    }
    expect(bodies().map((body) => body.target_lang)).toEqual(['EN-US', 'PT-BR', 'ZH-HANS', 'ZH-HANT', 'ZH-HANT', 'JA', 'EN-GB']);
  });

  it('sends every Chinese source as ZH and other sources without region', async () => {
    for (const from of ['zh', 'zh-Hans', 'zh-Hant', 'zh-CN', 'zh-TW', 'en', 'en-GB']) {
      await translator().translate(['你好'], from, 'en', signal());
    }
    expect(bodies().map((body) => body.source_lang)).toEqual(['ZH', 'ZH', 'ZH', 'ZH', 'ZH', 'EN', 'EN']);
  });

  it('uses the endpoint override, ignoring a trailing slash, for any key', async () => {
    await translator('pro-key', `${mock.url}/`).translate(['你好'], 'auto', 'en', signal());
    expect(mock.requests[0]?.path).toBe('/v2/translate');
  });

  it.each([
    ['a Free key (":fx")', KEY, 'https://api-free.deepl.com/v2/translate'],
    ['a Pro key', '0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8', 'https://api.deepl.com/v2/translate'],
  ])('sends %s to its own host, with its key, when no endpoint is set', async (_label, apiKey, url) => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    await failureOf(translator(` ${apiKey} `, '  ').translate(['你好'], 'auto', 'en', signal()));
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const [target, init] = fetchSpy.mock.calls[0] ?? [];
    expect(String(target)).toBe(url);
    expect((init?.headers as Record<string, string>).Authorization).toBe(`DeepL-Auth-Key ${apiKey}`);
  });

  it('fails a missing key as auth without sending anything', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const error = await failureOf(translator('   ').translate(['你好'], 'auto', 'en', signal()));
    expect(error.kind).toBe('auth');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(mock.requests).toHaveLength(0);
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

  it("carries DeepL's error message", async () => {
    mock.setFailure('bad-request');
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(error.message).toBe("HTTP 400: Value for 'target_lang' not supported.");
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
    expect(deepl.supports('auto', 'en')).toBe(true);
    expect(deepl.supports('en', 'zh-Hans')).toBe(true);
    expect(deepl.supports('en', 'zh-Hant')).toBe(true);
    expect(deepl.supports('zh', 'auto')).toBe(false);
  });
});

describe('deepl provider against a server that requires a key', () => {
  let keyed: MockTranslator;

  beforeEach(async () => {
    keyed = await startDeeplMock({ apiKey: KEY });
  });

  afterEach(async () => {
    await keyed.close();
  });

  it('succeeds with the right key', async () => {
    await expect(translator(KEY, keyed.url).translate(['一'], 'auto', 'en', signal())).resolves.toEqual([
      '[EN-US] 一',
    ]);
  });

  it("reports a wrong key (DeepL's 403) as auth", async () => {
    const error = await failureOf(translator('wrong:fx', keyed.url).translate(['一'], 'auto', 'en', signal()));
    expect(error.kind).toBe('auth');
    expect(error.message).toContain('Authorization failed');
  });
});

describe('deepl provider against a server that echoes the key in its error', () => {
  let echoing: MockTranslator;

  beforeEach(async () => {
    // Quotes the Authorization header back, once early and once across the 200-character cut.
    const echo = (request: RecordedRequest) => {
      const header = request.headers.authorization ?? '';
      return json(403, { message: `Rejected ${header}. ${'x'.repeat(109)} ${header}` });
    };
    echoing = await startMockServer({ handle: echo, fail: (_mode, request) => echo(request) });
  });

  afterEach(async () => {
    await echoing.close();
  });

  it('keeps the key, or any part of it, out of the error message', async () => {
    const error = await failureOf(translator(KEY, echoing.url).translate(['一'], 'auto', 'en', signal()));
    expect(error.kind).toBe('auth');
    expect(error.message).toContain('Rejected DeepL-Auth-Key [redacted]');
    expect(error.message).not.toContain(KEY.slice(0, 8));
  });
});
