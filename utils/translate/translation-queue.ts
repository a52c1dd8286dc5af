import type { TranslateErrorKind, TranslateResult } from '../messaging/protocol';
import type { ProviderId } from '../settings/provider-catalog';
import type { CacheEntry, CacheKeyInput, TranslationCacheLike } from './cache-port';
import { ERROR_MESSAGES, TranslateError, toTranslateError } from './errors';
import type { ProviderDefinition } from './provider';
import { ProviderLane } from './provider-lane';
import { sleep as abortableSleep } from './sleep';
import type { ChainLink, TranslationChain } from './translation-chain';

export const DEFAULT_FLUSH_DELAY_MS = 15;

export interface TranslationQueueOptions {
  /** Read on every call, so a settings change applies to the next batch of texts. */
  getChain: () => Promise<TranslationChain>;
  cache: TranslationCacheLike;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Jitter source for backoff, in [0, 1). */
  random?: () => number;
  flushDelayMs?: number;
  /** Aborting it cancels every request and wait; texts still open resolve as cancelled. */
  signal?: AbortSignal;
}

/** Running totals since the queue started: fixed size however long the background lives. */
export interface QueueStats {
  /** HTTP attempts per provider id, retries included. */
  requests: Record<string, number>;
  /** Texts carried by those attempts, summed, per provider id. */
  texts: Record<string, number>;
  cacheHits: number;
}

export interface TranslateOptions {
  /**
   * Read and write the persistent cache (default true). False for private tabs and drafts: what
   * they translate must leave no trace on disk, and a cache read would refresh an entry's usedAt.
   */
  persist?: boolean;
  /** Another direction than the settings' (auto -> target): a reply written in English. */
  direction?: { from: string; to: string };
  /** The chosen translator only, no fallback (a draft goes nowhere the reader did not pick). */
  chosenOnly?: boolean;
  /** What these texts are about, added to the chain's own context (the glossary). */
  context?: { title?: string; tone?: 'neutral' | 'casual' };
}

export interface TranslationQueue {
  /**
   * One result per input, same order. Translator and cache failures become error results;
   * only a failing `getChain` rejects.
   */
  translate(texts: string[], options?: TranslateOptions): Promise<TranslateResult[]>;
  stats(): QueueStats;
}

interface OwnedText {
  text: string;
  flightKey: string;
  resolve: (result: TranslateResult) => void;
}

interface Outcome {
  result: TranslateResult;
  /** The link that produced an ok result. */
  link?: ChainLink;
}

const EMPTY_RESULT: TranslateResult = { ok: true, text: '', cached: false };

function errorResult(error: TranslateError): TranslateResult {
  return { ok: false, error: { kind: error.kind, message: ERROR_MESSAGES[error.kind] } };
}

const CANCELLED: TranslateResult = {
  ok: false,
  error: { kind: 'transient', message: 'Translation cancelled' },
};

function cacheKey(link: ChainLink, chain: TranslationChain, text: string): CacheKeyInput {
  return { provider: link.provider.id, model: link.config.model, from: chain.from, to: chain.to, text };
}

/**
 * Texts in flight are shared only by callers that would send them the same way, key included
 * (a caller with a bad key must not be answered by one with a good one). In memory only.
 */
/** The chain for one call: its direction, the translators that serve it, and maybe just the first. */
function chainFor(chain: TranslationChain, { direction, chosenOnly, context }: TranslateOptions): TranslationChain {
  const { from, to } = direction ?? chain;
  const chosen = chosenOnly ? chain.links.slice(0, 1) : chain.links;
  const merged = context ? { ...chain.context, ...context } : chain.context;
  return { from, to, links: chosen.filter((link) => link.provider.supports(from, to)), context: merged };
}

function chainIdentity(chain: TranslationChain): string {
  const links = chain.links.map(({ provider, config }) => [provider.id, config.endpoint, config.apiKey, config.model]);
  return JSON.stringify([chain.from, chain.to, links, chain.context ?? null]);
}

export function createTranslationQueue(options: TranslationQueueOptions): TranslationQueue {
  const signal = options.signal ?? new AbortController().signal;
  const lanes = new Map<ProviderDefinition, ProviderLane>();
  const inFlight = new Map<string, Promise<TranslateResult>>();
  const counters: QueueStats = { requests: {}, texts: {}, cacheHits: 0 };

  function laneFor(provider: ProviderDefinition): ProviderLane {
    let lane = lanes.get(provider);
    if (!lane) {
      lane = new ProviderLane({
        provider,
        flushDelayMs: options.flushDelayMs ?? DEFAULT_FLUSH_DELAY_MS,
        now: options.now ?? Date.now,
        sleep: options.sleep ?? abortableSleep,
        random: options.random ?? Math.random,
        signal,
        onRequest: (items) => {
          counters.requests[provider.id] = (counters.requests[provider.id] ?? 0) + 1;
          counters.texts[provider.id] = (counters.texts[provider.id] ?? 0) + items;
        },
      });
      lanes.set(provider, lane);
    }
    return lane;
  }

  /**
   * Tries each link in turn; the last error decides the failure result. A result from a fallback
   * says which translator failed first and why (the popup tells the reader).
   */
  async function throughChain(text: string, chain: TranslationChain): Promise<Outcome> {
    let lastError = new TranslateError('bad-response', 'No translator configured for this language pair');
    let firstFailure: { provider: ProviderId; kind: TranslateErrorKind } | undefined;
    for (const link of chain.links) {
      try {
        const translated = await laneFor(link.provider).translate({
          text,
          config: link.config,
          from: chain.from,
          to: chain.to,
          context: chain.context,
        });
        const result: TranslateResult = { ok: true, text: translated, cached: false, provider: link.provider.id };
        return { result: firstFailure ? { ...result, fallbackFrom: firstFailure } : result, link };
      } catch (error) {
        if (signal.aborted) return { result: CANCELLED };
        lastError = toTranslateError(error);
        firstFailure ??= { provider: link.provider.id, kind: lastError.kind };
      }
    }
    return { result: errorResult(lastError) };
  }

  /**
   * Each text's cached translation from the first link of the chain that has one, in one read:
   * a fallback's result is cached under the fallback, and must be found without asking the
   * (possibly still failing) primary again.
   */
  async function readCache(
    texts: string[],
    chain: TranslationChain,
  ): Promise<({ text: string; provider: ProviderId } | undefined)[]> {
    const keys = chain.links.flatMap((link) => texts.map((text) => cacheKey(link, chain, text)));
    if (keys.length === 0) return [];
    let found: (string | undefined)[];
    try {
      found = await options.cache.getMany(keys);
    } catch {
      return []; // A broken cache must not stop translation: treat it as all misses.
    }
    return texts.map((_text, index) => {
      const position = chain.links.findIndex((_link, p) => (found[p * texts.length + index] ?? '').trim() !== '');
      return position < 0
        ? undefined
        : { text: found[position * texts.length + index]!, provider: chain.links[position]!.provider.id };
    });
  }

  async function settle(owned: OwnedText[], chain: TranslationChain, persist: boolean): Promise<void> {
    try {
      const hits = persist ? await readCache(owned.map((item) => item.text), chain) : [];
      const fresh: CacheEntry[] = [];
      await Promise.all(
        owned.map(async (item, index) => {
          const hit = hits[index];
          if (hit !== undefined) {
            counters.cacheHits += 1;
            item.resolve({ ok: true, text: hit.text, cached: true, provider: hit.provider });
            return;
          }
          const { result, link } = await throughChain(item.text, chain);
          item.resolve(result);
          if (result.ok && result.text !== '' && link) {
            fresh.push({ key: cacheKey(link, chain, item.text), text: result.text });
          }
        }),
      );
      if (persist && fresh.length > 0) await options.cache.putMany(fresh).catch(() => undefined);
    } catch (error) {
      // Unexpected: still answer every text (a no-op for those already answered).
      for (const item of owned) item.resolve(errorResult(toTranslateError(error)));
    } finally {
      // Kept until the cache write is done, so a caller in between joins instead of re-sending.
      for (const item of owned) inFlight.delete(item.flightKey);
    }
  }

  async function translate(texts: string[], request: TranslateOptions = {}): Promise<TranslateResult[]> {
    const persist = request.persist ?? true;
    const chain = chainFor(await options.getChain(), request);
    const identity = chainIdentity(chain);
    const keys = texts.map((text) => text.trim());
    const byText = new Map<string, Promise<TranslateResult>>();
    const owned: OwnedText[] = [];
    for (const text of keys) {
      if (text === '' || byText.has(text)) continue;
      const flightKey = JSON.stringify([identity, text]);
      let promise = inFlight.get(flightKey);
      if (!promise) {
        let resolve: (result: TranslateResult) => void = () => undefined;
        promise = new Promise<TranslateResult>((settleWith) => (resolve = settleWith));
        inFlight.set(flightKey, promise);
        owned.push({ text, flightKey, resolve });
      }
      byText.set(text, promise);
    }
    // The reader gets each result as soon as it is translated; the cache write goes on behind.
    // A caller asking for the same text before it is written joins the flight instead.
    if (owned.length > 0) void settle(owned, chain, persist);
    return Promise.all(keys.map((text) => byText.get(text) ?? EMPTY_RESULT));
  }

  function stats(): QueueStats {
    return {
      requests: { ...counters.requests },
      texts: { ...counters.texts },
      cacheHits: counters.cacheHits,
    };
  }

  return { translate, stats };
}
