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
 * Speaks LibreTranslate's wire format: POST /translate { q, source, target, format, api_key? }
 * -> { translatedText } (a list when q is a list, plus detectedLanguage when source is 'auto').
 * Errors are { error: "..." } with the status and wording LibreTranslate's app.py uses.
 */

export interface LibreTranslateMockOptions extends MockServerOptions {
  /** When set, the server requires this key, as one started with --api-keys would. */
  apiKey?: string;
}

const LANGUAGES = new Set(['auto', 'zh', 'zh-Hant', 'en', 'es', 'fr', 'de', 'pt', 'it', 'ru', 'ja', 'ko', 'vi', 'id']);

const error = (status: number, message: string): MockReply => json(status, { error: message });

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

function reply(q: string | string[], source: string, target: string): MockReply {
  const detected = { confidence: 90, language: 'zh' };
  if (typeof q === 'string') {
    const result = { translatedText: mockTranslation(q, target) };
    return json(200, source === 'auto' ? { ...result, detectedLanguage: detected } : result);
  }
  const result = { translatedText: q.map((text) => mockTranslation(text, target)) };
  return json(200, source === 'auto' ? { ...result, detectedLanguage: q.map(() => detected) } : result);
}

function handler(apiKey: string | undefined) {
  return (request: RecordedRequest): MockReply => {
    if (request.method !== 'POST' || request.path !== '/translate') return html(404, '404 Not Found');
    const { body } = request;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return error(400, 'Invalid JSON format');
    const key = field(body, 'api_key');
    if (apiKey !== undefined) {
      if (key && key !== apiKey) return error(403, 'Invalid API key');
      if (!key) return error(400, 'Please contact the server operator to get an API key');
    }
    const q = field(body, 'q');
    const source = field(body, 'source');
    const target = field(body, 'target');
    if (!q) return error(400, 'Invalid request: missing q parameter');
    if (typeof source !== 'string' || !source) return error(400, 'Invalid request: missing source parameter');
    if (typeof target !== 'string' || !target) return error(400, 'Invalid request: missing target parameter');
    if (!LANGUAGES.has(source)) return error(400, `${source} is not supported`);
    if (!LANGUAGES.has(target) || target === 'auto') return error(400, `${target} is not supported`);
    const isTexts = Array.isArray(q) && q.every((text) => typeof text === 'string');
    if (typeof q !== 'string' && !isTexts) return error(400, 'Invalid request: missing q parameter');
    return reply(q as string | string[], source, target);
  };
}

function fail(mode: ServiceFailureMode, request: RecordedRequest, spec: FailureSpec): MockReply {
  switch (mode) {
    case 'rate-limit': {
      const retryAfter = spec.retryAfter === undefined ? '1' : spec.retryAfter;
      const reply = error(429, 'Slowdown: 30 per 1 minute');
      return retryAfter === null ? reply : { ...reply, headers: { 'Retry-After': retryAfter } };
    }
    case 'server-error':
      return error(500, 'Cannot translate text: model crashed');
    case 'unavailable': {
      const reply = html(503, '503 Service Temporarily Unavailable');
      return spec.retryAfter ? { ...reply, headers: { 'Retry-After': spec.retryAfter } } : reply;
    }
    case 'malformed-json':
      return { status: 200, body: '{"translatedText": ["[en] ' };
    case 'fewer-items': {
      const q = field(request.body, 'q');
      const target = String(field(request.body, 'target') ?? 'en');
      const texts = Array.isArray(q) ? q.map(String).slice(0, -1) : [];
      return json(200, { translatedText: texts.map((text) => mockTranslation(text, target)) });
    }
    case 'bad-request':
      return error(400, 'xx is not supported');
    case 'auth':
      return error(403, 'Invalid API key');
    case 'quota':
      // LibreTranslate has no quota; its closest answer is the ban after too many 429s.
      return error(403, 'Too many request limits violations');
  }
}

export function startLibreTranslateMock(options: LibreTranslateMockOptions = {}): Promise<MockTranslator> {
  return startMockServer({ handle: handler(options.apiKey), fail }, options);
}
