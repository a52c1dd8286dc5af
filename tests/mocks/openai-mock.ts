import { mockTranslation } from './mock-translation';
import {
  html,
  json,
  startMockServer,
  type FailureMode,
  type ServiceFailureMode,
  type FailureSpec,
  type MockReply,
  type MockServerOptions,
  type MockTranslator,
  type RecordedRequest,
} from './mock-server';

/**
 * Speaks the OpenAI chat-completions wire format: POST /chat/completions { model, messages, … }
 * -> { id, object: 'chat.completion', created, model, choices: [{ index: 0, message: { role:
 * 'assistant', content }, finish_reason: 'stop' }], usage }. Errors are OpenAI's
 * { error: { message, type, param, code } }.
 *
 * The "model" understands Ferry's prompt (utils/translate/providers/openai-prompt.ts): it reads the
 * paragraphs from the last user message, {"paragraphs":[{"id":"1","text":"…"}]}, and the target from
 * the system message's line `Target language code: en`, and answers {"1":"[en] …"} with
 * mockTranslation(text, to) under each id. A `fault` makes it answer like a sloppy model would.
 */

export type LlmFault =
  | 'drop-id' // the second paragraph's id (the only one in a one-paragraph request) is missing
  | 'merge-ids' // the first id holds the first two paragraphs' translations; the second id is missing
  | 'reorder' // the ids in reverse order
  | 'empty' // the second paragraph's (or the only one's) translation is ''
  | 'think' // a <think>…</think> block, itself holding a draft JSON, before the answer
  | 'fenced' // the JSON inside ```json fences, with a sentence before and after
  | 'prose'; // the translations as a numbered list: no JSON at all

export interface OpenAiMockOptions extends MockServerOptions {
  /** When set, requests must carry `Authorization: Bearer <apiKey>`, as OpenAI's do. */
  apiKey?: string;
  /** Every answer plays this fault until setFault changes it. */
  fault?: LlmFault;
}

export interface OpenAiMock extends MockTranslator {
  /** Play `fault` in the next `times` answers (all of them when absent); null answers properly. */
  setFault(fault: LlmFault | null, times?: number): void;
}

export interface MockParagraph {
  id: string;
  text: string;
}

const TARGET_LINE = /^Target language code: (\S+)$/m;

function apiError(status: number, message: string, type: string, code: string | null = null): MockReply {
  return json(status, { error: { message, type, param: null, code } });
}

function messagesOf(request: RecordedRequest): { role?: unknown; content?: unknown }[] {
  const body: unknown = request.body;
  const messages = typeof body === 'object' && body !== null ? (body as { messages?: unknown }).messages : undefined;
  return Array.isArray(messages) ? messages.filter((message) => typeof message === 'object' && message !== null) : [];
}

/** The paragraphs a request to this mock carries, from its last user message; undefined if it has none. */
export function paragraphsOf(request: RecordedRequest): MockParagraph[] | undefined {
  const user = messagesOf(request).findLast((message) => message.role === 'user');
  if (typeof user?.content !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(user.content);
  } catch {
    return undefined;
  }
  const paragraphs =
    typeof parsed === 'object' && parsed !== null ? (parsed as { paragraphs?: unknown }).paragraphs : undefined;
  if (!Array.isArray(paragraphs)) return undefined;
  const valid = paragraphs.every(
    (item: unknown) =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as MockParagraph).id === 'string' &&
      typeof (item as MockParagraph).text === 'string',
  );
  return valid ? (paragraphs as MockParagraph[]) : undefined;
}

function targetOf(request: RecordedRequest): string | undefined {
  const system = messagesOf(request).find((message) => message.role === 'system');
  return typeof system?.content === 'string' ? TARGET_LINE.exec(system.content)?.[1] : undefined;
}

function modelOf(request: RecordedRequest): unknown {
  const body: unknown = request.body;
  return typeof body === 'object' && body !== null ? (body as { model?: unknown }).model : undefined;
}

function completion(request: RecordedRequest, content: string): MockReply {
  const prompt = JSON.stringify(request.body).length;
  return json(200, {
    id: `chatcmpl-mock${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: modelOf(request),
    choices: [
      { index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' },
    ],
    // Roughly: the mock counts characters, a real server tokens.
    usage: { prompt_tokens: prompt, completion_tokens: content.length, total_tokens: prompt + content.length },
  });
}

/** The answer a faithful model gives: each id with its translation, in order. */
function answerEntries(paragraphs: MockParagraph[], to: string): [string, string][] {
  return paragraphs.map(({ id, text }) => [id, mockTranslation(text, to)]);
}

/** The paragraph a fault spoils: the second, or the only one. */
const victim = (entries: unknown[]): number => Math.min(1, entries.length - 1);

function withFault(entries: [string, string][], fault: LlmFault | null): string {
  const object = (pairs: [string, string][]): string => JSON.stringify(Object.fromEntries(pairs));
  switch (fault) {
    case null:
      return object(entries);
    case 'drop-id':
      return object(entries.filter((_, index) => index !== victim(entries)));
    case 'merge-ids': {
      const [first, second, ...rest] = entries;
      if (!first || !second) return object(entries);
      return object([[first[0], `${first[1]} ${second[1]}`], ...rest]);
    }
    case 'reorder':
      return object([...entries].reverse());
    case 'empty':
      return object(entries.map(([id, text], index) => [id, index === victim(entries) ? '' : text]));
    case 'think':
      return (
        '<think>\nThe reader wants these paragraphs translated. A first draft: {"1": "DRAFT"}\n' +
        `Now the final answer.\n</think>\n\n${object(entries)}`
      );
    case 'fenced':
      return (
        `Here are the translations:\n\n\`\`\`json\n${JSON.stringify(Object.fromEntries(entries), null, 2)}\n\`\`\`\n\n` +
        'Let me know if you need anything else!'
      );
    case 'prose':
      return `Sure! Here are the translations:\n\n${entries.map(([id, text]) => `${id}. ${text}`).join('\n')}`;
  }
}

function fail(mode: ServiceFailureMode, request: RecordedRequest, spec: FailureSpec): MockReply {
  switch (mode) {
    case 'rate-limit': {
      const retryAfter = spec.retryAfter === undefined ? '1' : spec.retryAfter;
      const reply = apiError(
        429,
        'Rate limit reached for gpt-4o-mini in organization org-mock on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.',
        'requests',
        'rate_limit_exceeded',
      );
      return retryAfter === null ? reply : { ...reply, headers: { 'Retry-After': retryAfter } };
    }
    case 'server-error':
      return apiError(500, 'The server had an error while processing your request. Sorry about that!', 'server_error');
    case 'unavailable': {
      const reply = html(503, '503 Service Unavailable');
      return spec.retryAfter ? { ...reply, headers: { 'Retry-After': spec.retryAfter } } : reply;
    }
    case 'malformed-json':
      return {
        status: 200,
        body: '{"id":"chatcmpl-mock","object":"chat.completion","choices":[{"index":0,"message":{"content":"{\\"1\\": \\"[en] ',
      };
    case 'fewer-items': {
      // The model's answer leaves out the last paragraph.
      const entries = answerEntries(paragraphsOf(request) ?? [], targetOf(request) ?? 'en');
      return completion(request, JSON.stringify(Object.fromEntries(entries.slice(0, -1))));
    }
    case 'bad-request':
      return apiError(400, "Invalid type for 'messages': expected an array.", 'invalid_request_error', 'invalid_type');
    case 'auth':
      return apiError(
        401,
        'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.',
        'invalid_request_error',
        'invalid_api_key',
      );
    case 'quota':
      return apiError(
        429,
        'You exceeded your current quota, please check your plan and billing details.',
        'insufficient_quota',
        'insufficient_quota',
      );
  }
}

export async function startOpenAiMock(options: OpenAiMockOptions = {}): Promise<OpenAiMock> {
  let fault: LlmFault | null = options.fault ?? null;
  let faultsLeft = Number.POSITIVE_INFINITY;

  function handle(request: RecordedRequest): MockReply {
    if (request.method !== 'POST' || request.path !== '/chat/completions') {
      return apiError(404, `Invalid URL (${request.method} ${request.path})`, 'invalid_request_error');
    }
    if (options.apiKey !== undefined) {
      const authorization = request.headers.authorization;
      if (!authorization) {
        return apiError(
          401,
          "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
          'invalid_request_error',
        );
      }
      if (authorization !== `Bearer ${options.apiKey}`) {
        // OpenAI masks the middle of the key it quotes; this mock quotes it whole, as a careless
        // compatible server might, so a test can check the provider keeps it out of its errors.
        const sent = authorization.replace(/^Bearer\s+/i, '');
        return apiError(
          401,
          `Incorrect API key provided: ${sent}. You can find your API key at https://platform.openai.com/account/api-keys.`,
          'invalid_request_error',
          'invalid_api_key',
        );
      }
    }
    if (typeof modelOf(request) !== 'string') {
      return apiError(400, 'you must provide a model parameter', 'invalid_request_error');
    }
    const paragraphs = paragraphsOf(request);
    if (!paragraphs) {
      const message = 'Mock: the last user message is not {"paragraphs":[{"id","text"}]}';
      return apiError(400, message, 'invalid_request_error');
    }
    const to = targetOf(request);
    if (!to) {
      return apiError(400, 'Mock: no "Target language code: xx" line in the system message', 'invalid_request_error');
    }

    const played = fault;
    if (played !== null) {
      faultsLeft -= 1;
      if (faultsLeft <= 0) fault = null;
    }
    return completion(request, withFault(answerEntries(paragraphs, to), played));
  }

  const server = await startMockServer({ handle, fail }, options);
  return {
    ...server,
    setFault(next, times) {
      fault = next;
      faultsLeft = times ?? Number.POSITIVE_INFINITY;
    },
  };
}
