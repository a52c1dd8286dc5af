import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '../../../utils/settings/provider-catalog';
import { repairSettings } from '../../../utils/settings/repair';
import { SETTINGS_VERSION, defaultSettings } from '../../../utils/settings/schema';

describe('repairSettings', () => {
  it('returns the defaults for an empty object', () => {
    expect(repairSettings({})).toEqual(defaultSettings());
  });

  it('returns the defaults for anything that is not an object', () => {
    for (const input of [null, undefined, 'settings', 42, [], true]) {
      expect(repairSettings(input)).toEqual(defaultSettings());
    }
  });

  it('fills the missing fields of a partial object with their defaults', () => {
    const repaired = repairSettings({ enabled: false, display: {} });
    expect(repaired).toEqual({ ...defaultSettings(), enabled: false });
  });

  it('repairs a bad targetLanguage alone and keeps the libretranslate endpoint and key', () => {
    const repaired = repairSettings({
      targetLanguage: 'klingon',
      provider: 'libretranslate',
      providers: {
        libretranslate: { endpoint: 'https://lt.example.org', apiKey: 'secret-key', model: '' },
      },
    });
    expect(repaired.targetLanguage).toBe('en');
    expect(repaired.provider).toBe('libretranslate');
    expect(repaired.providers.libretranslate).toEqual({
      endpoint: 'https://lt.example.org',
      apiKey: 'secret-key',
      model: '',
    });
  });

  it('repairs each bad field on its own and keeps the good ones', () => {
    const good = { enabled: false, targetLanguage: 'fr', display: { style: 'plain' } } as const;
    const bad = {
      enabled: 'yes',
      targetLanguage: 42,
      provider: 'yandex',
      fallbacks: 'libretranslate',
      sites: ['example.com'],
      display: { style: 'neon' },
    };
    const defaults = defaultSettings();
    for (const [field, value] of Object.entries(bad)) {
      const repaired = repairSettings({ ...good, [field]: value });
      const expected = { ...defaults, ...good, [field]: defaults[field as keyof typeof defaults] };
      expect(repaired, `bad ${field}`).toEqual(expected);
    }
  });

  it('drops unknown fields at every level', () => {
    const repaired = repairSettings({
      theme: 'dark',
      display: { style: 'plain', fontSize: 20 },
      providers: {
        microsoft: { endpoint: 'https://edge.microsoft.com', apiKey: '', model: '', region: 'eu' },
        yandex: { apiKey: 'k' },
      },
    });
    expect(Object.keys(repaired).sort()).toEqual(Object.keys(defaultSettings()).sort());
    expect(repaired.display).toEqual({ style: 'plain' });
    expect(Object.keys(repaired.providers).sort()).toEqual([...PROVIDER_IDS].sort());
    expect(Object.keys(repaired.providers.microsoft).sort()).toEqual(['apiKey', 'endpoint', 'model']);
  });

  it('rejects endpoints that are not http(s) URLs', () => {
    const fallback = defaultSettings().providers.libretranslate.endpoint;
    for (const endpoint of [
      'ftp://lt.example.org',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/plain,hi',
      'lt.example.org',
      '',
      42,
    ]) {
      const repaired = repairSettings({ providers: { libretranslate: { endpoint } } });
      expect(repaired.providers.libretranslate.endpoint, String(endpoint)).toBe(fallback);
    }
  });

  it('accepts http and https endpoints, without trailing slashes', () => {
    const repaired = repairSettings({
      providers: {
        libretranslate: { endpoint: 'http://192.168.1.20:5000/' },
        microsoft: { endpoint: 'https://proxy.example.org/ms//' },
      },
    });
    expect(repaired.providers.libretranslate.endpoint).toBe('http://192.168.1.20:5000');
    expect(repaired.providers.microsoft.endpoint).toBe('https://proxy.example.org/ms');
  });

  it('trims API keys and models', () => {
    const repaired = repairSettings({
      providers: { libretranslate: { apiKey: '  key-123\n', model: ' m ' } },
    });
    expect(repaired.providers.libretranslate.apiKey).toBe('key-123');
    expect(repaired.providers.libretranslate.model).toBe('m');
  });

  it('de-duplicates fallbacks, drops unknown ones and never lists the main provider', () => {
    const repaired = repairSettings({
      provider: 'libretranslate',
      fallbacks: ['microsoft', 'yandex', 'microsoft', 'libretranslate', 7],
    });
    expect(repaired.fallbacks).toEqual(['microsoft']);
  });

  it('removes the default provider from fallbacks when a bad provider falls back to it', () => {
    const repaired = repairSettings({ provider: 'babelfish', fallbacks: ['microsoft', 'libretranslate'] });
    expect(repaired.provider).toBe('microsoft');
    expect(repaired.fallbacks).toEqual(['libretranslate']);
  });

  it('keeps only always/never site rules with a host name', () => {
    const repaired = repairSettings({
      sites: { 'www.xiaohongshu.com': 'always', 'example.com': 'never', 'a.com': 'sometimes', '': 'always' },
    });
    expect(repaired.sites).toEqual({ 'www.xiaohongshu.com': 'always', 'example.com': 'never' });
  });

  it('keeps a writing-back shortcut and script, written canonically, and repairs a bad one alone', () => {
    expect(repairSettings({ compose: { shortcut: 'ctrl+shift+k', chinese: 'zh-Hant', tone: 'neutral' } }).compose).toEqual({
      shortcut: 'Ctrl+Shift+K',
      chinese: 'zh-Hant',
      tone: 'neutral',
    });
    const repaired = repairSettings({ compose: { shortcut: 'Enter', chinese: 'zh-Hant' }, display: { style: 'plain' } });
    expect(repaired.compose).toEqual({ shortcut: 'Alt+Enter', chinese: 'zh-Hant', tone: 'casual' });
    expect(repaired.display.style).toBe('plain');
    expect(repairSettings({ compose: { chinese: 'klingon' } }).compose.chinese).toBe('zh-Hans');
  });

  it('keeps glossary entries that are a Chinese term with a rendering, dropping the others alone', () => {
    const repaired = repairSettings({
      glossary: { 种草: ' recommend ', ' 宝子 ': 'babe', hello: 'not a Chinese term', 空: '', 数: 7 },
      enabled: false,
    });
    expect(repaired.glossary).toEqual({ 种草: 'recommend', 宝子: 'babe' });
    expect(repaired.enabled).toBe(false);
    expect(repairSettings({ glossary: 'nope' }).glossary).toEqual(defaultSettings().glossary);
    expect(repairSettings({ glossary: {} }).glossary).toEqual({});
  });

  it('stamps the current version', () => {
    expect(repairSettings({ version: 0 }).version).toBe(SETTINGS_VERSION);
  });

  it('gives the same result when repairing its own output', () => {
    const once = repairSettings({ provider: 'libretranslate', fallbacks: ['microsoft'], sites: { 'a.cn': 'never' } });
    expect(repairSettings(once)).toEqual(once);
  });

  it('does not modify its input', () => {
    const input = {
      provider: 'libretranslate',
      fallbacks: ['microsoft', 'microsoft'],
      providers: { libretranslate: { endpoint: 'http://x.example/', apiKey: ' k ' } },
    };
    const copy = structuredClone(input);
    repairSettings(input);
    expect(input).toEqual(copy);
  });
});

describe('endpoint repair', () => {
  it('trims an endpoint and drops its trailing slash before keeping it', () => {
    const settings = repairSettings({ providers: { libretranslate: { endpoint: ' http://x.example:5000/ ' } } });
    expect(settings.providers.libretranslate.endpoint).toBe('http://x.example:5000');
  });

  it('refuses endpoints with a query, fragment or credentials, keeping the default', () => {
    for (const endpoint of ['https://x.example/?a=1', 'https://x.example/#f', 'http://user:pw@x.example']) {
      const settings = repairSettings({ providers: { libretranslate: { endpoint } } });
      expect(settings.providers.libretranslate.endpoint).toBe('http://127.0.0.1:5000');
    }
  });
});
