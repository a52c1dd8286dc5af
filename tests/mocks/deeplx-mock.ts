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
 * Speaks DeepLX's wire format: POST /translate { text, source_lang, target_lang } ->
 * { code: 200, id, data, alternatives, source_lang, target_lang, method }. Errors are
 * { code, message } with the code as the HTTP status, in DeepLX's own wording; a server started
 * with a token wants it as `Authorization: Bearer <token>` (or `DeepL-Auth-Key`, or ?token=).
 */

export interface DeeplxMockOptions extends MockServerOptions {
  /** When set, the server requires this token, as one started with --token would. */
  apiKey?: string;
}

const PATH = '/translate';

// DeepLX resolves codes case-insensitively and still takes the bare 'EN' and 'PT' as targets.
const TARGETS = new Set(
  'AR BG CS DA DE EL EN EN-GB EN-US ES ET FI FR HE HU ID IT JA KO LT LV NB NL PL PT PT-BR PT-PT RO RU SK SL SV TR UK VI ZH ZH-HANS ZH-HANT'.split(
    ' ',
  ),
);

const error = (code: number, message: string): MockReply => json(code, { code, message });

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

function tokenOf(request: RecordedRequest): string | undefined {
  const [scheme, token, ...rest] = (request.headers.authorization ?? '').split(' ');
  if (token && rest.length === 0 && (scheme === 'Bearer' || scheme === 'DeepL-Auth-Key')) return token;
  return request.query.token;
}

function translation(text: string, source: string, target: string, data = mockTranslation(text, target)): MockReply {
  return json(200, {
    code: 200,
    id: Date.now(),
    data,
    alternatives: null,
    source_lang: !source || source.toLowerCase() === 'auto' ? 'ZH' : source.toUpperCase(),
    target_lang: target,
    method: 'Free',
  });
}

function handler(apiKey: string | undefined) {
  return (request: RecordedRequest): MockReply => {
    if (request.method !== 'POST' || request.path !== PATH) return error(404, 'Path not found');
    if (apiKey !== undefined && tokenOf(request) !== apiKey) return error(401, 'Invalid access token');
    const { body } = request;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return error(400, 'Invalid request payload');
    const text = field(body, 'text');
    const source = field(body, 'source_lang') ?? '';
    const target = field(body, 'target_lang') ?? '';
    if (typeof text !== 'string' || typeof source !== 'string' || typeof target !== 'string') {
      return error(400, 'Invalid request payload');
    }
    if (!text) return error(404, 'No text to translate');
    if (!target) return error(400, 'target_lang is required');
    if (target.toLowerCase() === 'auto') return error(400, 'target_lang cannot be "auto"');
    if (!TARGETS.has(target.toUpperCase())) return error(400, `unsupported target_lang "${target}"`);
    if (source && source.toLowerCase() !== 'auto' && !TARGETS.has(source.toUpperCase())) {
      return error(400, `unsupported source_lang "${source}"`);
    }
    return translation(text, source, target);
  };
}

function fail(mode: ServiceFailureMode, request: RecordedRequest, spec: FailureSpec): MockReply {
  switch (mode) {
    case 'rate-limit': {
      const retryAfter = spec.retryAfter === undefined ? '1' : spec.retryAfter;
      const reply = error(
        429,
        "too many requests, your IP has been blocked by DeepL temporarily, please don't request it frequently in a short time",
      );
      return retryAfter === null ? reply : { ...reply, headers: { 'Retry-After': retryAfter } };
    }
    case 'server-error':
      return error(500, 'Translation failed: unexpected EOF');
    case 'unavailable': {
      const reply = html(503, '503 Service Unavailable');
      return spec.retryAfter ? { ...reply, headers: { 'Retry-After': spec.retryAfter } } : reply;
    }
    case 'malformed-json':
      return { status: 200, body: '{"code":200,"id":1,"data":"[EN-US] ' };
    case 'fewer-items': {
      // One text per request: "fewer" is a success with an empty translation.
      const source = field(request.body, 'source_lang');
      const target = field(request.body, 'target_lang');
      return translation('', typeof source === 'string' ? source : '', typeof target === 'string' ? target : '', '');
    }
    case 'bad-request':
      return error(400, 'Invalid request payload');
    case 'auth':
      return error(401, 'Invalid access token');
    case 'quota':
      // DeepL's "quota exceeded" status, passed on by a server using an API key.
      return error(456, 'Quota exceeded');
  }
}

export function startDeeplxMock(options: DeeplxMockOptions = {}): Promise<MockTranslator> {
  return startMockServer({ handle: handler(options.apiKey), fail }, options);
}
