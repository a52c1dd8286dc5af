import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProviderId } from '../settings/provider-catalog';

/**
 * The one content <-> background (and popup/options -> background/content) protocol.
 * Every message, its payload and its reply live here. Only extension contexts can use it:
 * pages cannot send runtime messages to an extension without `externally_connectable`,
 * which Ferry does not declare, and the background also checks the sender's id.
 */

/** Why a translation failed; decides retries and fallbacks in the background queue. */
export type TranslateErrorKind = 'auth' | 'quota' | 'rate-limit' | 'transient' | 'bad-response';

export interface TranslateRequest {
  texts: string[];
  /**
   * Another direction than reading's (the page's language to the target language): writing a
   * reply goes from English to Chinese, and its check back from Chinese to English.
   */
  direction?: { from: string; to: string };
  /**
   * A draft the reader is writing: private, so it goes to the chosen translator only (no
   * fallback) and is never read from nor written to the cache.
   */
  draft?: boolean;
  /** What the texts are about, for translators that use it (an LLM): the page's title; a reply's tone. */
  context?: { title?: string; tone?: 'neutral' | 'casual' };
}

export type TranslateResult =
  | {
      ok: true;
      text: string;
      cached: boolean;
      /** The translator that produced it (the offline dictionary's gloss is shown as such). */
      provider?: ProviderId;
      /** The chain moved on: the translator tried first, and why it could not serve. */
      fallbackFrom?: { provider: ProviderId; kind: TranslateErrorKind };
    }
  | { ok: false; error: { kind: TranslateErrorKind; message: string } };

export interface TranslateReply {
  results: TranslateResult[];
}

export interface PageCounts {
  /** Units found so far. */
  total: number;
  done: number;
  pending: number;
  error: number;
  /** Of `done`, how many came from the cache. */
  cached: number;
}

export interface PageState {
  /** Ferry is translating this page right now. */
  active: boolean;
  /** The gate found Chinese on the page. */
  chinese: boolean;
  host: string;
  counts: PageCounts;
  /** The translator that served the page's latest translation, and the one it replaced if it did. */
  translator?: ServedBy;
}

/** Who translated, and when a fallback did, which translator failed first and why. */
export interface ServedBy {
  provider: ProviderId;
  fallbackFrom?: { provider: ProviderId; kind: TranslateErrorKind };
}

/** The options page's test of one translator: its answer and how long it took, or why it failed. */
export type TestResult =
  | { ok: true; text: string; ms: number }
  | { ok: false; kind: TranslateErrorKind; message: string; ms: number };

export interface CacheStats {
  entries: number;
  bytes: number;
  /**
   * Set while translations cannot be saved (translation goes on, uncached): the browser's
   * storage would not open ('unavailable') or refused a write for space ('full').
   */
  problem?: CacheProblem;
}

export type CacheProblem = 'unavailable' | 'full';

/** The popup's ask: load the pipeline into a tab's top frame before asking for its state. */
export interface LoadPipelineRequest {
  tabId?: number;
}

interface ProtocolMap {
  // content -> background
  translate(request: TranslateRequest): TranslateReply;
  // popup -> background (the gate has its own plain message: utils/gate/gate-channel)
  loadPipeline(request: LoadPipelineRequest): void;
  // options -> background
  getCacheStats(): CacheStats;
  clearCache(): CacheStats;
  testTranslator(provider: ProviderId): TestResult;
  // popup / background -> content script of one tab
  getPageState(): PageState;
  setPageActive(active: boolean): PageState;
  togglePage(): PageState;
  /** The popup's "Retry all failed": every unit of the page in the error state is asked for again. */
  retryFailed(): PageState;
  /** The context menu: turn what the reader wrote in the focused field into Chinese. */
  composeFocused(): void;
}

// breakError: the gate's one plain message (utils/gate/gate-channel) is not this protocol's.
export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>({ breakError: true });

/**
 * Turns Ferry on or off for a whole tab: its top frame answers with the page's state, and every
 * frame that runs the pipeline (a comment iframe) follows.
 */
export async function setTabActive(tabId: number, active: boolean): Promise<PageState> {
  // Both at once: a popup closed as soon as the top frame answers must have reached the others.
  const [state] = await Promise.all([
    sendMessage('setPageActive', active, { tabId, frameId: 0 }),
    sendMessage('setPageActive', active, tabId).catch(() => undefined),
  ]);
  return state;
}

/** Retries every failed unit of a tab, in its top frame and in every frame that runs the pipeline. */
export async function retryTabFailed(tabId: number): Promise<PageState> {
  const [state] = await Promise.all([
    sendMessage('retryFailed', undefined, { tabId, frameId: 0 }),
    sendMessage('retryFailed', undefined, tabId).catch(() => undefined),
  ]);
  return state;
}
