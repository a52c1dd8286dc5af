import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TranslateError } from '../../../../utils/translate/errors';
import { google } from '../../../../utils/translate/providers/google';
import { startGoogleMock, unusualTrafficPage } from '../../../mocks/google-mock';
import { startMockServer, type MockTranslator } from '../../../mocks/mock-server';
import { mockTranslation } from '../../../mocks/mock-translation';
import { FAILURE_KINDS } from '../support/failure-kinds';

let mock: MockTranslator;

beforeEach(async () => {
  mock = await startGoogleMock();
});

afterEach(async () => {
  await mock.close();
});

const signal = (): AbortSignal => new AbortController().signal;

function translator(endpoint = mock.url, apiKey = '') {
  return google.create({ endpoint, apiKey, model: '' });
}

async function failureOf(promise: Promise<unknown>): Promise<TranslateError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TranslateError);
  return error as TranslateError;
}

const sentQ = (): string[] => mock.requests.map((request) => request.query.q ?? '');

describe('google provider', () => {
  it('sends one request per text and returns the translations in input order', async () => {
    const texts = ['今天天气很好', '我们去公园吧', '哈哈哈哈'];
    await expect(translator().translate(texts, 'auto', 'en', signal())).resolves.toEqual(
      texts.map((text) => mockTranslation(text, 'en')),
    );
    expect(sentQ()).toEqual(texts);
  });

  it('speaks the gtx wire format: GET, path, query, no body', async () => {
    await translator().translate(['你好'], 'auto', 'en', signal());
    const [request] = mock.requests;
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/translate_a/single');
    expect(request?.query).toEqual({ client: 'gtx', sl: 'auto', tl: 'en', dt: 't', dj: '1', q: '你好' });
    expect(request?.body).toBe('');
  });

  it('never sends a key, even when one is configured', async () => {
    await translator(mock.url, 'my-secret-key').translate(['你好'], 'auto', 'en', signal());
    const [request] = mock.requests;
    expect(request?.headers.authorization).toBeUndefined();
    expect(JSON.stringify(request)).not.toContain('my-secret-key');
  });

  it('joins the translations of every sentence Google splits the text into', async () => {
    const text = '今天天气很好。我们去公园吧！好的';
    await expect(translator().translate([text], 'auto', 'en', signal())).resolves.toEqual([mockTranslation(text, 'en')]);
  });

  it("sends Google's region codes for Chinese scripts and other codes as given", async () => {
    await translator().translate(['你好'], 'zh-Hans', 'ja', signal());
    await translator().translate(['hello'], 'en', 'zh-Hant', signal());
    await translator().translate(['hello'], 'en', 'zh-Hans', signal());
    expect(mock.requests.map(({ query }) => [query.sl, query.tl])).toEqual([
      ['zh-CN', 'ja'],
      ['en', 'zh-TW'],
      ['en', 'zh-CN'],
    ]);
  });

  it('uses the endpoint override, ignoring a trailing slash', async () => {
    await translator(`${mock.url}/`).translate(['你好'], 'auto', 'en', signal());
    expect(mock.requests[0]?.path).toBe('/translate_a/single');
  });

  it('falls back to translate.googleapis.com when the configured endpoint is blank', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    await failureOf(translator('  ').translate(['你好'], 'auto', 'en', signal()));
    expect(String(fetchSpy.mock.calls[0]?.[0])).toMatch(
      /^https:\/\/translate\.googleapis\.com\/translate_a\/single\?client=gtx&/,
    );
  });

  it('sends a blank text nowhere and returns it as is', async () => {
    await expect(translator().translate(['  '], 'auto', 'en', signal())).resolves.toEqual(['  ']);
    expect(mock.requests).toHaveLength(0);
  });

  it('splits a long text at sentence ends, sends the pieces one after the other and joins them', async () => {
    const text = '今天天气很好。'.repeat(200); // 1,400 characters
    const [translated] = await translator().translate([text], 'auto', 'en', signal());
    const pieces = sentQ();
    expect(pieces.length).toBe(2);
    expect(pieces.every((piece) => piece.length <= 800 && piece.endsWith('。'))).toBe(true);
    expect(pieces.join('')).toBe(text);
    expect(translated).toBe(pieces.map((piece) => mockTranslation(piece, 'en')).join(' '));
    expect(mock.maxConcurrent()).toBe(1);
  });

  it('cuts a long text with no sentence end at the limit, never inside a surrogate pair', async () => {
    const text = `${'好'.repeat(799)}😀${'好'.repeat(900)}`;
    await translator().translate([text], 'auto', 'en', signal());
    const pieces = sentQ();
    expect(pieces.join('')).toBe(text);
    expect(pieces.map((piece) => piece.length)).toEqual([799, 800, 102]);
    expect(pieces[1]?.startsWith('😀')).toBe(true);
  });

  it('keeps a line break where the text was cut at one', async () => {
    const text = `${'一'.repeat(500)}\n${'二'.repeat(500)}`;
    const [translated] = await translator().translate([text], 'auto', 'en', signal());
    expect(sentQ()).toEqual(['一'.repeat(500), '二'.repeat(500)]);
    expect(translated).toBe(`${mockTranslation('一'.repeat(500), 'en')}\n${mockTranslation('二'.repeat(500), 'en')}`);
  });

  it('joins the pieces of a Chinese translation without a space', async () => {
    const text = '今天天气很好。'.repeat(200);
    const [translated] = await translator().translate([text], 'zh-Hans', 'zh-Hant', signal());
    const pieces = sentQ();
    expect(pieces.length).toBe(2);
    expect(translated).toBe(pieces.map((piece) => mockTranslation(piece, 'zh-TW')).join(''));
  });

  it.each(FAILURE_KINDS)('maps the mock failure %s to a %s error', async (mode, kind) => {
    mock.setFailure(mode);
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(error.kind).toBe(kind);
  });

  it('reads Retry-After from a 429 "unusual traffic" page', async () => {
    mock.setFailure({ mode: 'rate-limit', retryAfter: '3' });
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(error.retryAfterMs).toBe(3_000);
  });

  it('stops at the first failing piece of a long text', async () => {
    mock.setFailure({ mode: 'rate-limit', times: 1 });
    await failureOf(translator().translate(['今天天气很好。'.repeat(200)], 'auto', 'en', signal()));
    expect(mock.requests).toHaveLength(1);
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

  it('translates any pair but into auto', () => {
    expect(google.supports('auto', 'en')).toBe(true);
    expect(google.supports('en', 'zh-Hant')).toBe(true);
    expect(google.supports('zh', 'auto')).toBe(false);
  });
});

describe('google provider against the "unusual traffic" page sent with a 200', () => {
  let blocked: MockTranslator;

  beforeEach(async () => {
    const page = () => unusualTrafficPage(200);
    blocked = await startMockServer({ handle: page, fail: page });
  });

  afterEach(async () => {
    await blocked.close();
  });

  it('reports it as a rate limit, not as malformed JSON', async () => {
    const error = await failureOf(translator(blocked.url).translate(['一'], 'auto', 'en', signal()));
    expect(error.kind).toBe('rate-limit');
  });
});
