import { describe, expect, it } from 'vitest';
import type { PageState } from '@/utils/messaging/protocol';
import { describePage } from '@/entrypoints/popup/describe-page';

function state(active: boolean, chinese: boolean, counts: Partial<PageState['counts']> = {}): PageState {
  return {
    active,
    chinese,
    host: 'www.xiaohongshu.com',
    counts: { total: 0, done: 0, pending: 0, error: 0, cached: 0, ...counts },
  };
}

const web = 'https://www.xiaohongshu.com/explore';

describe('describePage', () => {
  it('says a browser page is closed to extensions', () => {
    const status = describePage({ reach: 'unreachable', state: null, url: 'chrome://settings', siteRule: undefined });
    expect(status.message).toMatch(/can’t run on this page/);
  });

  it('asks for a reload when a web page does not answer (opened before Ferry was installed)', () => {
    const status = describePage({ reach: 'unreachable', state: null, url: web, siteRule: undefined });
    expect(status).toEqual({ tone: 'warn', message: expect.stringMatching(/Reload the page/) });
  });

  it('asks for a web page when there is no target tab', () => {
    const status = describePage({ reach: 'unreachable', state: null, url: undefined, siteRule: undefined });
    expect(status.message).toMatch(/Open a web page/);
  });

  it('invites turning Ferry on for a Chinese page that is off', () => {
    const status = describePage({ reach: 'ready', state: state(false, true), url: web, siteRule: undefined });
    expect(status.message).toMatch(/Chinese found/);
  });

  it('names the site rule when the site is set to never', () => {
    const status = describePage({ reach: 'ready', state: state(false, true), url: web, siteRule: 'never' });
    expect(status.message).toMatch(/never translate/);
  });

  it('reports translating, failures, and completion from the counts', () => {
    const busy = state(true, true, { total: 5, done: 2, pending: 3 });
    const failed = state(true, true, { total: 5, done: 4, error: 1 });
    const done = state(true, true, { total: 5, done: 5 });
    expect(describePage({ reach: 'ready', state: busy, url: web, siteRule: undefined }).tone).toBe('busy');
    expect(describePage({ reach: 'ready', state: failed, url: web, siteRule: undefined }).tone).toBe('warn');
    expect(describePage({ reach: 'ready', state: done, url: web, siteRule: undefined }).tone).toBe('done');
  });
});
