import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../../utils/cache/cache-key';
import type { CacheKeyInput } from '../../../utils/translate/cache-port';

const base: CacheKeyInput = { provider: 'microsoft', model: '', from: 'zh', to: 'en', text: '你好' };

describe('cacheKey', () => {
  it('is the hex SHA-256 of the fields as a JSON array', async () => {
    const expected = createHash('sha256')
      .update(JSON.stringify(['microsoft', '', 'zh', 'en', '你好']))
      .digest('hex');
    expect(await cacheKey(base)).toBe(expected);
  });

  it('gives the same key for the same input', async () => {
    expect(await cacheKey({ ...base })).toBe(await cacheKey(base));
  });

  it('keeps field boundaries that a joined string would lose', async () => {
    const keys = await Promise.all([
      cacheKey({ ...base, provider: 'a|b', model: 'c' }),
      cacheKey({ ...base, provider: 'a', model: 'b|c' }),
      cacheKey({ ...base, from: 'zh', to: 'en', text: 'x' }),
      cacheKey({ ...base, from: 'zhen', to: '', text: 'x' }),
      cacheKey({ ...base, to: 'en","x', text: '' }),
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('changes with every field', async () => {
    const variants: CacheKeyInput[] = [
      base,
      { ...base, provider: 'libretranslate' },
      { ...base, model: 'm' },
      { ...base, from: 'auto' },
      { ...base, to: 'fr' },
      { ...base, text: '你好！' },
    ];
    const keys = await Promise.all(variants.map(cacheKey));
    expect(new Set(keys).size).toBe(variants.length);
  });
});
