import type { CacheEntry, CacheKeyInput, TranslationCacheLike } from '../../utils/translate/cache-port';

/** An in-memory TranslationCacheLike that records its traffic, for tests of the queue and wiring. */
export class MemoryCache implements TranslationCacheLike {
  readonly entries = new Map<string, string>();
  readonly reads: CacheKeyInput[][] = [];
  readonly writes: CacheEntry[][] = [];

  static keyOf(key: CacheKeyInput): string {
    return JSON.stringify([key.provider, key.model, key.from, key.to, key.text]);
  }

  async getMany(keys: CacheKeyInput[]): Promise<(string | undefined)[]> {
    this.reads.push(keys);
    return keys.map((key) => this.entries.get(MemoryCache.keyOf(key)));
  }

  async putMany(entries: CacheEntry[]): Promise<void> {
    this.writes.push(entries);
    for (const { key, text } of entries) this.entries.set(MemoryCache.keyOf(key), text);
  }

  /** Seeds an entry as if an earlier session had cached it. */
  seed(key: CacheKeyInput, text: string): void {
    this.entries.set(MemoryCache.keyOf(key), text);
  }
}
