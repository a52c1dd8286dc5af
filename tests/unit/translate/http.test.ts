import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TranslateError } from '../../../utils/translate/errors';
import { MAX_REPLY_BYTES, parseRetryAfter, postJson, readServerMessage } from '../../../utils/translate/http';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

let handler: Handler;
let url: string;
let close: () => Promise<void>;

beforeEach(async () => {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handler(request, Buffer.concat(chunks).toString('utf8'), response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  };
});

afterEach(async () => {
  await close();
});

function reply(status: number, body: string, headers: Record<string, string> = {}): void {
  handler = (_request, _body, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    response.end(body);
  };
}

async function failureOf(promise: Promise<unknown>): Promise<TranslateError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TranslateError);
  return error as TranslateError;
}

const post = (options: Partial<Parameters<typeof postJson>[2]> = {}): Promise<unknown> =>
  postJson(url, ['你好'], { signal: new AbortController().signal, ...options });

describe('postJson', () => {
  it('sends the body as JSON and returns the parsed reply', async () => {
    let seen: { method?: string; type?: string; body?: string } = {};
    handler = (request, body, response) => {
      seen = { method: request.method, type: request.headers['content-type'], body };
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"ok":[1,2]}');
    };
    await expect(post()).resolves.toEqual({ ok: [1, 2] });
    expect(seen).toEqual({ method: 'POST', type: 'application/json', body: '["你好"]' });
  });

  it.each([500, 502, 503])('maps a %i reply to a transient error', async (status) => {
    reply(status, '<html><body>upstream down</body></html>', { 'Content-Type': 'text/html' });
    expect((await failureOf(post())).kind).toBe('transient');
  });

  it('maps a refused connection to a transient error', async () => {
    await close();
    const error = await failureOf(post());
    expect(error.kind).toBe('transient');
    expect(error.message).toMatch(/network error/i);
    close = async () => undefined;
  });

  it('gives up on a server that never answers with a transient timeout error', async () => {
    handler = () => undefined;
    const error = await failureOf(post({ timeoutMs: 50 }));
    expect(error.kind).toBe('transient');
    expect(error.message).toMatch(/in time/);
  });

  it("rethrows the caller's abort as an AbortError, not a TranslateError", async () => {
    const controller = new AbortController();
    handler = () => controller.abort();
    const error: unknown = await post({ signal: controller.signal }).catch((reason: unknown) => reason);
    expect(error).not.toBeInstanceOf(TranslateError);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it.each([401, 403])('maps %i to an auth error', async (status) => {
    reply(status, '{"error":"Invalid API key"}');
    const error = await failureOf(post());
    expect(error.kind).toBe('auth');
    expect(error.message).toContain('Invalid API key');
  });

  it.each([
    [402, '{}'],
    [456, '{"message":"Quota Exceeded"}'],
    [403, '{"error":{"code":403001,"message":"The subscription has exceeded its free quota."}}'],
  ])('maps %i with body %s to a quota error', async (status, body) => {
    reply(status, body);
    expect((await failureOf(post())).kind).toBe('quota');
  });

  it('maps 429 to a rate-limit error with Retry-After seconds, even with an HTML body', async () => {
    reply(429, '<html><h1>Too Many Requests</h1></html>', { 'Content-Type': 'text/html', 'Retry-After': '7' });
    const error = await failureOf(post());
    expect(error.kind).toBe('rate-limit');
    expect(error.retryAfterMs).toBe(7_000);
  });

  it('keeps the Retry-After of a 503 on its transient error', async () => {
    reply(503, '<html><h1>Service Unavailable</h1></html>', { 'Content-Type': 'text/html', 'Retry-After': '3' });
    const error = await failureOf(post());
    expect(error.kind).toBe('transient');
    expect(error.retryAfterMs).toBe(3_000);
  });

  it('reads a Retry-After given as an HTTP date', async () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    reply(429, '{"error":"Slowdown"}', { 'Retry-After': inTenSeconds });
    const error = await failureOf(post());
    expect(error.retryAfterMs).toBeGreaterThan(8_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(10_000);
  });

  it('leaves retryAfterMs unset when a 429 carries no Retry-After', async () => {
    reply(429, 'slow down');
    const error = await failureOf(post());
    expect(error.kind).toBe('rate-limit');
    expect(error.retryAfterMs).toBeUndefined();
  });

  it.each([
    ['{"error":"xx is not supported"}', 'xx is not supported'],
    ['{"error":{"code":400036,"message":"The target language is not valid."}}', 'The target language is not valid.'],
    ['{"message":"Bad text"}', 'Bad text'],
  ])('maps another 4xx to bad-response carrying the server message of %s', async (body, message) => {
    reply(400, body);
    const error = await failureOf(post());
    expect(error.kind).toBe('bad-response');
    expect(error.garbled).toBe(false);
    expect(error.message).toBe(`HTTP 400: ${message}`);
  });

  it('maps malformed JSON in a 200 to a garbled bad-response (asked again)', async () => {
    reply(200, '[{"translations":[{"text":"');
    const error = await failureOf(post());
    expect(error.kind).toBe('bad-response');
    expect(error.garbled).toBe(true);
    expect(error.message).toMatch(/malformed JSON/);
  });

  it('drops a reply over 2 MB as garbled (asked again), declared or streamed, and reads one just under', async () => {
    const huge = JSON.stringify([{ translations: [{ text: 'A'.repeat(MAX_REPLY_BYTES) }] }]);
    reply(200, huge);
    const declared = await failureOf(post());
    expect(declared.garbled).toBe(true);
    expect(declared.message).toMatch(/over 2 MB/);

    // No Content-Length: chunks of 1 MB until the cap is passed.
    let sent = 0;
    handler = (_request, _body, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
      const chunk = 'B'.repeat(1024 * 1024);
      const write = () => {
        if (sent >= 20 || response.destroyed) return void response.end();
        sent++;
        response.write(chunk, write);
      };
      write();
    };
    const streamed = await failureOf(post());
    expect(streamed.garbled).toBe(true);
    expect(sent).toBeLessThan(20); // the download was cancelled, not read to its end

    const fits = JSON.stringify([{ translations: [{ text: '好'.repeat(100_000) }] }]);
    reply(200, fits);
    await expect(post()).resolves.toEqual(JSON.parse(fits));
  });

  it('keeps the kind and Retry-After of an error reply too big to read', async () => {
    reply(429, 'x'.repeat(MAX_REPLY_BYTES + 1), { 'Retry-After': '3' });
    const error = await failureOf(post());
    expect(error.kind).toBe('rate-limit');
    expect(error.retryAfterMs).toBe(3000);
  });

  it("lets a provider's classify override the generic mapping", async () => {
    reply(400, '{"error":"Please contact the server operator to get an API key"}');
    const error = await failureOf(post({ classify: (status) => (status === 400 ? 'auth' : undefined) }));
    expect(error.kind).toBe('auth');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');

  it('reads delta-seconds, whole or decimal', () => {
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter(' 1.5 ', now)).toBe(1_500);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:59:00 GMT', now)).toBe(0);
  });

  it('returns undefined for a missing or unreadable value', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('readServerMessage', () => {
  it('finds the message in the shapes translators use and ignores non-JSON bodies', () => {
    expect(readServerMessage('{"error":"Invalid API key"}')).toBe('Invalid API key');
    expect(readServerMessage('{"error":{"code":1,"message":"Nope"}}')).toBe('Nope');
    expect(readServerMessage('{"message":"Quota"}')).toBe('Quota');
    expect(readServerMessage('<html>429</html>')).toBeUndefined();
    expect(readServerMessage('{"error":42}')).toBeUndefined();
  });

  it('shortens very long messages', () => {
    expect(readServerMessage(JSON.stringify({ error: 'x'.repeat(5_000) }))?.length).toBe(200);
  });
});
