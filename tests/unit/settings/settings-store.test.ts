import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MigrationError } from '../../../utils/settings/migrations';
import { SETTINGS_VERSION, defaultSettings } from '../../../utils/settings/schema';
import type { Settings } from '../../../utils/settings/schema';
import {
  loadSettings,
  parseSettings,
  saveSettings,
  updateSettings,
  watchSettings,
} from '../../../utils/settings/settings-store';

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('settings')).settings;
}

/** The example under "Settings" in DESIGN.md, as a user would export it. */
const DESIGN_EXAMPLE = {
  enabled: true,
  targetLanguage: 'en',
  provider: 'microsoft',
  fallbacks: ['google'],
  providers: {
    libretranslate: { endpoint: 'http://127.0.0.1:5000', apiKey: '' },
    openai: { endpoint: 'https://api.openai.com/v1', apiKey: 'sk-...', model: 'gpt-4o-mini' },
  },
};

describe('parseSettings', () => {
  it('parses the settings contract example from DESIGN.md', () => {
    const settings = parseSettings(DESIGN_EXAMPLE);
    expect(settings.enabled).toBe(true);
    expect(settings.targetLanguage).toBe('en');
    expect(settings.provider).toBe('microsoft');
    expect(settings.fallbacks).toEqual(['google']);
    expect(settings.providers.libretranslate).toEqual({
      endpoint: 'http://127.0.0.1:5000',
      apiKey: '',
      model: '',
    });
    expect(settings.providers.openai).toEqual({ endpoint: 'https://api.openai.com/v1', apiKey: 'sk-...', model: 'gpt-4o-mini' });
  });

  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(null)).toEqual(defaultSettings());
    expect(parseSettings(undefined)).toEqual(defaultSettings());
  });

  it('refuses a value that is not a JSON object', () => {
    for (const raw of ['{}', 42, [], true]) {
      expect(() => parseSettings(raw)).toThrow(TypeError);
    }
  });

  it('refuses settings from a newer version', () => {
    expect(() => parseSettings({ version: SETTINGS_VERSION + 1 })).toThrow(MigrationError);
  });
});

describe('loadSettings', () => {
  it('gives the defaults when nothing is stored, without writing anything', async () => {
    expect(await loadSettings()).toEqual(defaultSettings());
    expect(await stored()).toBeUndefined();
  });

  it('loads a v1 object written before settings had a version', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: false, targetLanguage: 'de', provider: 'libretranslate' },
    });
    const settings = await loadSettings();
    expect(settings).toMatchObject({
      version: SETTINGS_VERSION,
      enabled: false,
      targetLanguage: 'de',
      provider: 'libretranslate',
    });
  });

  it('repairs a bad stored field and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        targetLanguage: 'xx',
        providers: { libretranslate: { endpoint: 'https://lt.example.org', apiKey: 'k' } },
      },
    });
    const settings = await loadSettings();
    expect(settings.targetLanguage).toBe('en');
    expect(settings.providers.libretranslate).toMatchObject({
      endpoint: 'https://lt.example.org',
      apiKey: 'k',
    });
  });

  it('throws MigrationError for settings from a newer version and leaves storage untouched', async () => {
    const newer = { version: SETTINGS_VERSION + 1, enabled: false, somethingNew: { a: 1 } };
    await fakeBrowser.storage.local.set({ settings: newer });
    await expect(loadSettings()).rejects.toBeInstanceOf(MigrationError);
    expect(await stored()).toEqual(newer);
  });
});

describe('saveSettings', () => {
  it('writes repaired settings to storage.local under "settings", never to sync', async () => {
    const settings: Settings = {
      ...defaultSettings(),
      provider: 'libretranslate',
      fallbacks: ['microsoft', 'libretranslate'],
    };
    await saveSettings(settings);
    expect(await stored()).toEqual({ ...settings, fallbacks: ['microsoft'] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});

describe('updateSettings', () => {
  it('applies the change to the stored settings and saves the result', async () => {
    await saveSettings({ ...defaultSettings(), targetLanguage: 'fr' });
    const next = await updateSettings((current) => ({ ...current, enabled: false }));
    expect(next).toMatchObject({ enabled: false, targetLanguage: 'fr' });
    expect(await stored()).toEqual(next);
  });

  it('runs two changes made at once one after the other, so neither is lost', async () => {
    const first = updateSettings((current) => ({ ...current, sites: { ...current.sites, 'a.cn': 'never' } }));
    const second = updateSettings((current) => ({ ...current, targetLanguage: 'de' }));
    await Promise.all([first, second]);
    expect(await stored()).toMatchObject({ sites: { 'a.cn': 'never' }, targetLanguage: 'de' });
  });

  it('does not overwrite settings from a newer version', async () => {
    const newer = { version: SETTINGS_VERSION + 1, enabled: false };
    await fakeBrowser.storage.local.set({ settings: newer });
    await expect(updateSettings((current) => ({ ...current, enabled: true }))).rejects.toBeInstanceOf(
      MigrationError,
    );
    expect(await stored()).toEqual(newer);
  });
});

describe('watchSettings', () => {
  it('calls the listener with parsed settings when they change, until unsubscribed', async () => {
    const seen: Settings[] = [];
    let notify: () => void = () => undefined;
    const unwatch = watchSettings((settings) => {
      seen.push(settings);
      notify();
    });

    const first = new Promise<void>((resolve) => (notify = resolve));
    await fakeBrowser.storage.local.set({ settings: { targetLanguage: 'ja', extra: 1 } });
    await first;
    expect(seen).toEqual([{ ...defaultSettings(), targetLanguage: 'ja' }]);

    unwatch();
    // A second watcher shows when the next change has been delivered.
    const delivered = new Promise<void>((resolve) => {
      const stop = watchSettings(() => {
        stop();
        resolve();
      });
    });
    await fakeBrowser.storage.local.set({ settings: { targetLanguage: 'ko' } });
    await delivered;
    expect(seen).toHaveLength(1);
  });

  it('skips a value from a newer version and keeps listening', async () => {
    const seen: Settings[] = [];
    let notify: () => void = () => undefined;
    const unwatch = watchSettings((settings) => {
      seen.push(settings);
      notify();
    });
    const next = new Promise<void>((resolve) => (notify = resolve));
    await fakeBrowser.storage.local.set({ settings: { version: SETTINGS_VERSION + 1 } });
    await fakeBrowser.storage.local.set({ settings: { enabled: false } });
    await next;
    expect(seen).toEqual([{ ...defaultSettings(), enabled: false }]);
    unwatch();
  });
});
