import { PROVIDER_CATALOG } from '../../settings/provider-catalog';
import { TranslateError, garbledReply, isTranslateError, type TranslateErrorKind } from '../errors';
import { isRecord, postJson } from '../http';
import type { ProviderDefinition, TranslateContext, Translator } from '../provider';
import { buildMessages, readTranslations } from './openai-prompt';

/**
 * Any OpenAI-compatible chat-completions server (OpenAI, DeepSeek, OpenRouter, Ollama, LM Studio):
 * POST {endpoint}/chat/completions { model, temperature: 0, messages } with `Authorization: Bearer`
 * only when a key is set -> { choices: [{ message: { content } }] }. Errors are
 * { error: { message, type, code } }. The prompt and the reading of the answer: openai-prompt.ts.
 *
 * Paragraphs go out with ids and come back matched by id. A paragraph the answer leaves out (or
 * leaves empty) is asked for again alone; one still untranslated comes back as '' so that the lane
 * fails that text alone (provider-lane.ts) and the chain tries the next translator for it, while
 * its neighbours keep their translations. Only when no paragraph got a translation does the call throw.
 */

// Hosted models write ~50-100 tokens a second and local ones far fewer; a request's answer is about
// as long as its text, so requests stay small and the wait is long.
const TIMEOUT_MS = 90_000;

/** Paragraphs of one request that may be asked for again alone; the rest fail without more requests. */
const MAX_SOLO_RETRIES = 5;

const LOCAL_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

// Ollama answers a browser origin it does not list with a bare 403, and it lists no extension's by default.
const LOCAL_REFUSAL =
  "The local server refused the extension's origin. For Ollama, allow it with " +
  'OLLAMA_ORIGINS=chrome-extension://*,moz-extension://* and restart Ollama.';

function endpointBase(endpoint: string): string {
  const base = (endpoint.trim() || PROVIDER_CATALOG.openai.defaultEndpoint).replace(/\/+$/, '');
  // Users paste the full URL from their server's docs as often as the base.
  return base.replace(/\/chat\/completions$/, '');
}

function isLocal(base: string): boolean {
  try {
    return LOCAL_HOST.test(new URL(base).hostname);
  } catch {
    return false;
  }
}

/** OpenAI's quota answer is a 429 like a rate limit, but waiting does not end it. */
function classify(status: number, message: string): TranslateErrorKind | undefined {
  // classify sees the error's message, not its code ('insufficient_quota'): "You exceeded your current quota…".
  if (status === 429 && /quota/i.test(message)) return 'quota';
  return undefined;
}

function readContent(reply: unknown): string {
  const choices = isRecord(reply) ? reply.choices : undefined;
  const first: unknown = Array.isArray(choices) ? choices[0] : undefined;
  const message = isRecord(first) ? first.message : undefined;
  const content = isRecord(message) ? message.content : undefined;
  if (typeof content !== 'string') {
    throw garbledReply('The server replied without choices[0].message.content');
  }
  return content;
}

export const openai = {
  id: 'openai',
  // ~3,000 Chinese characters make ~3,000 tokens of answer: tens of seconds on a hosted model.
  // Two requests at a time stays inside new accounts' rate limits and a local server's parallelism.
  limits: { maxItems: 20, maxChars: 3_000, concurrency: 2 },
  // A model reads and writes any language it knows; it needs to be told which one to write.
  supports: (_from, to) => to !== 'auto',
  create(config): Translator {
    const base = endpointBase(config.endpoint);
    const local = isLocal(base);
    const apiKey = config.apiKey.trim();
    const model = config.model.trim() || PROVIDER_CATALOG.openai.defaultModel;
    const headers: Record<string, string> = apiKey ? { Authorization: `Bearer ${apiKey}` } : {};

    /** One request: each text's translation, or undefined where the answer has none. */
    async function complete(
      texts: string[],
      from: string,
      to: string,
      signal: AbortSignal,
      context: TranslateContext | undefined,
    ): Promise<(string | undefined)[]> {
      const body = { model, temperature: 0, messages: buildMessages(texts, from, to, context) };
      let status: number | undefined;
      let reply: unknown;
      try {
        reply = await postJson(`${base}/chat/completions`, body, {
          signal,
          headers,
          timeoutMs: TIMEOUT_MS,
          // Servers may quote the key they were sent (OpenAI masks it, others need not).
          secret: apiKey,
          classify: (replyStatus, message) => {
            status = replyStatus;
            return classify(replyStatus, message);
          },
        });
      } catch (error) {
        if (local && status === 403 && isTranslateError(error)) {
          throw new TranslateError('auth', `${LOCAL_REFUSAL} (${error.message})`);
        }
        throw error;
      }
      return readTranslations(readContent(reply), texts.length);
    }

    async function translateAll(
      texts: string[],
      from: string,
      to: string,
      signal: AbortSignal,
      context: TranslateContext | undefined,
    ): Promise<string[]> {
      const results = texts.map(() => '');
      // A blank text needs no model; its translation is blank.
      const wanted = texts.flatMap((text, index) => (text.trim() === '' ? [] : [index]));
      if (wanted.length === 0) return results;

      const first = await complete(
        wanted.map((index) => texts[index] ?? ''),
        from,
        to,
        signal,
        context,
      );
      const missing: number[] = [];
      first.forEach((translation, position) => {
        const index = wanted[position] ?? 0;
        if (translation === undefined) missing.push(index);
        else results[index] = translation;
      });
      if (missing.length === wanted.length) {
        throw garbledReply(`The model's answer translated none of the ${wanted.length} paragraphs`);
      }

      // Left out of a longer answer (dropped, merged into a neighbour, empty): asked for alone.
      for (const index of missing.slice(0, MAX_SOLO_RETRIES)) {
        try {
          const [translation] = await complete([texts[index] ?? ''], from, to, signal, context);
          if (translation !== undefined) results[index] = translation;
        } catch (error) {
          if (signal.aborted) throw error;
          // The server is failing now: the rest fail too rather than costing a request each.
          break;
        }
      }
      return results;
    }

    return { translate: translateAll };
  },
} satisfies ProviderDefinition;
