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
 * Speaks the DeepL API's wire format: POST /v2/translate with `Authorization: DeepL-Auth-Key <key>`
 * and JSON { text: [...], source_lang?, target_lang } -> { translations: [{ detected_source_language, text }] }.
 * Errors are { message } with DeepL's statuses: 400, 403 (bad key), 413, 429, 456 (quota), 5xx.
 */

export interface DeeplMockOptions extends MockServerOptions {
  /** When set, only this key is accepted (others get DeepL's 403); otherwise any key is. */
  apiKey?: string;
}

const PATH = '/v2/translate';
const MAX_TEXTS = 50;
const MAX_BODY_BYTES = 128 * 1024;

// The bare 'EN' and 'PT' targets are deprecated; refusing them keeps the provider on regional codes.
const TARGETS = new Set(
  'AR BG CS DA DE EL EN-GB EN-US ES ET FI FR HU ID IT JA KO LT LV NB NL PL PT-BR PT-PT RO RU SK SL SV TR UK ZH ZH-HANS ZH-HANT'.split(
    ' ',
  ),
);
const SOURCES = new Set('AR BG CS DA DE EL EN ES ET FI FR HU ID IT JA KO LT LV NB NL PL PT RO RU SK SL SV TR UK ZH'.split(' '));

const error = (status: number, message: string): MockReply => json(status, { message });
const forbidden = (): MockReply => error(403, 'Authorization failed. Please supply a valid auth_key parameter.');

/** The key of a `DeepL-Auth-Key <key>` header; undefined when absent or another scheme. */
function deeplKeyOf(request: RecordedRequest): string | undefined {
  return /^DeepL-Auth-Key (.+)$/.exec(request.headers.authorization ?? '')?.[1];
}

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

function texts(request: RecordedRequest): string[] | undefined {
  const text = field(request.body, 'text');
  return Array.isArray(text) && text.every((item) => typeof item === 'string') ? (text as string[]) : undefined;
}

function translations(items: string[], source: unknown, target: string): MockReply {
  const detected = typeof source === 'string' ? source.toUpperCase() : 'ZH';
  return json(200, {
    translations: items.map((text) => ({ detected_source_language: detected, text: mockTranslation(text, target) })),
  });
}

function handler(apiKey: string | undefined) {
  return (request: RecordedRequest): MockReply => {
    if (request.method !== 'POST' || request.path !== PATH) return error(404, 'Not found');
    const key = deeplKeyOf(request);
    if (!key || (apiKey !== undefined && key !== apiKey)) return forbidden();
    if (Buffer.byteLength(JSON.stringify(request.body)) > MAX_BODY_BYTES) return error(413, 'Request Entity Too Large');
    const items = texts(request);
    if (!items || items.length === 0) return error(400, "Parameter 'text' not specified.");
    if (items.length > MAX_TEXTS) return error(413, 'Too many texts in request');
    const target = field(request.body, 'target_lang');
    const source = field(request.body, 'source_lang');
    if (typeof target !== 'string' || !target) return error(400, "Parameter 'target_lang' not specified.");
    if (!TARGETS.has(target.toUpperCase())) return error(400, "Value for 'target_lang' not supported.");
    if (source !== undefined && (typeof source !== 'string' || !SOURCES.has(source.toUpperCase()))) {
      return error(400, "Value for 'source_lang' not supported.");
    }
    return translations(items, source, target);
  };
}

function fail(mode: ServiceFailureMode, request: RecordedRequest, spec: FailureSpec): MockReply {
  switch (mode) {
    case 'rate-limit': {
      const retryAfter = spec.retryAfter === undefined ? '1' : spec.retryAfter;
      const reply = error(429, 'Too many requests. Please wait and resend your request.');
      return retryAfter === null ? reply : { ...reply, headers: { 'Retry-After': retryAfter } };
    }
    case 'server-error':
      return error(500, 'Internal server error');
    case 'unavailable': {
      const reply = html(503, '503 Service Unavailable');
      return spec.retryAfter ? { ...reply, headers: { 'Retry-After': spec.retryAfter } } : reply;
    }
    case 'malformed-json':
      return { status: 200, body: '{"translations":[{"detected_source_language":"ZH","text":"[EN-US] ' };
    case 'fewer-items': {
      const target = field(request.body, 'target_lang');
      return translations((texts(request) ?? []).slice(0, -1), undefined, typeof target === 'string' ? target : 'EN-US');
    }
    case 'bad-request':
      return error(400, "Value for 'target_lang' not supported.");
    case 'auth':
      return forbidden();
    case 'quota':
      return error(456, 'Quota exceeded. The character limit has been reached.');
  }
}

export function startDeeplMock(options: DeeplMockOptions = {}): Promise<MockTranslator> {
  return startMockServer({ handle: handler(options.apiKey), fail }, options);
}
