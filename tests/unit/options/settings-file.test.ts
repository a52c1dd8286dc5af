import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/utils/settings/schema';
import { exportSettingsText, importSettingsText } from '@/entrypoints/options/settings-file';

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('settings')).settings;
}

const before = { ...defaultSettings(), provider: 'libretranslate', sites: { 'weibo.com': 'always' } };

describe('importSettingsText', () => {
  it('refuses a file that is not JSON and leaves storage untouched', async () => {
    await fakeBrowser.storage.local.set({ settings: before });
    const result = await importSettingsText('{"provider": "microsoft",');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(await stored()).toEqual(before);
  });

  it.each([['null'], ['[1, 2]'], ['"settings"'], ['42']])(
    'refuses JSON that is not an object (%s) and leaves storage untouched',
    async (text) => {
      await fakeBrowser.storage.local.set({ settings: before });
      const result = await importSettingsText(text);
      expect(result).toEqual({ ok: false, error: expect.stringMatching(/JSON object/) });
      expect(await stored()).toEqual(before);
    },
  );

  it.each([
    ['an empty object', {}],
    ['a package.json', { name: 'ferry', private: true, scripts: { test: 'vitest' } }],
  ])('refuses %s, which has none of Ferry’s fields, and keeps keys and site rules', async (_, file) => {
    await fakeBrowser.storage.local.set({ settings: before });
    const result = await importSettingsText(JSON.stringify(file));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/none of Ferry’s fields.*nothing was changed/) });
    expect(await stored()).toEqual(before);
  });

  it('refuses a package.json whose version is not a settings version', async () => {
    await fakeBrowser.storage.local.set({ settings: before });
    const result = await importSettingsText(JSON.stringify({ name: 'ferry', version: '0.1.0' }));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/Nothing was changed/) });
    expect(await stored()).toEqual(before);
  });

  it('accepts a file holding only a version, as all defaults', async () => {
    const result = await importSettingsText(JSON.stringify({ version: 1 }));
    expect(result).toEqual({ ok: true, settings: defaultSettings() });
  });

  it('refuses settings from a newer Ferry and leaves storage untouched', async () => {
    await fakeBrowser.storage.local.set({ settings: before });
    const result = await importSettingsText(JSON.stringify({ version: 99, provider: 'microsoft' }));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/newer Ferry.*Nothing was changed/) });
    expect(await stored()).toEqual(before);
  });

  it('merges a partial file with the defaults, field by field, and saves it', async () => {
    await fakeBrowser.storage.local.set({ settings: before });
    const file = {
      version: 1,
      targetLanguage: 'fr',
      providers: { libretranslate: { endpoint: 'http://10.0.0.2:5000/', apiKey: ' k ' } },
      display: { style: 'neon' },
      unknown: true,
    };
    const result = await importSettingsText(JSON.stringify(file));
    const expected = defaultSettings();
    expected.targetLanguage = 'fr';
    expected.providers.libretranslate = { endpoint: 'http://10.0.0.2:5000', apiKey: 'k', model: '' };
    expect(result).toEqual({ ok: true, settings: expected });
    expect(await stored()).toEqual(expected);
  });

  it('reads a file with no version as the first version', async () => {
    const result = await importSettingsText(JSON.stringify({ provider: 'libretranslate' }));
    expect(result.ok && result.settings.provider).toBe('libretranslate');
  });
});

describe('exportSettingsText', () => {
  it('writes the stored settings as JSON that imports back to the same settings', async () => {
    const settings = { ...defaultSettings(), targetLanguage: 'de', sites: { 'zhihu.com': 'never' } };
    await fakeBrowser.storage.local.set({ settings });
    const text = await exportSettingsText();
    expect(JSON.parse(text)).toEqual(settings);
    await fakeBrowser.storage.local.clear();
    expect(await importSettingsText(text)).toEqual({ ok: true, settings });
  });

  it('writes the defaults when nothing is stored yet', async () => {
    expect(JSON.parse(await exportSettingsText())).toEqual(defaultSettings());
  });

  it('leaves API keys out unless asked, and an import without keys keeps the stored ones', async () => {
    const withKey = defaultSettings();
    withKey.providers.deepl = { ...withKey.providers.deepl, apiKey: 'secret-key:fx' };
    await fakeBrowser.storage.local.set({ settings: withKey });
    const plain = await exportSettingsText();
    expect(plain).not.toContain('secret-key');
    expect(await exportSettingsText({ includeKeys: true })).toContain('secret-key:fx');

    const edited = JSON.parse(plain) as { targetLanguage: string };
    edited.targetLanguage = 'fr';
    const result = await importSettingsText(JSON.stringify(edited));
    expect(result.ok).toBe(true);
    const now = (await stored()) as typeof withKey;
    expect(now.targetLanguage).toBe('fr');
    expect(now.providers.deepl.apiKey).toBe('secret-key:fx');
  });
});
