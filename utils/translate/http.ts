import { TranslateError, garbledReply, type TranslateErrorKind } from './errors';

/** A cloud translator answers in about a second: one that hangs is abandoned (and asked again) after this. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The largest reply read: a batch of long paragraphs comes to a few hundred kilobytes. A bigger
 * one (a proxy's error page in a loop, a model that ran away) is dropped unread past this size.
 */
export const MAX_REPLY_BYTES = 2 * 1024 * 1024;

/** Longest server message we carry in an error; replies can be whole HTML pages. */
export const MAX_MESSAGE_LENGTH = 200;

/** What stands in for a secret a server echoed back. */
const REDACTED = '[redacted]';

export interface RequestOptions {
  /** The caller's signal: its abort is rethrown as is, never mapped to a TranslateError. */
  signal: AbortSignal;
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** A provider's own reading of an error reply; `undefined` keeps the generic mapping. */
  classify?: (status: number, message: string) => TranslateErrorKind | undefined;
  /** The user's key: never quoted in an error, should the server echo it back. */
  secret?: string;
}

export type PostJsonOptions = RequestOptions;

/** A successful (2xx) reply's body and headers, for callers that read more than JSON. */
export interface TextReply {
  text: string;
  headers: Headers;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * POSTs `body` as JSON and returns the parsed JSON reply.
 * @throws TranslateError for every failure but the caller's abort
 */
export async function postJson(url: string, body: unknown, options: PostJsonOptions): Promise<unknown> {
  const { text } = await request(
    url,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...options.headers },
      body: JSON.stringify(body),
    },
    options,
  );
  return parseJson(text);
}

/**
 * GETs `url` and returns the body of a 2xx reply as text, with its headers; other replies fail
 * as postJson's do.
 * @throws TranslateError for every failure but the caller's abort
 */
export function getText(url: string, options: RequestOptions): Promise<TextReply> {
  return request(url, { method: 'GET', headers: { ...options.headers } }, options);
}

/** Parses a successful reply's body. @throws TranslateError ('bad-response') when it is not JSON */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw garbledReply('The translator sent malformed JSON');
  }
}

async function request(url: string, init: RequestInit, options: RequestOptions): Promise<TextReply> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = AbortSignal.any([options.signal, timeout]);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { ...init, signal });
    // An error reply too big to read still says what it is by its status (429, 401...).
    const ok = response.ok;
    text = await readCapped(response, MAX_REPLY_BYTES).catch((error: unknown) => {
      if (!ok && error instanceof TranslateError) return '';
      throw error;
    });
  } catch (error) {
    if (error instanceof TranslateError) throw error;
    if (options.signal.aborted) throw options.signal.reason;
    if (timeout.aborted) throw new TranslateError('transient', 'The translator did not answer in time');
    const detail = error instanceof Error ? error.message : String(error);
    throw new TranslateError('transient', `Network error: ${detail}`);
  }

  if (response.ok) return { text, headers: response.headers };
  throw errorFromReply(response.status, response.headers.get('Retry-After'), text, options);
}

/** The reply's body as text, refused (and its download cancelled) once over `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const oversized = () => garbledReply(`The translator sent a reply over ${Math.round(maxBytes / 1024 / 1024)} MB`);
  if (Number(response.headers.get('Content-Length') ?? 0) > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw oversized();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw oversized();
    }
    text += decoder.decode(value, { stream: true });
  }
}

function errorFromReply(
  status: number,
  retryAfter: string | null,
  body: string,
  { classify, secret }: RequestOptions,
): TranslateError {
  // Redacted before the cut, so a key straddling it cannot leave a prefix behind.
  const found = fullServerMessage(body);
  const serverMessage = found === undefined ? undefined : redact(found, secret ?? '').slice(0, MAX_MESSAGE_LENGTH);
  const kind = classify?.(status, serverMessage ?? '') ?? kindOfStatus(status, serverMessage ?? '');
  const message = `HTTP ${status}${serverMessage ? `: ${serverMessage}` : ''}`;
  // 429 and 503 may say how long to stay away (RFC 9110 section 10.2.3).
  if (kind === 'rate-limit' || status === 503) {
    return new TranslateError(kind, message, parseRetryAfter(retryAfter));
  }
  return new TranslateError(kind, message);
}

/** The generic reading of an error status; services that put a status in a 200 body reuse it. */
export function kindOfStatus(status: number, message: string): TranslateErrorKind {
  if (status === 429) return 'rate-limit';
  if (status >= 500) return 'transient';
  // 456 is DeepL's "quota exceeded"; others say so only in the body.
  if (status === 402 || status === 456 || /quota/i.test(message)) return 'quota';
  if (status === 401 || status === 403) return 'auth';
  return 'bad-response';
}

/** `text` with every occurrence of `secret` replaced (an empty secret leaves it as is). */
export function redact(text: string, secret: string): string {
  return secret ? text.replaceAll(secret, REDACTED) : text;
}

/** The `error` / `message` of a JSON error reply (string or `{ message }`); undefined otherwise. */
export function readServerMessage(body: string): string | undefined {
  return fullServerMessage(body)?.slice(0, MAX_MESSAGE_LENGTH);
}

function fullServerMessage(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const { error, message } = parsed;
  return typeof error === 'string'
    ? error
    : isRecord(error) && typeof error.message === 'string'
      ? error.message
      : typeof message === 'string'
        ? message
        : undefined;
}

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; undefined if absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // An HTTP date always names its month; this keeps Date.parse from reading '-5' as a year.
  const date = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
