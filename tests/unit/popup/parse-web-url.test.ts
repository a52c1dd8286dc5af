import { describe, expect, it } from 'vitest';
import { parseWebUrl } from '@/entrypoints/popup/parse-web-url';

describe('parseWebUrl', () => {
  it.each([
    ['https://www.xiaohongshu.com/explore/1', 'www.xiaohongshu.com'],
    ['http://127.0.0.1:8080/page.html', '127.0.0.1'],
    ['HTTPS://Weibo.com/', 'weibo.com'],
  ])('reads %s as a web page on %s', (url, host) => {
    expect(parseWebUrl(url)?.hostname).toBe(host);
  });

  it.each([
    ['chrome://extensions/'],
    ['about:blank'],
    ['chrome-extension://abcdef/popup.html'],
    ['moz-extension://1234/options.html'],
    ['file:///home/me/page.html'],
    ['view-source:https://weibo.com/'],
    ['not a url'],
    [''],
    [undefined],
  ])('does not read %s as a web page', (url) => {
    expect(parseWebUrl(url)).toBeUndefined();
  });
});
