import { describe, expect, it } from 'vitest';
import { chooseProvider } from '@/utils/settings/choose-provider';
import { defaultSettings, type Settings } from '@/utils/settings/schema';

function settings(change: Partial<Settings>): Settings {
  return { ...defaultSettings(), ...change };
}

describe('chooseProvider', () => {
  it('swaps a fallback chosen as main with the old main, so Microsoft→LibreTranslate becomes LibreTranslate→Microsoft', () => {
    const before = settings({ provider: 'microsoft', fallbacks: ['libretranslate'] });
    expect(chooseProvider(before, 'libretranslate')).toEqual(
      settings({ provider: 'libretranslate', fallbacks: ['microsoft'] }),
    );
  });

  it('leaves the chain alone when the new main was not a fallback', () => {
    const before = settings({ provider: 'microsoft', fallbacks: [] });
    expect(chooseProvider(before, 'libretranslate')).toEqual(
      settings({ provider: 'libretranslate', fallbacks: [] }),
    );
  });

  it('changes nothing when the main translator is chosen again', () => {
    const before = settings({ provider: 'microsoft', fallbacks: ['libretranslate'] });
    expect(chooseProvider(before, 'microsoft')).toBe(before);
  });

  it('keeps every other field and does not touch its input', () => {
    const before = settings({ provider: 'microsoft', fallbacks: ['libretranslate'], sites: { 'weibo.com': 'never' } });
    const copy = structuredClone(before);
    const after = chooseProvider(before, 'libretranslate');
    expect(before).toEqual(copy);
    expect(after.sites).toEqual({ 'weibo.com': 'never' });
    expect(after.providers).toEqual(before.providers);
  });
});
