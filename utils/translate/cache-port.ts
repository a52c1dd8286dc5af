/**
 * What the translation queue needs from a cache. utils/cache/ implements it on IndexedDB;
 * the queue depends only on this shape so it can be tested without a database.
 */

/** The structured input a cache key is hashed from (never joined into a string). */
export interface CacheKeyInput {
  provider: string;
  model: string;
  from: string;
  to: string;
  text: string;
}

export interface CacheEntry {
  key: CacheKeyInput;
  text: string;
}

export interface TranslationCacheLike {
  /** One answer per key, same order; `undefined` for a miss. */
  getMany(keys: CacheKeyInput[]): Promise<(string | undefined)[]>;
  putMany(entries: CacheEntry[]): Promise<void>;
}
