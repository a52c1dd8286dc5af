import { describe, expect, it } from 'vitest';
import { shouldTranslate } from '../../../utils/page/should-translate';
import { defaultSettings } from '../../../utils/settings/schema';

describe('shouldTranslate', () => {
  it('starts on a Chinese page and stays off on a foreign one by default', () => {
    expect(shouldTranslate(defaultSettings(), 'a.cn', true)).toBe(true);
    expect(shouldTranslate(defaultSettings(), 'a.com', false)).toBe(false);
  });

  it('lets "always" start Ferry on a page that looks foreign, even when Ferry is disabled', () => {
    const settings = { ...defaultSettings(), enabled: false, sites: { 'a.com': 'always' as const } };
    expect(shouldTranslate(settings, 'a.com', false)).toBe(true);
  });

  it('lets "never" keep Ferry off a Chinese site, and only that site', () => {
    const settings = { ...defaultSettings(), sites: { 'www.weibo.com': 'never' as const } };
    expect(shouldTranslate(settings, 'www.weibo.com', true)).toBe(false);
    expect(shouldTranslate(settings, 'www.zhihu.com', true)).toBe(true);
  });

  it('keeps Ferry off Chinese pages when it is disabled', () => {
    expect(shouldTranslate({ ...defaultSettings(), enabled: false }, 'a.cn', true)).toBe(false);
  });
});
