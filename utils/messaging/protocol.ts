import { defineExtensionMessaging } from '@webext-core/messaging';

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
}

export type TranslateResult =
  | { ok: true; text: string; cached: boolean }
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
}

export interface CacheStats {
  entries: number;
  bytes: number;
}

interface ProtocolMap {
  // content -> background
  translate(request: TranslateRequest): TranslateReply;
  // options -> background
  getCacheStats(): CacheStats;
  clearCache(): CacheStats;
  // popup / background -> content script of one tab
  getPageState(): PageState;
  setPageActive(active: boolean): PageState;
  togglePage(): PageState;
  /** The context menu: turn what the reader wrote in the focused field into Chinese. */
  composeFocused(): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
