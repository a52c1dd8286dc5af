import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslationCache } from '../../../utils/cache/translation-cache';
import type { TranslationCacheOptions } from '../../../utils/cache/translation-cache';
import type { CacheKeyInput } from '../../../utils/translate/cache-port';

/** Each test gets its own database and a clock it moves by hand. */
function setup(options: Omit<TranslationCacheOptions, 'dbName' | 'now'> = {}) {
  const clock = { time: 1_000 };
  const dbName = `ferry-cache-test-${crypto.randomUUID()}`;
  const cache = createTranslationCache({ ...options, dbName, now: () => clock.time });
  return { cache, clock, dbName };
}

function key(text: string, provider = 'microsoft'): CacheKeyInput {
  return { provider, model: '', from: 'zh', to: 'en', text };
}

describe('createTranslationCache', () => {
  it('returns stored translations in the order asked, with undefined for misses', async () => {
    const { cache } = setup();
    await cache.putMany([
      { key: key('你好'), text: 'Hello' },
      { key: key('谢谢'), text: 'Thanks' },
    ]);
    expect(await cache.getMany([key('谢谢'), key('再见'), key('你好')])).toEqual([
      'Thanks',
      undefined,
      'Hello',
    ]);
  });

  it('answers an empty request without touching the database', async () => {
    const { cache } = setup();
    expect(await cache.getMany([])).toEqual([]);
  });

  it('keeps apart inputs that would collide under a naive string join', async () => {
    const { cache } = setup();
    const joinedA: CacheKeyInput = { provider: 'a|b', model: '', from: 'zh', to: 'en', text: 'c' };
    const joinedB: CacheKeyInput = { provider: 'a', model: 'b', from: 'zh', to: 'en', text: 'c' };
    await cache.putMany([{ key: joinedA, text: 'from a|b' }]);
    expect(await cache.getMany([joinedA, joinedB])).toEqual(['from a|b', undefined]);
  });

  it('separates the same text translated by different providers', async () => {
    const { cache } = setup();
    await cache.putMany([
      { key: key('好的', 'microsoft'), text: 'OK' },
      { key: key('好的', 'libretranslate'), text: 'Fine' },
    ]);
    expect(await cache.getMany([key('好的', 'microsoft'), key('好的', 'libretranslate')])).toEqual([
      'OK',
      'Fine',
    ]);
  });

  it('never stores an empty or whitespace-only translation', async () => {
    const { cache } = setup();
    await cache.putMany([
      { key: key('一'), text: '' },
      { key: key('二'), text: '  \n\t' },
      { key: key('三'), text: 'three' },
    ]);
    expect(await cache.getMany([key('一'), key('二'), key('三')])).toEqual([
      undefined,
      undefined,
      'three',
    ]);
    expect((await cache.stats()).entries).toBe(1);
  });

  it('replaces the translation stored for a key without counting it twice', async () => {
    const { cache } = setup();
    await cache.putMany([{ key: key('赞'), text: 'Like' }]);
    const before = await cache.stats();
    await cache.putMany([{ key: key('赞'), text: 'Like!!' }]);
    expect(await cache.getMany([key('赞')])).toEqual(['Like!!']);
    expect(await cache.stats()).toEqual({ entries: 1, bytes: before.bytes + 4 });
  });

  it('keeps the last translation when a batch repeats a key', async () => {
    const { cache } = setup();
    await cache.putMany([
      { key: key('哈哈'), text: 'Haha' },
      { key: key('哈哈'), text: 'LOL' },
    ]);
    expect(await cache.getMany([key('哈哈')])).toEqual(['LOL']);
    expect((await cache.stats()).entries).toBe(1);
  });

  it('counts entries and approximate bytes, growing with the translation length', async () => {
    const { cache } = setup();
    expect(await cache.stats()).toEqual({ entries: 0, bytes: 0 });
    await cache.putMany([{ key: key('一'), text: 'one' }]);
    const one = await cache.stats();
    await cache.putMany([{ key: key('二'), text: 'one and ten more' }]);
    const two = await cache.stats();
    expect(one.entries).toBe(1);
    expect(one.bytes).toBeGreaterThan('one'.length * 2);
    expect(two.entries).toBe(2);
    // Same overhead per record, plus 13 more UTF-16 characters.
    expect(two.bytes - one.bytes).toBe(one.bytes + 13 * 2);
  });

  it('keeps its totals in the database, so a restarted background sees them', async () => {
    const { cache, dbName } = setup();
    await cache.putMany([{ key: key('一'), text: 'one' }]);
    const again = createTranslationCache({ dbName });
    expect(await again.stats()).toEqual(await cache.stats());
    expect(await again.getMany([key('一')])).toEqual(['one']);
  });

  it('evicts the least recently used entry, not the least recently inserted', async () => {
    const { cache, clock } = setup({ maxEntries: 3 });
    for (const text of ['一', '二', '三']) {
      clock.time += 1;
      await cache.putMany([{ key: key(text), text: `t-${text}` }]);
    }
    clock.time += 1;
    expect(await cache.getMany([key('一')])).toEqual(['t-一']);
    clock.time += 1;
    await cache.putMany([{ key: key('四'), text: 't-四' }]);

    expect(await cache.getMany([key('一'), key('二'), key('三'), key('四')])).toEqual([
      't-一',
      undefined,
      't-三',
      't-四',
    ]);
    expect((await cache.stats()).entries).toBe(3);
  });

  it('evicts several of the oldest entries in one go when a batch overflows the cap', async () => {
    const { cache, clock } = setup({ maxEntries: 3 });
    for (const text of ['一', '二', '三']) {
      clock.time += 1;
      await cache.putMany([{ key: key(text), text: `t-${text}` }]);
    }
    clock.time += 1;
    await cache.putMany([
      { key: key('四'), text: 't-四' },
      { key: key('五'), text: 't-五' },
    ]);
    expect(await cache.getMany([key('一'), key('二'), key('三'), key('四'), key('五')])).toEqual([
      undefined,
      undefined,
      't-三',
      't-四',
      't-五',
    ]);
  });

  it('evicts the least recently used entries when the byte cap is exceeded', async () => {
    const probe = setup();
    await probe.cache.putMany([{ key: key('x'), text: 'aaaa' }]);
    const recordBytes = (await probe.cache.stats()).bytes;

    const { cache, clock } = setup({ maxBytes: recordBytes * 2 });
    for (const text of ['一', '二']) {
      clock.time += 1;
      await cache.putMany([{ key: key(text), text: 'aaaa' }]);
    }
    clock.time += 1;
    await cache.getMany([key('一')]);
    clock.time += 1;
    await cache.putMany([{ key: key('三'), text: 'bbbb' }]);

    expect(await cache.getMany([key('一'), key('二'), key('三')])).toEqual([
      'aaaa',
      undefined,
      'bbbb',
    ]);
    expect(await cache.stats()).toEqual({ entries: 2, bytes: recordBytes * 2 });
  });

  it('empties completely on clear and can be filled again', async () => {
    const { cache } = setup();
    await cache.putMany([
      { key: key('一'), text: 'one' },
      { key: key('二'), text: 'two' },
    ]);
    await cache.clear();
    expect(await cache.stats()).toEqual({ entries: 0, bytes: 0 });
    expect(await cache.getMany([key('一'), key('二')])).toEqual([undefined, undefined]);

    await cache.putMany([{ key: key('三'), text: 'three' }]);
    expect(await cache.getMany([key('三')])).toEqual(['three']);
    expect((await cache.stats()).entries).toBe(1);
  });

  describe('when the browser storage fails', () => {
    afterEach(() => vi.restoreAllMocks());

    it('says it is unavailable when the database will not open, and fails each call (the queue goes on uncached)', async () => {
      const { cache } = setup();
      vi.spyOn(indexedDB, 'open').mockImplementation(() => {
        throw new DOMException('The database is unavailable.', 'UnknownError');
      });
      await expect(cache.getMany([key('你好')])).rejects.toThrow();
      expect(await cache.stats()).toEqual({ entries: 0, bytes: 0, problem: 'unavailable' });
      vi.restoreAllMocks();
      // Back again: the next read that reaches it clears the notice.
      expect(await cache.getMany([key('你好')])).toEqual([undefined]);
      expect((await cache.stats()).problem).toBeUndefined();
    });

    it('says it is full when a write is refused for space, and keeps what it had', async () => {
      const { cache } = setup();
      await cache.putMany([{ key: key('你好'), text: 'Hello' }]);
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
      await expect(cache.putMany([{ key: key('谢谢'), text: 'Thanks' }])).rejects.toThrow();
      expect(await cache.stats()).toMatchObject({ entries: 1, problem: 'full' });
      expect(await cache.getMany([key('你好'), key('谢谢')])).toEqual(['Hello', undefined]);
      // Reads that work say nothing about writes: the notice stays until a write works.
      expect((await cache.stats()).problem).toBe('full');
      vi.restoreAllMocks();
      await cache.putMany([{ key: key('谢谢'), text: 'Thanks' }]);
      expect((await cache.stats()).problem).toBeUndefined();
    });
  });
});
