import { describe, expect, it, vi } from 'vitest';
import { ERROR_MESSAGES, TranslateError } from '../../../utils/translate/errors';
import type { TranslationCacheLike } from '../../../utils/translate/cache-port';
import { chainOf, configFor, deferred, fakeProvider, fakeTranslation } from './support/fake-provider';
import { queueHarness } from './support/queue-harness';

// Which translator served it is checked where it matters; elsewhere only the text counts.
const ok = (text: string, cached = false) => expect.objectContaining({ ok: true, text, cached });

describe('translation queue: results, de-duplication and cache', () => {
  it('returns one translated result per input, in input order', async () => {
    const provider = fakeProvider('microsoft');
    const { queue } = queueHarness(chainOf(provider.definition));
    const texts = ['第一段', '第二段', '第三段'];
    await expect(queue.translate(texts)).resolves.toEqual(texts.map((text) => ok(fakeTranslation(text))));
  });

  it('answers empty and blank inputs with an empty text and sends nothing for them', async () => {
    const provider = fakeProvider('microsoft');
    const { queue, cache } = queueHarness(chainOf(provider.definition));
    await expect(queue.translate(['', '   ', '\n'])).resolves.toEqual([ok(''), ok(''), ok('')]);
    expect(provider.calls).toHaveLength(0);
    expect(cache.reads).toHaveLength(0);
  });

  it('trims inputs, so texts differing only in surrounding whitespace are sent once, trimmed', async () => {
    const provider = fakeProvider('microsoft');
    const { queue } = queueHarness(chainOf(provider.definition));
    const results = await queue.translate(['  你好 ', '你好', '\t你好\n']);
    expect(provider.calls.map((call) => call.texts)).toEqual([['你好']]);
    expect(results).toEqual([ok('EN(你好)'), ok('EN(你好)'), ok('EN(你好)')]);
  });

  it('sends identical texts of one call once and gives each position its result', async () => {
    const provider = fakeProvider('microsoft');
    const { queue } = queueHarness(chainOf(provider.definition));
    const results = await queue.translate(['哈哈', '好的', '哈哈', '哈哈']);
    expect(provider.calls.flatMap((call) => call.texts)).toEqual(['哈哈', '好的']);
    expect(results.map((result) => (result.ok ? result.text : ''))).toEqual([
      'EN(哈哈)',
      'EN(好的)',
      'EN(哈哈)',
      'EN(哈哈)',
    ]);
  });

  it('sends a text once when concurrent calls ask for it before it is sent', async () => {
    const provider = fakeProvider('microsoft');
    const { queue } = queueHarness(chainOf(provider.definition));
    const [a, b] = await Promise.all([queue.translate(['共同', '甲']), queue.translate(['乙', '共同'])]);
    expect(provider.calls.flatMap((call) => call.texts).sort()).toEqual(['乙', '共同', '甲'].sort());
    expect(a[0]).toEqual(ok('EN(共同)'));
    expect(b[1]).toEqual(ok('EN(共同)'));
  });

  it('lets a later call join a text whose request is already in flight', async () => {
    const gate = deferred<void>();
    const provider = fakeProvider('microsoft', {}, async (texts) => {
      await gate.promise;
      return texts.map(fakeTranslation);
    });
    const { queue } = queueHarness(chainOf(provider.definition));
    const first = queue.translate(['进行中']);
    await expect.poll(() => provider.open()).toBe(1);
    const second = queue.translate(['进行中']);
    gate.resolve();
    await expect(Promise.all([first, second])).resolves.toEqual([[ok('EN(进行中)')], [ok('EN(进行中)')]]);
    expect(provider.calls).toHaveLength(1);
  });

  it('does not share a text in flight between callers whose chains differ only in the API key', async () => {
    const provider = fakeProvider('microsoft');
    const withKey = (apiKey: string) => chainOf({ provider: provider.definition, config: { ...configFor(), apiKey } });
    const chains = [withKey('old-key'), withKey('new-key')];
    const { queue } = queueHarness(withKey(''), { getChain: async () => chains.shift() ?? withKey('') });
    await Promise.all([queue.translate(['钥匙']), queue.translate(['钥匙'])]);
    expect(provider.calls.map((call) => [call.config.apiKey, call.texts])).toEqual([
      ['old-key', ['钥匙']],
      ['new-key', ['钥匙']],
    ]);
  });

  it('serves cache hits with cached: true and makes no request for them', async () => {
    const provider = fakeProvider('microsoft');
    const { queue, cache } = queueHarness(chainOf(provider.definition));
    const key = { provider: 'microsoft', model: '', from: 'auto', to: 'en' };
    cache.seed({ ...key, text: '缓存一' }, 'Cached one');
    cache.seed({ ...key, text: '缓存二' }, 'Cached two');
    await expect(queue.translate(['缓存一', ' 缓存二 '])).resolves.toEqual([
      ok('Cached one', true),
      ok('Cached two', true),
    ]);
    expect(provider.calls).toHaveLength(0);
    expect(queue.stats().cacheHits).toBe(2);
  });

  it('looks the cache up under every provider of the chain in one read and requests only the misses', async () => {
    const primary = fakeProvider('libretranslate');
    const fallback = fakeProvider('microsoft');
    const chain = chainOf({ provider: primary.definition, config: configFor('http://x', 'argos') }, fallback.definition);
    const { queue, cache } = queueHarness(chain);
    cache.seed({ provider: 'libretranslate', model: 'argos', from: 'auto', to: 'en', text: '旧' }, 'Old');
    const results = await queue.translate(['新', '旧']);
    expect(cache.reads).toEqual([
      [
        { provider: 'libretranslate', model: 'argos', from: 'auto', to: 'en', text: '新' },
        { provider: 'libretranslate', model: 'argos', from: 'auto', to: 'en', text: '旧' },
        { provider: 'microsoft', model: '', from: 'auto', to: 'en', text: '新' },
        { provider: 'microsoft', model: '', from: 'auto', to: 'en', text: '旧' },
      ],
    ]);
    expect(primary.calls.map((call) => call.texts)).toEqual([['新']]);
    expect(results).toEqual([ok('EN(新)'), ok('Old', true)]);
  });

  it("serves a fallback's cached result without asking the primary again", async () => {
    const primary = fakeProvider('microsoft', {}, () => {
      throw new TranslateError('auth', 'no');
    });
    const fallback = fakeProvider('libretranslate');
    const { queue } = queueHarness(chainOf(primary.definition, fallback.definition));
    await expect(queue.translate(['回访'])).resolves.toEqual([ok('EN(回访)')]);
    expect(primary.calls).toHaveLength(1);
    await expect(queue.translate(['回访'])).resolves.toEqual([ok('EN(回访)', true)]);
    expect(primary.calls).toHaveLength(1);
    expect(fallback.calls).toHaveLength(1);
  });

  it("prefers the primary's cached result over a fallback's", async () => {
    const primary = fakeProvider('microsoft');
    const fallback = fakeProvider('libretranslate');
    const { queue, cache } = queueHarness(chainOf(primary.definition, fallback.definition));
    const key = { model: '', from: 'auto', to: 'en', text: '两份' };
    cache.seed({ ...key, provider: 'libretranslate' }, 'From fallback');
    cache.seed({ ...key, provider: 'microsoft' }, 'From primary');
    await expect(queue.translate(['两份'])).resolves.toEqual([ok('From primary', true)]);
  });

  it('caches fresh results, so the next call for them is served from the cache', async () => {
    const provider = fakeProvider('microsoft');
    const { queue, cache } = queueHarness(chainOf(provider.definition));
    await queue.translate(['一次']);
    await vi.waitFor(() =>
      expect(cache.writes).toEqual([
        [{ key: { provider: 'microsoft', model: '', from: 'auto', to: 'en', text: '一次' }, text: 'EN(一次)' }],
      ]),
    );
    await expect(queue.translate(['一次'])).resolves.toEqual([ok('EN(一次)', true)]);
    expect(provider.calls).toHaveLength(1);
  });

  it('answers as soon as a text is translated, without waiting for the cache write', async () => {
    const provider = fakeProvider('microsoft');
    const write = deferred<void>();
    const { queue, cache } = queueHarness(chainOf(provider.definition));
    cache.putMany = () => write.promise;
    await expect(queue.translate(['快'])).resolves.toEqual([ok('EN(快)')]);
    // Until the write lands, the same text joins the finished flight rather than being sent again.
    await expect(queue.translate(['快'])).resolves.toEqual([ok('EN(快)')]);
    expect(provider.calls).toHaveLength(1);
    write.resolve();
  });

  it('counts a blank translation of a real text as a failure, and caches only the real one', async () => {
    const provider = fakeProvider('microsoft', {}, (texts) => texts.map((text) => (text === '空' ? ' ' : 'Full')));
    const { queue, cache } = queueHarness(chainOf(provider.definition));
    await expect(queue.translate(['空', '满'])).resolves.toEqual([
      { ok: false, error: { kind: 'bad-response', message: ERROR_MESSAGES['bad-response'] } },
      ok('Full'),
    ]);
    expect(cache.writes.flat().map((entry) => entry.key.text)).toEqual(['满']);
  });

  it('asks the next provider for a text the first one answered blank, and only for that text', async () => {
    const primary = fakeProvider('microsoft', {}, (texts) =>
      texts.map((text) => (text === '空' ? '' : fakeTranslation(text))),
    );
    const fallback = fakeProvider('libretranslate', {}, (texts) => texts.map((text) => `LT(${text})`));
    const { queue, cache } = queueHarness(chainOf(primary.definition, fallback.definition));
    await expect(queue.translate(['空', '满'])).resolves.toEqual([ok('LT(空)'), ok('EN(满)')]);
    expect(fallback.calls.map((call) => call.texts)).toEqual([['空']]);
    expect(cache.writes.flat().map((entry) => [entry.key.provider, entry.text]).sort()).toEqual([
      ['libretranslate', 'LT(空)'],
      ['microsoft', 'EN(满)'],
    ]);
  });

  it('never caches a failure', async () => {
    const provider = fakeProvider('microsoft', {}, () => {
      throw new TranslateError('auth', 'no');
    });
    const { queue, cache } = queueHarness(chainOf(provider.definition));
    const [result] = await queue.translate(['失败']);
    expect(result?.ok).toBe(false);
    expect(cache.writes).toHaveLength(0);
  });

  it('neither reads nor writes the cache for a call that must not persist', async () => {
    const provider = fakeProvider('microsoft');
    const { queue, cache } = queueHarness(chainOf(provider.definition));
    cache.seed({ provider: 'microsoft', model: '', from: 'auto', to: 'en', text: '私密' }, 'Cached');
    await expect(queue.translate(['私密', '无痕'], { persist: false })).resolves.toEqual([
      ok('EN(私密)'),
      ok('EN(无痕)'),
    ]);
    expect(cache.reads).toHaveLength(0);
    expect(cache.writes).toHaveLength(0);
  });

  it('keeps translating when the cache cannot be read or written', async () => {
    const provider = fakeProvider('microsoft');
    const broken: TranslationCacheLike = {
      getMany: () => Promise.reject(new Error('IndexedDB closed')),
      putMany: () => Promise.reject(new Error('IndexedDB closed')),
    };
    const { queue } = queueHarness(chainOf(provider.definition), { cache: broken });
    await expect(queue.translate(['照常'])).resolves.toEqual([ok('EN(照常)')]);
  });

  it('translates in the direction a call asks for, with the translators that support it', async () => {
    const readsOnly = fakeProvider('microsoft', {}, undefined, (_from, to) => to === 'en');
    const writes = fakeProvider('libretranslate');
    const { queue } = queueHarness(chainOf(readsOnly.definition, writes.definition));
    await expect(queue.translate(['so cute'], { direction: { from: 'en', to: 'zh-Hans' } })).resolves.toEqual([ok('EN(so cute)')]);
    expect(readsOnly.calls).toEqual([]);
    expect(writes.calls).toMatchObject([{ texts: ['so cute'], from: 'en', to: 'zh-Hans' }]);
  });

  it('sends a draft to the chosen translator only: no fallback, no cache', async () => {
    const chosen = fakeProvider('microsoft', {}, () => {
      throw new TranslateError('quota', 'used up');
    });
    const fallback = fakeProvider('libretranslate');
    const { queue, cache } = queueHarness(chainOf(chosen.definition, fallback.definition));
    const [result] = await queue.translate(['my draft'], { direction: { from: 'en', to: 'zh-Hant' }, chosenOnly: true, persist: false });
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
    expect(fallback.calls).toEqual([]);
    expect(cache.reads).toHaveLength(0);
    expect(cache.writes).toHaveLength(0);
  });

  it('answers every text with an error when the chain is empty', async () => {
    const { queue } = queueHarness({ links: [], from: 'auto', to: 'en' });
    const [result] = await queue.translate(['无']);
    expect(result).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
  });
});
