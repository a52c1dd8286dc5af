import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Plumbing shared by the mock translators: a node:http server on 127.0.0.1 that records every
 * request, answers CORS preflights and plays a failure when one is set. No test framework inside,
 * so unit tests and end-to-end scripts can both start it.
 */

export type FailureMode =
  | 'rate-limit' // 429 with Retry-After
  | 'server-error' // 500
  | 'unavailable' // 503 with an HTML body, as a proxy in front would send
  | 'hang' // never answers (for timeouts)
  | 'malformed-json' // 200 with a truncated JSON body
  | 'fewer-items' // 200 with one translation fewer than texts sent
  | 'bad-request' // 400 with the service's JSON error
  | 'auth' // the service's "bad key" answer
  | 'quota' // the service's "allowance used up" answer
  | 'oversized' // 200 with the right translations, padded to 10 MB (valid JSON)
  | 'hostile'; // 200 with markup and script in each translation (where it is a plain JSON string)

/** The failures each service's mock plays in its own format; the others the server plays alike. */
export type ServiceFailureMode = Exclude<FailureMode, 'hang' | 'oversized' | 'hostile'>;

/**
 * Put before each translation by 'hostile': it must show as text. Were it run as HTML, the page
 * would get `window.ferryHostileRan` set, or a <b> element inside a translation.
 */
export const HOSTILE_MARKUP =
  '<img src=x onerror="window.ferryHostileRan=1"><script>window.ferryHostileRan=2</script></ferry-translation><b>bold</b>';

export interface FailureSpec {
  mode: FailureMode;
  /** Fail only the next `times` requests, then recover; forever when absent. */
  times?: number;
  /**
   * Retry-After header ('2', or an HTTP date); null sends none. For 'rate-limit' the default is '1';
   * 'unavailable' sends one only when given.
   */
  retryAfter?: string | null;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  body: unknown;
}

export interface MockTranslator {
  /** Base URL, e.g. http://127.0.0.1:41234 (use it as the provider endpoint). */
  url: string;
  /** Every request but CORS preflights, oldest first. */
  requests: RecordedRequest[];
  /** Most requests that were open at the same time. */
  maxConcurrent(): number;
  setFailure(failure: FailureMode | FailureSpec | null): void;
  close(): Promise<void>;
}

export interface MockServerOptions {
  /** Answer every request after this many milliseconds (to observe concurrency). */
  delayMs?: number;
  port?: number;
}

export interface MockReply {
  status: number;
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** What a concrete mock supplies: the happy path and its service's failure replies. */
export interface MockBehaviour {
  handle(request: RecordedRequest): MockReply;
  fail(mode: ServiceFailureMode, request: RecordedRequest, spec: FailureSpec): MockReply;
}

export function json(status: number, value: unknown): MockReply {
  return { status, body: JSON.stringify(value), contentType: 'application/json; charset=utf-8' };
}

export function html(status: number, title: string): MockReply {
  return {
    status,
    body: `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`,
    contentType: 'text/html; charset=utf-8',
  };
}

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization, Accept',
  'Access-Control-Expose-Headers': 'Retry-After',
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function send(response: ServerResponse, reply: MockReply): void {
  response.writeHead(reply.status, {
    ...CORS_HEADERS,
    'Content-Type': reply.contentType ?? 'application/json; charset=utf-8',
    ...reply.headers,
  });
  response.end(reply.body);
}

export async function startMockServer(
  behaviour: MockBehaviour,
  options: MockServerOptions = {},
): Promise<MockTranslator> {
  const requests: RecordedRequest[] = [];
  let failure: FailureSpec | null = null;
  let open = 0;
  let maxOpen = 0;

  const server = createServer((request, response) => {
    void (async () => {
      if (request.method === 'OPTIONS') {
        response.writeHead(204, { ...CORS_HEADERS, 'Access-Control-Max-Age': '600' });
        response.end();
        return;
      }
      open += 1;
      maxOpen = Math.max(maxOpen, open);
      response.on('close', () => (open -= 1));
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = {
        method: request.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: request.headers,
        body: parseBody(await readBody(request)),
      };
      requests.push(recorded);

      const active = failure;
      if (active && active.times !== undefined) {
        active.times -= 1;
        if (active.times <= 0) failure = null;
      }
      if (active?.mode === 'hang') return;
      const reply = active ? play(active, recorded) : behaviour.handle(recorded);
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (!response.destroyed) send(response, reply);
    })();
  });

  function play(active: FailureSpec, recorded: RecordedRequest): MockReply {
    const { mode } = active;
    if (mode === 'hang') throw new Error('a hung request gets no reply');
    if (mode === 'oversized') {
      const reply = behaviour.handle(recorded);
      return { ...reply, body: reply.body + ' '.repeat(10 * 1024 * 1024) };
    }
    if (mode === 'hostile') {
      const reply = behaviour.handle(recorded);
      // Each mock translation starts "[<target>] " (mock-translation.ts).
      const markup = JSON.stringify(HOSTILE_MARKUP).slice(1, -1);
      return { ...reply, body: reply.body.replace(/"\[([a-zA-Z-]+)\] /g, `"${markup}[$1] `) };
    }
    return behaviour.fail(mode, recorded, active);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    maxConcurrent: () => maxOpen,
    setFailure(next) {
      failure = next === null ? null : typeof next === 'string' ? { mode: next } : { ...next };
    },
    close() {
      // Hanging requests keep their sockets open; cut them so close() returns.
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
