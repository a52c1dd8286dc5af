import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { CacheProblem, CacheStats } from '../messaging/protocol';
import type { CacheEntry, CacheKeyInput, TranslationCacheLike } from '../translate/cache-port';
import { cacheKey } from './cache-key';

/** The queue's cache port plus what the options page needs. Background only. */
export interface TranslationCache extends TranslationCacheLike {
  stats(): Promise<CacheStats>;
  clear(): Promise<void>;
}

export interface TranslationCacheOptions {
  dbName?: string;
  /** Evict least recently used entries beyond this many. */
  maxEntries?: number;
  /** Evict least recently used entries beyond this many (approximate) bytes. */
  maxBytes?: number;
  /** Clock for `usedAt`, in milliseconds. */
  now?: () => number;
}

export const DEFAULT_CACHE_DB_NAME = 'ferry-translations';
export const DEFAULT_MAX_ENTRIES = 50_000;
export const DEFAULT_MAX_BYTES = 40 * 1024 * 1024;

interface CacheRecord {
  /** cacheKey() of the structured input; the source text itself is not stored. */
  key: string;
  text: string;
  usedAt: number;
  bytes: number;
}

interface CacheSchema extends DBSchema {
  translations: { key: string; value: CacheRecord; indexes: { usedAt: number } };
  /** Running totals, updated in the same transactions as the records, so stats is one read. */
  meta: { key: typeof TOTALS; value: CacheStats };
}

const DB_VERSION = 1;
const TOTALS = 'totals';
// Strings count as UTF-16; the 64-char hex key and the two numbers come with every record.
const RECORD_OVERHEAD_BYTES = 64 * 2 + 16;

function recordBytes(text: string): number {
  return text.length * 2 + RECORD_OVERHEAD_BYTES;
}

/** A write's own failure also aborts its transaction, and `tx.done` reports that one. */
function settle(request: Promise<unknown>): void {
  request.catch(() => undefined);
}

function problemOf(error: unknown): CacheProblem {
  return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'unavailable';
}

export function createTranslationCache(options: TranslationCacheOptions = {}): TranslationCache {
  const {
    dbName = DEFAULT_CACHE_DB_NAME,
    maxEntries = DEFAULT_MAX_ENTRIES,
    maxBytes = DEFAULT_MAX_BYTES,
    now = Date.now,
  } = options;
  let opening: Promise<IDBPDatabase<CacheSchema>> | undefined;
  /** Why the last read or write failed; cleared by the next write that works. */
  let problem: CacheProblem | undefined;

  /**
   * Runs a cache operation, noting a failure (the queue goes on uncached) before rethrowing it;
   * an operation that reached the database and worked clears the note itself.
   */
  async function noted<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      problem = problemOf(error);
      throw error;
    }
  }

  function database(): Promise<IDBPDatabase<CacheSchema>> {
    if (opening) return opening;
    const attempt = openDB<CacheSchema>(dbName, DB_VERSION, {
      upgrade(db) {
        const store = db.createObjectStore('translations', { keyPath: 'key' });
        store.createIndex('usedAt', 'usedAt');
        db.createObjectStore('meta');
      },
      // Another context wants a newer schema, or the browser dropped the connection: reopen
      // on the next call instead of failing every call from now on.
      blocking() {
        if (opening === attempt) opening = undefined;
        void attempt.then((db) => db.close());
      },
      terminated() {
        if (opening === attempt) opening = undefined;
      },
    });
    opening = attempt;
    attempt.catch(() => {
      if (opening === attempt) opening = undefined;
    });
    return attempt;
  }

  function getMany(keys: CacheKeyInput[]): Promise<(string | undefined)[]> {
    return noted(() => readMany(keys));
  }

  function putMany(entries: CacheEntry[]): Promise<void> {
    return noted(() => writeMany(entries));
  }

  async function readMany(keys: CacheKeyInput[]): Promise<(string | undefined)[]> {
    if (keys.length === 0) return [];
    const hashes = await Promise.all(keys.map(cacheKey));
    const db = await database();
    const tx = db.transaction('translations', 'readwrite');
    const records = await Promise.all(hashes.map((hash) => tx.store.get(hash)));
    // Hits get a fresh usedAt in this same transaction, but the caller does not wait for it:
    // transactions on this store run in order, so any later write or eviction sees it.
    const usedAt = now();
    const touched = new Set<string>();
    for (const record of records) {
      if (!record || record.usedAt === usedAt || touched.has(record.key)) continue;
      touched.add(record.key);
      settle(tx.store.put({ ...record, usedAt }));
    }
    // A lost refresh only makes eviction a little less exact.
    settle(tx.done);
    // The database opens again; whether it takes writes again, only a write can tell.
    if (problem === 'unavailable') problem = undefined;
    return records.map((record) => record?.text);
  }

  async function writeMany(entries: CacheEntry[]): Promise<void> {
    // Empty or blank results are failures in disguise: caching them would pin them forever.
    const kept = entries.filter((entry) => entry.text.trim() !== '');
    if (kept.length === 0) return;
    const hashes = await Promise.all(kept.map((entry) => cacheKey(entry.key)));
    const latest = new Map<string, string>();
    hashes.forEach((hash, index) => latest.set(hash, kept[index]?.text ?? ''));
    const keys = [...latest.keys()];

    const db = await database();
    const tx = db.transaction(['translations', 'meta'], 'readwrite');
    const store = tx.objectStore('translations');
    const meta = tx.objectStore('meta');
    const [totals, existing] = await Promise.all([
      meta.get(TOTALS),
      Promise.all(keys.map((key) => store.get(key))),
    ]);
    let { entries: count, bytes } = totals ?? { entries: 0, bytes: 0 };

    const usedAt = now();
    keys.forEach((key, index) => {
      const text = latest.get(key) ?? '';
      const size = recordBytes(text);
      const previous = existing[index];
      if (previous) bytes -= previous.bytes;
      else count += 1;
      bytes += size;
      settle(store.put({ key, text, usedAt, bytes: size }));
    });

    // Oldest usedAt first; the records just written are the newest, so they go last.
    if (count > maxEntries || bytes > maxBytes) {
      let cursor = await store.index('usedAt').openCursor();
      while (cursor && (count > maxEntries || bytes > maxBytes)) {
        count -= 1;
        bytes -= cursor.value.bytes;
        settle(cursor.delete());
        cursor = await cursor.continue();
      }
    }
    settle(meta.put({ entries: count, bytes }, TOTALS));
    await tx.done;
    problem = undefined;
  }

  async function stats(): Promise<CacheStats> {
    let totals: CacheStats;
    try {
      const db = await database();
      totals = (await db.get('meta', TOTALS)) ?? { entries: 0, bytes: 0 };
    } catch (error) {
      return { entries: 0, bytes: 0, problem: problemOf(error) };
    }
    return problem ? { ...totals, problem } : totals;
  }

  async function clear(): Promise<void> {
    const db = await database();
    const tx = db.transaction(['translations', 'meta'], 'readwrite');
    settle(tx.objectStore('translations').clear());
    settle(tx.objectStore('meta').put({ entries: 0, bytes: 0 }, TOTALS));
    await tx.done;
  }

  return { getMany, putMany, stats, clear };
}
