// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { matchesHost } from '../../../utils/sites/site-adapter';
import { SITE_ADAPTERS, adapterForHost } from '../../../utils/sites/site-table';

describe('the site table', () => {
  it('is sorted by id, with unique ids and domains', () => {
    const ids = SITE_ADAPTERS.map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const domains = SITE_ADAPTERS.flatMap((a) => a.domains);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))('%s: every field is filled and every selector parses', (_, adapter) => {
    expect(adapter.name).not.toBe('');
    expect(adapter.domains.length).toBeGreaterThan(0);
    for (const domain of adapter.domains) expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(adapter.checkedOn.length).toBeGreaterThan(0);
    expect(adapter.content.length).toBeGreaterThan(0);
    for (const selector of [...adapter.content, ...adapter.regions, ...adapter.chrome, ...adapter.compact]) {
      expect(() => document.querySelector(selector), selector).not.toThrow();
    }
    // A selector in two lists would be both content and chrome.
    const chrome = new Set(adapter.chrome);
    expect(adapter.content.filter((s) => chrome.has(s))).toEqual([]);
  });

  it('matches a site by its domains and their subdomains, and nothing that merely looks alike', () => {
    const rednote = SITE_ADAPTERS.find((a) => a.id === 'rednote')!;
    for (const host of ['xiaohongshu.com', 'www.xiaohongshu.com', 'rednote.com', 'www.rednote.com', 'WWW.XIAOHONGSHU.COM.']) {
      expect(matchesHost(rednote, host), host).toBe(true);
    }
    for (const host of ['evilxiaohongshu.com', 'xiaohongshu.com.evil.net', 'rednote.co', 'example.com']) {
      expect(matchesHost(rednote, host), host).toBe(false);
    }
    expect(adapterForHost('www.rednote.com')?.id).toBe('rednote');
    expect(adapterForHost('www.zhihu.com')).toBeUndefined();
  });
});
