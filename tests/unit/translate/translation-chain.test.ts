import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../utils/settings/schema';
import { getProvider } from '../../../utils/translate/registry';
import { chainFromSettings } from '../../../utils/translate/translation-chain';

describe('chainFromSettings', () => {
  it('puts the chosen provider first, then the fallbacks, with their settings and the target language', () => {
    const settings = defaultSettings();
    settings.provider = 'libretranslate';
    settings.fallbacks = ['microsoft'];
    settings.targetLanguage = 'de';
    settings.providers.libretranslate.apiKey = 'k';
    const chain = chainFromSettings(settings);
    expect(chain.links.map((link) => link.provider)).toEqual([
      getProvider('libretranslate'),
      getProvider('microsoft'),
    ]);
    expect(chain.links[0]?.config.apiKey).toBe('k');
    expect(chain).toMatchObject({ from: 'auto', to: 'de' });
  });

  it('lists a provider once even when it is also named as a fallback', () => {
    const settings = defaultSettings();
    settings.fallbacks = ['microsoft', 'libretranslate', 'libretranslate'];
    expect(chainFromSettings(settings).links.map((link) => link.provider.id)).toEqual(['microsoft', 'libretranslate']);
  });
});
