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
 * Speaks Google Translate's keyless wire format: GET /translate_a/single?client=gtx&sl=auto&tl=en&dt=t&dj=1&q=...
 * -> { sentences: [{ trans, orig, backend }], src, confidence } (one entry per source sentence).
 * Without dj=1 it answers the nested-array form. Errors are Google's HTML pages; heavy use gets
 * the "unusual traffic" page.
 */

const PATH = '/translate_a/single';

const LANGUAGES = new Set(['zh-CN', 'zh-TW', 'zh', 'en', 'es', 'fr', 'de', 'pt', 'it', 'ru', 'ja', 'ko', 'vi', 'id']);

/** Google's plain error page ("Error 400 (Bad Request)!!1"). */
function googleError(status: number, reason: string, explanation: string): MockReply {
  return {
    status,
    body:
      `<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Error ${status} (${reason})!!1</title>` +
      `<p><b>${status}.</b> <ins>That’s an error.</ins><p>${explanation} <ins>That’s all we know.</ins>`,
    contentType: 'text/html; charset=UTF-8',
  };
}

/** The page Google shows a client it takes for a bot: a 429, or sometimes a 200. */
export function unusualTrafficPage(status = 429): MockReply {
  return {
    status,
    body:
      '<html><head><title>https://translate.googleapis.com/translate_a/single</title></head><body>' +
      '<div>Our systems have detected unusual traffic from your computer network. This page checks to see ' +
      "if it's really you sending the requests, and not a robot.</div></body></html>",
    contentType: 'text/html',
  };
}

const badRequest = (): MockReply => googleError(400, 'Bad Request', 'Your client has issued a malformed or illegal request.');

/** Source sentences, each with what follows it up to the next one (so they join back to the text). */
function sentencesOf(text: string): string[] {
  return text.match(/[^。！？!?\n]+[。！？!?\n]*|[。！？!?\n]+/g) ?? [text];
}

/** The mock translation cut along the source's sentences: its `trans` values join to mockTranslation(q, tl). */
function sentences(q: string, tl: string): { trans: string; orig: string }[] {
  return sentencesOf(q).map((orig, index) => ({
    trans: index === 0 ? mockTranslation(orig, tl) : orig,
    orig,
  }));
}

function handle(request: RecordedRequest): MockReply {
  if (request.method !== 'GET' || request.path !== PATH) {
    return googleError(404, 'Not Found', `The requested URL <code>${request.path}</code> was not found on this server.`);
  }
  const { client, sl = 'auto', tl, dt, dj, q } = request.query;
  if (!client || !tl || q === undefined) return badRequest();
  if ((sl !== 'auto' && !LANGUAGES.has(sl)) || !LANGUAGES.has(tl)) return badRequest();
  const src = sl === 'auto' ? 'zh-CN' : sl;
  // Without dt=t Google leaves the translation out.
  const found = dt === 't' ? sentences(q, tl) : [];
  if (dj === '1') {
    return json(200, { sentences: found.map((entry) => ({ ...entry, backend: 10 })), src, confidence: 1, spell: {} });
  }
  return json(200, [found.map(({ trans, orig }) => [trans, orig, null, null, 10]), null, src]);
}

function fail(mode: ServiceFailureMode, request: RecordedRequest, spec: FailureSpec): MockReply {
  switch (mode) {
    case 'rate-limit': {
      const retryAfter = spec.retryAfter === undefined ? '1' : spec.retryAfter;
      const reply = unusualTrafficPage(429);
      return retryAfter === null ? reply : { ...reply, headers: { 'Retry-After': retryAfter } };
    }
    case 'server-error':
      return googleError(500, 'Server Error', 'The server encountered an error and could not complete your request.');
    case 'unavailable': {
      const reply = html(503, '503 Service Unavailable');
      return spec.retryAfter ? { ...reply, headers: { 'Retry-After': spec.retryAfter } } : reply;
    }
    case 'malformed-json':
      return { status: 200, body: '{"sentences":[{"trans":"[en] ' };
    case 'fewer-items':
      // One text per request: "fewer" is an answer with no translation in it.
      return json(200, { sentences: [], src: request.query.sl === 'auto' ? 'zh-CN' : request.query.sl, spell: {} });
    case 'bad-request':
      return badRequest();
    case 'auth':
      // No key to reject: the closest is Google refusing the client outright.
      return googleError(403, 'Forbidden', 'Your client does not have permission to get this URL from this server.');
    case 'quota':
      // The keyless endpoint has no quota; the closest is Google APIs' daily-limit answer.
      return json(403, {
        error: {
          code: 403,
          message: 'Daily Limit Exceeded. The quota will be reset at midnight Pacific Time (PT).',
          errors: [{ domain: 'usageLimits', reason: 'dailyLimitExceeded' }],
          status: 'PERMISSION_DENIED',
        },
      });
  }
}

export function startGoogleMock(options: MockServerOptions = {}): Promise<MockTranslator> {
  return startMockServer({ handle, fail }, options);
}
