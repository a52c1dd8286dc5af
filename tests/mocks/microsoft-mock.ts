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
 * Speaks the Edge translator's wire format: POST /translate/translatetext?from=&to=en&isEnterpriseClient=false
 * with a JSON array of strings; replies one { detectedLanguage, translations: [{ text, to }] } per text.
 * Errors use Translator v3's { error: { code, message } }.
 */

const PATH = '/translate/translatetext';

function msError(status: number, code: number, message: string): MockReply {
  return json(status, { error: { code, message } });
}

function texts(request: RecordedRequest): string[] | undefined {
  const { body } = request;
  return Array.isArray(body) && body.every((item) => typeof item === 'string') ? (body as string[]) : undefined;
}

function translations(items: string[], to: string): unknown[] {
  return items.map((text) => ({
    detectedLanguage: { language: 'zh-Hans', score: 1.0 },
    translations: [{ text: mockTranslation(text, to), to }],
  }));
}

function handle(request: RecordedRequest): MockReply {
  if (request.method !== 'POST' || request.path !== PATH) {
    return msError(404, 404000, 'Resource not found.');
  }
  const to = request.query.to;
  if (!to) return msError(400, 400036, 'The target language is not valid.');
  const items = texts(request);
  if (!items) return msError(400, 400000, 'One of the request inputs is not valid.');
  if (items.length > 1000) return msError(400, 400077, 'The maximum request size has been exceeded.');
  return json(200, translations(items, to));
}

function fail(mode: ServiceFailureMode, request: RecordedRequest, spec: FailureSpec): MockReply {
  switch (mode) {
    case 'rate-limit': {
      const retryAfter = spec.retryAfter === undefined ? '1' : spec.retryAfter;
      const reply = html(429, '429 Too Many Requests');
      return retryAfter === null ? reply : { ...reply, headers: { 'Retry-After': retryAfter } };
    }
    case 'server-error':
      return msError(500, 500000, 'An unexpected error occurred.');
    case 'unavailable': {
      const reply = html(503, '503 Service Unavailable');
      return spec.retryAfter ? { ...reply, headers: { 'Retry-After': spec.retryAfter } } : reply;
    }
    case 'malformed-json':
      return { status: 200, body: '[{"detectedLanguage":{"language":"zh-Hans"},"translations":[{"text":"' };
    case 'fewer-items':
      return json(200, translations((texts(request) ?? []).slice(0, -1), request.query.to ?? 'en'));
    case 'bad-request':
      return msError(400, 400036, 'The target language is not valid.');
    case 'auth':
      return msError(401, 401000, 'The request is not authorized because credentials are missing or invalid.');
    case 'quota':
      return msError(403, 403001, 'The operation is not allowed because the subscription has exceeded its free quota.');
  }
}

export function startMicrosoftMock(options: MockServerOptions = {}): Promise<MockTranslator> {
  return startMockServer({ handle, fail }, options);
}
