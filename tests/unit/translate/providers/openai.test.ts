import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../../utils/settings/schema';
import { TranslateError } from '../../../../utils/translate/errors';
import { openai } from '../../../../utils/translate/providers/openai';
import { chainFromSettings } from '../../../../utils/translate/translation-chain';
import { startMicrosoftMock } from '../../../mocks/microsoft-mock';
import type { RecordedRequest } from '../../../mocks/mock-server';
import { mockTranslation } from '../../../mocks/mock-translation';
import { startOpenAiMock, type LlmFault, type OpenAiMock } from '../../../mocks/openai-mock';
import { FAILURE_KINDS } from '../support/failure-kinds';
import { queueHarness } from '../support/queue-harness';

let mock: OpenAiMock;

beforeEach(async () => {
  mock = await startOpenAiMock();
});

afterEach(async () => {
  await mock.close();
});

const signal = (): AbortSignal => new AbortController().signal;

function translator({ endpoint = mock.url, apiKey = '', model = '' } = {}) {
  return openai.create({ endpoint, apiKey, model });
}

async function failureOf(promise: Promise<unknown>): Promise<TranslateError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TranslateError);
  return error as TranslateError;
}

// The paragraph texts a request carries, as tests/e2e/support/translator-mock.ts reads them.
const textsOf = (request: RecordedRequest): string[] | undefined => { const user = (request.body as { messages?: { role?: string; content?: unknown }[] } | null)?.messages?.find((m) => m.role === 'user'); try { return typeof user?.content === 'string' ? (JSON.parse(user.content) as { paragraphs: { text: string }[] }).paragraphs.map((p) => p.text) : undefined; } catch { return undefined; } };

const systemOf = (request: RecordedRequest | undefined): string =>
  (request?.body as { messages: { role: string; content: string }[] }).messages.find((m) => m.role === 'system')
    ?.content ?? '';

/** A chat completion as a server sends it, carrying `content`. */
function chatReply(content: unknown): Response {
  return Response.json({
    id: 'chatcmpl-1',
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  });
}

const texts = ['今天天气很好', '我们去公园吧', '哈哈哈哈笑死我了', '[笑哭R] 绝绝子'];
const expected = texts.map((text) => mockTranslation(text, 'en'));

describe('openai provider: the wire format', () => {
  it('translates many paragraphs in one request, each translation under its own paragraph', async () => {
    await expect(translator().translate(texts, 'auto', 'en', signal())).resolves.toEqual(expected);
    expect(mock.requests).toHaveLength(1);
  });

  it('posts model, temperature 0 and messages to {endpoint}/chat/completions, no Authorization without a key', async () => {
    await translator({ apiKey: '   ' }).translate(['你好', '再见'], 'auto', 'en', signal());
    const [request] = mock.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/chat/completions');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.authorization).toBeUndefined();
    const body = request?.body as { model: string; temperature: number; messages: { role: string; content: string }[] };
    expect(Object.keys(body).sort()).toEqual(['messages', 'model', 'temperature']);
    expect(body.model).toBe('gpt-4o-mini');
    expect(body.temperature).toBe(0);
    expect(body.messages.map((message) => message.role)).toEqual(['system', 'user']);
    expect(JSON.parse(body.messages[1]?.content ?? '')).toEqual({
      paragraphs: [
        { id: '1', text: '你好' },
        { id: '2', text: '再见' },
      ],
    });
  });

  it('sends the key as a Bearer token and the model the user chose', async () => {
    await mock.close();
    mock = await startOpenAiMock({ apiKey: 'sk-test-123' });
    await expect(
      translator({ apiKey: ' sk-test-123 ', model: ' qwen2.5:7b ' }).translate(['你好'], 'auto', 'en', signal()),
    ).resolves.toEqual(['[en] 你好']);
    expect(mock.requests[0]?.headers.authorization).toBe('Bearer sk-test-123');
    expect(mock.requests[0]?.body).toMatchObject({ model: 'qwen2.5:7b' });
  });

  it('accepts the endpoint with a trailing slash or as the full /chat/completions URL', async () => {
    await translator({ endpoint: `${mock.url}/` }).translate(['你好'], 'auto', 'en', signal());
    await translator({ endpoint: `${mock.url}/chat/completions` }).translate(['你好'], 'auto', 'en', signal());
    expect(mock.requests.map((request) => request.path)).toEqual(['/chat/completions', '/chat/completions']);
  });

  it("falls back to OpenAI's endpoint when the configured one is blank", async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    await failureOf(translator({ endpoint: ' ' }).translate(['你好'], 'auto', 'en', signal()));
    expect(String(fetchSpy.mock.calls[0]?.[0])).toBe('https://api.openai.com/v1/chat/completions');
  });

  it('writes into the target it is given: Simplified Chinese for a reply, named in the prompt', async () => {
    await expect(translator().translate(['so good'], 'en', 'zh-Hans', signal())).resolves.toEqual([
      mockTranslation('so good', 'zh-Hans'),
    ]);
    expect(systemOf(mock.requests[0])).toContain('from English into Simplified Chinese.');
  });

  it('puts the page title, the glossary terms the paragraphs use and the casual tone in the prompt', async () => {
    await translator().translate(['这家店真的种草了'], 'en', 'zh-Hant', signal(), {
      title: '台北咖啡店推荐',
      glossary: { 种草: 'recommend', 拔草: 'give up on buying' },
      tone: 'casual',
    });
    const system = systemOf(mock.requests[0]);
    expect(system).toContain('"台北咖啡店推荐"');
    expect(system).toContain('"种草" -> "recommend"');
    expect(system).not.toContain('拔草');
    expect(system).toContain('short comment on a social media app');
  });

  it('sends no request for blank texts and answers them blank', async () => {
    const result = translator().translate(['', '你好', '  '], 'auto', 'en', signal());
    await expect(result).resolves.toEqual(['', '[en] 你好', '']);
    expect(mock.requests.map(textsOf)).toEqual([['你好']]);
    await expect(translator().translate([' '], 'auto', 'en', signal())).resolves.toEqual(['']);
    expect(mock.requests).toHaveLength(1);
  });

  it('supports any pair whose target is a language, not auto', () => {
    expect(openai.supports('auto', 'en')).toBe(true);
    expect(openai.supports('en', 'zh-Hant')).toBe(true);
    expect(openai.supports('zh', 'auto')).toBe(false);
  });
});

describe('openai provider: matching the answer by id', () => {
  it.each<LlmFault>(['reorder', 'think', 'fenced'])(
    'gives each paragraph exactly its own translation when the model answers %s, in one request',
    async (fault) => {
      mock.setFault(fault);
      await expect(translator().translate(texts, 'auto', 'en', signal())).resolves.toEqual(expected);
      expect(mock.requests).toHaveLength(1);
    },
  );

  it.each<LlmFault>(['drop-id', 'empty'])(
    'asks again for the paragraph alone when the model answers %s, and gives each its own translation',
    async (fault) => {
      mock.setFault(fault, 1);
      await expect(translator().translate(texts, 'auto', 'en', signal())).resolves.toEqual(expected);
      expect(mock.requests.map(textsOf)).toEqual([texts, [texts[1]]]);
    },
  );

  it('asks again alone for the paragraph whose id a merged answer lost, and never shifts the others', async () => {
    mock.setFault('merge-ids', 1);
    const result = await translator().translate(texts, 'auto', 'en', signal());
    // The first id holds both translations: nothing tells it from a long one, but it holds its own.
    expect(result[0]).toContain(expected[0]);
    expect(result.slice(1)).toEqual(expected.slice(1));
    expect(mock.requests.map(textsOf)).toEqual([texts, [texts[1]]]);
  });

  it('sends the retry with the same languages and context as the first request', async () => {
    mock.setFault('drop-id', 1);
    const context = { title: '探店', glossary: { 种草: 'recommend' } };
    await translator().translate(['种草了', '好吃'], 'auto', 'en', signal(), context);
    const [first, retry] = mock.requests;
    expect(systemOf(retry)).toContain('"探店"');
    expect(systemOf(first)).toContain('"种草" -> "recommend"');
    // The retried paragraph does not use the term, so its prompt does not list it.
    expect(systemOf(retry)).not.toContain('种草');
  });

  it('answers blank, so the lane fails it alone, a paragraph still missing after its own request', async () => {
    mock.setFault('drop-id');
    const result = await translator().translate(texts, 'auto', 'en', signal());
    expect(result).toEqual([expected[0], '', expected[2], expected[3]]);
    expect(mock.requests.map(textsOf)).toEqual([texts, [texts[1]]]);
  });

  it('asks again for at most five paragraphs of one request; the others fail without a request each', async () => {
    const many = Array.from({ length: 8 }, (_, index) => `第${index}段`);
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async () =>
      // The first answer translates only paragraph 1; every retry answers without its id.
      chatReply(fetchSpy.mock.calls.length === 1 ? '{"1":"one"}' : '{}'),
    );
    const result = await translator().translate(many, 'auto', 'en', signal());
    expect(result).toEqual(['one', '', '', '', '', '', '', '']);
    expect(fetchSpy).toHaveBeenCalledTimes(1 + 5);
  });

  it('stops asking again once a retry fails, keeping the translations it has', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async () =>
      fetchSpy.mock.calls.length === 1 ? chatReply('{"1":"one"}') : new Response('', { status: 500 }),
    );
    const result = translator().translate(['一', '二', '三'], 'auto', 'en', signal());
    await expect(result).resolves.toEqual(['one', '', '']);
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });

  it('fails the whole request as a bad response when the model answers in prose, without retries', async () => {
    mock.setFault('prose');
    const error = await failureOf(translator().translate(texts, 'auto', 'en', signal()));
    expect(error.kind).toBe('bad-response');
    expect(mock.requests).toHaveLength(1);
  });

  it('fails as a bad response when the answer translates none of the paragraphs', async () => {
    mock.setFault('empty');
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(error.kind).toBe('bad-response');
    expect(mock.requests).toHaveLength(1);
  });

  it.each([
    ['no choices', { choices: [] }],
    ['a null content (a refusal)', { choices: [{ message: { role: 'assistant', content: null, refusal: 'No.' } }] }],
    ['an error object', { error: { message: 'upstream failed' } }],
  ])('treats a reply with %s as a bad response', async (_name, reply) => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json(reply));
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(error.kind).toBe('bad-response');
    expect(error.message).toContain('choices[0].message.content');
  });
});

describe('openai provider: with the queue', () => {
  it('sends a paragraph the model keeps dropping to the next translator alone; the others keep theirs', async () => {
    const microsoftMock = await startMicrosoftMock();
    try {
      mock.setFault('drop-id');
      const settings = defaultSettings();
      settings.provider = 'openai';
      settings.fallbacks = ['microsoft'];
      settings.providers.openai = { endpoint: mock.url, apiKey: '', model: '' };
      settings.providers.microsoft.endpoint = microsoftMock.url;
      const { queue } = queueHarness(chainFromSettings(settings));
      const results = await queue.translate(texts);
      expect(results.map((result) => result.ok && result.text)).toEqual(expected);
      expect(microsoftMock.requests.map((request) => request.body)).toEqual([[texts[1]]]);
    } finally {
      await microsoftMock.close();
    }
  });
});

describe('openai provider: errors', () => {
  /** Each text's fate as the lane decides it: the thrown kind for all, or a blank answer's bad-response alone. */
  async function fates(input: string[]): Promise<string[]> {
    return translator()
      .translate(input, 'auto', 'en', signal())
      .then(
        (output) => output.map((text) => (text === '' ? 'bad-response' : 'ok')),
        (error: unknown) => input.map(() => (error instanceof TranslateError ? error.kind : 'not a TranslateError')),
      );
  }

  it.each(FAILURE_KINDS)('maps the mock failure %s to a %s error', async (mode, kind) => {
    mock.setFailure(mode);
    const result = await fates(['一', '二']);
    expect(result).toContain(kind);
    expect(result.every((fate) => fate === kind || fate === 'ok')).toBe(true);
  });

  it('fails only the paragraph a fewer-items answer leaves out, after asking for it alone', async () => {
    mock.setFailure('fewer-items');
    await expect(fates(['一', '二'])).resolves.toEqual(['ok', 'bad-response']);
    expect(mock.requests.map(textsOf)).toEqual([['一', '二'], ['二']]);
  });

  it('reads Retry-After from a 429', async () => {
    mock.setFailure({ mode: 'rate-limit', retryAfter: '7' });
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(error.kind).toBe('rate-limit');
    expect(error.retryAfterMs).toBe(7_000);
  });

  it("tells OpenAI's insufficient_quota 429 (quota, no waiting) from a rate limit", async () => {
    mock.setFailure('quota');
    const quota = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(quota.kind).toBe('quota');
    expect(quota.retryAfterMs).toBeUndefined();
    expect(quota.message).toContain('exceeded your current quota');
    mock.setFailure({ mode: 'rate-limit', retryAfter: null });
    expect((await failureOf(translator().translate(['一'], 'auto', 'en', signal()))).kind).toBe('rate-limit');
  });

  it.each(['http://localhost:11434/v1', 'http://127.0.0.1:1234/v1', 'http://[::1]:11434/v1'])(
    'explains a 403 from the local server %s as the extension origin refused, naming OLLAMA_ORIGINS',
    async (endpoint) => {
      vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('', { status: 403 }));
      const error = await failureOf(translator({ endpoint }).translate(['一'], 'auto', 'en', signal()));
      expect(error.kind).toBe('auth');
      expect(error.message).toContain("The local server refused the extension's origin");
      expect(error.message).toContain('OLLAMA_ORIGINS=chrome-extension://*,moz-extension://*');
      expect(error.message).toContain('HTTP 403');
    },
  );

  it('reads a 403 from a remote server as a plain auth error', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      Response.json({ error: { message: 'Country not supported', type: 'request_forbidden' } }, { status: 403 }),
    );
    const remote = translator({ endpoint: 'https://api.example.com/v1' });
    const error = await failureOf(remote.translate(['一'], 'auto', 'en', signal()));
    expect(error.kind).toBe('auth');
    expect(error.message).toBe('HTTP 403: Country not supported');
  });

  it('never puts the key in an error message, even when the server quotes it', async () => {
    await mock.close();
    mock = await startOpenAiMock({ apiKey: 'sk-right' });
    const key = 'sk-wrong-0123456789abcdef';
    const error = await failureOf(translator({ apiKey: key }).translate(['一'], 'auto', 'en', signal()));
    expect(error.kind).toBe('auth');
    expect(error.message).toContain('Incorrect API key provided: ');
    expect(error.message).not.toContain(key);
  });

  it('says when no key was sent to a server that needs one', async () => {
    await mock.close();
    mock = await startOpenAiMock({ apiKey: 'sk-right' });
    const error = await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    expect(error.kind).toBe('auth');
    expect(error.message).toContain("You didn't provide an API key");
  });

  it('names a model the server does not have', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      Response.json(
        { error: { message: 'model "llama9" not found, try pulling it first', type: 'api_error', code: null } },
        { status: 404 },
      ),
    );
    const error = await failureOf(translator({ model: 'llama9' }).translate(['一'], 'auto', 'en', signal()));
    expect(error.kind).toBe('bad-response');
    expect(error.message).toContain('model "llama9" not found');
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

  it("propagates the caller's abort during a retry instead of failing the paragraph", async () => {
    const controller = new AbortController();
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation((_url, init) =>
      fetchSpy.mock.calls.length === 1
        ? Promise.resolve(chatReply('{"1":"one"}'))
        : new Promise<Response>((_resolve, reject) => {
            const aborted = init?.signal;
            aborted?.addEventListener('abort', () => reject(aborted.reason as Error));
          }),
    );
    const pending = translator().translate(['一', '二'], 'auto', 'en', controller.signal);
    await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalledTimes(2));
    controller.abort();
    const error: unknown = await pending.catch((reason: unknown) => reason);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('recovers after the number of failures the mock was told to produce', async () => {
    mock.setFailure({ mode: 'server-error', times: 1 });
    await failureOf(translator().translate(['一'], 'auto', 'en', signal()));
    await expect(translator().translate(['一'], 'auto', 'en', signal())).resolves.toEqual(['[en] 一']);
  });
});
