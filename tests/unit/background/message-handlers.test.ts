import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleTranslate, MAX_TEXT_CHARS } from '../../../entrypoints/background/message-handlers';
import { chainOf, fakeProvider, fakeTranslation } from '../translate/support/fake-provider';
import { queueHarness } from '../translate/support/queue-harness';

const fromFerry = (tab: Partial<NonNullable<Runtime.MessageSender['tab']>> = {}): Runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  tab: { index: 0, highlighted: false, active: true, pinned: false, incognito: false, ...tab },
});

const ok = (text: string, cached = false) => expect.objectContaining({ ok: true, text, cached });

describe('translate message handler', () => {
  it('answers an oversized paragraph with its own error and still translates the others', async () => {
    const provider = fakeProvider('microsoft');
    const { queue } = queueHarness(chainOf(provider.definition));
    const huge = '长'.repeat(MAX_TEXT_CHARS + 1);
    const reply = await handleTranslate(queue, { texts: ['第一段', huge, '第三段'] }, fromFerry());
    expect(reply.results).toEqual([
      ok(fakeTranslation('第一段')),
      { ok: false, error: { kind: 'bad-response', message: 'Paragraph too long to translate' } },
      ok(fakeTranslation('第三段')),
    ]);
    expect(provider.calls.flatMap((call) => call.texts)).toEqual(['第一段', '第三段']);
  });

  it('translates a paragraph of exactly the longest accepted length', async () => {
    const provider = fakeProvider('microsoft', { maxChars: MAX_TEXT_CHARS });
    const { queue } = queueHarness(chainOf(provider.definition));
    const longest = '长'.repeat(MAX_TEXT_CHARS);
    const reply = await handleTranslate(queue, { texts: [longest] }, fromFerry());
    expect(reply.results).toEqual([ok(fakeTranslation(longest))]);
  });

  it.each([
    ['no payload', undefined],
    ['texts that are not a list', { texts: '你好' }],
    ['a text that is not a string', { texts: ['你好', 42] }],
    ['more than 500 texts', { texts: Array.from({ length: 501 }, () => '字') }],
  ])('rejects a message with %s as a whole', async (_case, data) => {
    const provider = fakeProvider('microsoft');
    const { queue } = queueHarness(chainOf(provider.definition));
    await expect(handleTranslate(queue, data, fromFerry())).rejects.toThrow('translate expects { texts: string[] }');
    expect(provider.calls).toHaveLength(0);
  });

  it('rejects a message from another extension', async () => {
    const provider = fakeProvider('microsoft');
    const { queue } = queueHarness(chainOf(provider.definition));
    const stranger = { ...fromFerry(), id: 'someone-else' };
    await expect(handleTranslate(queue, { texts: ['你好'] }, stranger)).rejects.toThrow('unknown sender');
  });

  it('neither reads nor writes the persistent cache for a private tab', async () => {
    const provider = fakeProvider('microsoft');
    const { queue, cache } = queueHarness(chainOf(provider.definition));
    cache.seed({ provider: 'microsoft', model: '', from: 'auto', to: 'en', text: '旧' }, 'Old');
    const reply = await handleTranslate(queue, { texts: ['旧', '新'] }, fromFerry({ incognito: true }));
    expect(reply.results).toEqual([ok(fakeTranslation('旧')), ok(fakeTranslation('新'))]);
    expect(cache.reads).toHaveLength(0);
    expect(cache.writes).toHaveLength(0);
  });

  it('reads and writes the cache for a normal tab', async () => {
    const provider = fakeProvider('microsoft');
    const { queue, cache } = queueHarness(chainOf(provider.definition));
    cache.seed({ provider: 'microsoft', model: '', from: 'auto', to: 'en', text: '旧' }, 'Old');
    const reply = await handleTranslate(queue, { texts: ['旧', '新'] }, fromFerry());
    expect(reply.results).toEqual([ok('Old', true), ok(fakeTranslation('新'))]);
    expect(cache.writes.flat().map((entry) => entry.key.text)).toEqual(['新']);
  });

  it('writes a draft in the direction asked, to the chosen translator only, leaving nothing in the cache', async () => {
    const chosen = fakeProvider('microsoft');
    const fallback = fakeProvider('libretranslate');
    const { queue, cache } = queueHarness(chainOf(chosen.definition, fallback.definition));
    const reply = await handleTranslate(
      queue,
      { texts: ['so cute'], direction: { from: 'en', to: 'zh-Hans' }, draft: true },
      fromFerry(),
    );
    expect(reply.results).toEqual([ok(fakeTranslation('so cute'))]);
    expect(chosen.calls).toMatchObject([{ from: 'en', to: 'zh-Hans' }]);
    expect(cache.reads).toHaveLength(0);
    expect(cache.writes).toHaveLength(0);
  });

  it.each([
    ['a direction that is not an object', 'en->zh'],
    ['a target that is not a language code', { from: 'en', to: '<script>' }],
    ['"auto" as the target', { from: 'en', to: 'auto' }],
  ])('rejects %s', async (_case, direction) => {
    const provider = fakeProvider('microsoft');
    const { queue } = queueHarness(chainOf(provider.definition));
    await expect(handleTranslate(queue, { texts: ['hi'], direction }, fromFerry())).rejects.toThrow('direction');
    expect(provider.calls).toHaveLength(0);
  });
});
