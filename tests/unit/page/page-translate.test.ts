import { describe, expect, it, vi } from 'vitest';
import { createOnDeviceTranslate } from '../../../utils/on-device/translator-api';
import type { TranslateResult } from '../../../utils/messaging/protocol';
import { createPageTranslate } from '../../../utils/page/page-translate';
import type { ProviderId } from '../../../utils/settings/provider-catalog';

const fromBackground = (texts: string[]): Promise<TranslateResult[]> =>
  Promise.resolve(texts.map((text) => ({ ok: true, text: `BG(${text})`, cached: false, provider: 'microsoft' })));

/** A stand-in for Chrome's Translator API, in the state asked for. */
function fakeWindow(availability: string) {
  const created: string[] = [];
  return {
    created,
    view: {
      Translator: {
        availability: vi.fn(async () => availability),
        create: vi.fn(async ({ targetLanguage }: { targetLanguage: string }) => {
          created.push(targetLanguage);
          return { translate: async (text: string) => `ON-DEVICE(${text})` };
        }),
      },
    } as unknown as Window,
  };
}

function pageTranslate(provider: ProviderId, view: Window) {
  const background = vi.fn(fromBackground);
  const translate = createPageTranslate({ provider: () => provider, target: () => 'en', background, inPage: createOnDeviceTranslate(view) });
  return { translate, background };
}

describe('translating a page’s texts', () => {
  it('goes through the background for translators that run there', async () => {
    const { translate, background } = pageTranslate('microsoft', fakeWindow('available').view);
    await expect(translate(['你好'])).resolves.toEqual([{ ok: true, text: 'BG(你好)', cached: false, provider: 'microsoft' }]);
    expect(background).toHaveBeenCalledOnce();
  });

  it('uses Chrome’s on-device translator in the page when it is chosen and ready, making one instance', async () => {
    const fake = fakeWindow('available');
    const { translate, background } = pageTranslate('chrome-builtin', fake.view);
    await expect(translate(['你好', '谢谢'])).resolves.toEqual([
      { ok: true, text: 'ON-DEVICE(你好)', cached: false, provider: 'chrome-builtin' },
      { ok: true, text: 'ON-DEVICE(谢谢)', cached: false, provider: 'chrome-builtin' },
    ]);
    await translate(['再见']);
    expect(fake.created).toEqual(['en']);
    expect(background).not.toHaveBeenCalled();
  });

  it('hands the texts to the background (and its fallbacks) while the model is not on the device', async () => {
    for (const state of ['downloadable', 'downloading', 'unavailable']) {
      const { translate, background } = pageTranslate('chrome-builtin', fakeWindow(state).view);
      await expect(translate(['你好'])).resolves.toEqual([{ ok: true, text: 'BG(你好)', cached: false, provider: 'microsoft' }]);
      expect(background).toHaveBeenCalledOnce();
    }
    const { translate, background } = pageTranslate('chrome-builtin', {} as Window);
    await translate(['你好']);
    expect(background).toHaveBeenCalledOnce();
  });
});
