import { TranslateError, type TranslateErrorKind } from './errors';

export const DEFAULT_TIMEOUT_MS = 20_000;

/** Longest server message we carry in an error; replies can be whole HTML pages. */
const MAX_MESSAGE_LENGTH = 200;

export interface PostJsonOptions {
  /** The caller's signal: its abort is rethrown as is, never mapped to a TranslateError. */
  signal: AbortSignal;
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** A provider's own reading of an error reply; `undefined` keeps the generic mapping. */
  classify?: (status: number, message: string) => TranslateErrorKind | undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * POSTs `body` as JSON and returns the parsed JSON reply.
 * @throws TranslateError for every failure but the caller's abort
 */
export async function postJson(url: string, body: unknown, options: PostJsonOptions): Promise<unknown> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = AbortSignal.any([options.signal, timeout]);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...options.headers },
      body: JSON.stringify(body),
      signal,
    });
    text = await response.text();
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason;
    if (timeout.aborted) throw new TranslateError('transient', 'The translator did not answer in time');
    const detail = error instanceof Error ? error.message : String(error);
    throw new TranslateError('transient', `Network error: ${detail}`);
  }

  if (response.ok) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new TranslateError('bad-response', 'The translator sent malformed JSON');
    }
  }
  throw errorFromReply(response.status, response.headers.get('Retry-After'), text, options.classify);
}

function errorFromReply(
  status: number,
  retryAfter: string | null,
  body: string,
  classify: PostJsonOptions['classify'],
): TranslateError {
  const serverMessage = readServerMessage(body);
  const kind = classify?.(status, serverMessage ?? '') ?? kindOfStatus(status, serverMessage ?? '');
  const message = `HTTP ${status}${serverMessage ? `: ${serverMessage}` : ''}`;
  // 429 and 503 may say how long to stay away (RFC 9110 section 10.2.3).
  if (kind === 'rate-limit' || status === 503) {
    return new TranslateError(kind, message, parseRetryAfter(retryAfter));
  }
  return new TranslateError(kind, message);
}

function kindOfStatus(status: number, message: string): TranslateErrorKind {
  if (status === 429) return 'rate-limit';
  if (status >= 500) return 'transient';
  // 456 is DeepL's "quota exceeded"; others say so only in the body.
  if (status === 402 || status === 456 || /quota/i.test(message)) return 'quota';
  if (status === 401 || status === 403) return 'auth';
  return 'bad-response';
}

/** The `error` / `message` of a JSON error reply (string or `{ message }`); undefined otherwise. */
export function readServerMessage(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const { error, message } = parsed;
  const found =
    typeof error === 'string'
      ? error
      : isRecord(error) && typeof error.message === 'string'
        ? error.message
        : typeof message === 'string'
          ? message
          : undefined;
  return found?.slice(0, MAX_MESSAGE_LENGTH);
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
