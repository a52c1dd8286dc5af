// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from '#imports';
import type { CacheStats, PageState } from '@/utils/messaging/protocol';
import { defaultSettings } from '@/utils/settings/schema';
import { loadSettings } from '@/utils/settings/settings-store';

// The content script is replaced by a stand-in answering over the protocol's sendMessage.
const page = vi.hoisted(() => ({
  reachable: true,
  state: null as PageState | null,
  calls: [] as [string, unknown, unknown][],
  cache: { entries: 0, bytes: 0 } as CacheStats,
}));

vi.mock('@/utils/messaging/protocol', () => {
  const sendMessage = async (type: string, data: unknown, target: unknown) => {
    if (type === 'getCacheStats') return page.cache; // the background's, not the page's
    page.calls.push([type, data, target]);
    if (!page.reachable || !page.state) throw new Error('Could not establish connection.');
    if (type === 'setPageActive') page.state = { ...page.state, active: data === true };
    if (type === 'retryFailed') {
      const { counts } = page.state;
      page.state = { ...page.state, counts: { ...counts, pending: counts.pending + counts.error, error: 0 } };
    }
    return page.state;
  };
  return {
    sendMessage,
    setTabActive: (tabId: number, active: boolean) => sendMessage('setPageActive', active, { tabId, frameId: 0 }),
    retryTabFailed: (tabId: number) => sendMessage('retryFailed', undefined, { tabId, frameId: 0 }),
  };
});

const { App } = await import('@/entrypoints/popup/app');

let root: HTMLElement;

function byTestId<T extends Element = HTMLElement>(id: string): T {
  const found = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no [data-testid=${id}]`);
  return found;
}

function activeTab(url: string): void {
  const tab = { id: 7, windowId: 1, url, active: true, lastAccessed: 1 } as Browser.tabs.Tab;
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
}

async function mount(): Promise<void> {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<App />, root);
  });
}

beforeEach(() => {
  page.cache = { entries: 0, bytes: 0 };
  page.reachable = true;
  page.calls = [];
  page.state = {
    active: true,
    chinese: true,
    host: 'www.xiaohongshu.com',
    counts: { total: 20, done: 12, pending: 3, error: 1, cached: 5 },
  };
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup App', () => {
  it('says when translations cannot be saved, and says nothing while they are', async () => {
    activeTab('https://www.xiaohongshu.com/explore/1');
    await mount();
    await vi.waitFor(() => expect(byTestId('popup-done').textContent).toBe('12'));
    expect(root.querySelector('[data-testid="popup-cache-problem"]')).toBeNull();
    render(null, root);
    root.remove();

    page.cache = { entries: 0, bytes: 0, problem: 'full' };
    await mount();
    await vi.waitFor(() => expect(byTestId('popup-cache-problem').textContent).toMatch(/not being saved \(the browser says its storage is full\)/));
  });

  it('shows the page’s counts and asks the top frame of the target tab', async () => {
    activeTab('https://www.xiaohongshu.com/explore/1');
    await mount();
    await vi.waitFor(() => expect(byTestId('popup-done').textContent).toBe('12'));
    expect(byTestId('popup-pending').textContent).toBe('3');
    expect(byTestId('popup-error').textContent).toBe('1');
    expect(byTestId('popup-cached').textContent).toBe('5');
    expect(byTestId('popup-counts').textContent).toBe(
      '12 translated · 3 pending · 1 failed · 5 from cache',
    );
    // The pipeline is loaded into the tab first (the gate loads it only where it finds Chinese).
    expect(page.calls.slice(0, 2)).toEqual([
      ['loadPipeline', { tabId: 7 }, undefined],
      ['getPageState', undefined, { tabId: 7, frameId: 0 }],
    ]);
  });

  it('switches the page off through setPageActive', async () => {
    activeTab('https://www.xiaohongshu.com/explore/1');
    await mount();
    const toggle = byTestId<HTMLInputElement>('popup-toggle');
    await vi.waitFor(() => expect(toggle.checked).toBe(true));
    await act(async () => toggle.click());
    await vi.waitFor(() => expect(toggle.checked).toBe(false));
    expect(page.calls).toContainEqual(['setPageActive', false, { tabId: 7, frameId: 0 }]);
  });

  it('offers "Retry all failed" while some paragraph failed, and asks the page to retry them', async () => {
    activeTab('https://www.xiaohongshu.com/explore/1');
    await mount();
    const retry = await vi.waitFor(() => byTestId<HTMLButtonElement>('popup-retry-failed'));
    expect(retry.textContent).toBe('Retry all failed (1)');
    await act(async () => retry.click());
    expect(page.calls).toContainEqual(['retryFailed', undefined, { tabId: 7, frameId: 0 }]);
    await vi.waitFor(() => expect(byTestId('popup-error').textContent).toBe('0'));
    expect(root.querySelector('[data-testid="popup-retry-failed"]')).toBeNull();
  });

  it('stores the site rule for the page’s host, and removes it for Automatic', async () => {
    activeTab('https://www.xiaohongshu.com/explore/1');
    await mount();
    const group = byTestId('popup-site-rule');
    await vi.waitFor(() => expect(group.hasAttribute('disabled')).toBe(false));
    const choose = (value: string) =>
      group.querySelector<HTMLInputElement>(`input[value="${value}"]`)?.click();
    await act(async () => choose('never'));
    await vi.waitFor(async () =>
      expect((await loadSettings()).sites).toEqual({ 'www.xiaohongshu.com': 'never' }),
    );
    await act(async () => choose('auto'));
    await vi.waitFor(async () => expect((await loadSettings()).sites).toEqual({}));
  });

  it('says calmly that a page loaded before install needs a reload', async () => {
    page.reachable = false;
    activeTab('https://weibo.com/');
    await mount();
    await vi.waitFor(() => expect(byTestId('popup-status').textContent).toMatch(/Reload the page/));
    expect(byTestId<HTMLInputElement>('popup-toggle').disabled).toBe(true);
    expect(root.querySelector('[data-testid=popup-counts]')).toBeNull();
  });

  it('says Ferry cannot run on a browser page', async () => {
    page.reachable = false;
    activeTab('chrome://extensions/');
    await mount();
    await vi.waitFor(() => expect(byTestId('popup-status').textContent).toMatch(/can’t run/));
    expect(byTestId('popup-site-rule').hasAttribute('disabled')).toBe(true);
  });

  it('saves the translator and the target language', async () => {
    activeTab('https://www.xiaohongshu.com/explore/1');
    await mount();
    const target = byTestId<HTMLSelectElement>('popup-target');
    await vi.waitFor(() => expect(target.disabled).toBe(false));
    await act(async () => {
      target.value = 'fr';
      target.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(async () => expect((await loadSettings()).targetLanguage).toBe('fr'));
  });

  it('keeps the old translator as the fallback when the fallback is chosen as translator', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), provider: 'microsoft', fallbacks: ['libretranslate'] },
    });
    activeTab('https://www.xiaohongshu.com/explore/1');
    await mount();
    const provider = byTestId<HTMLSelectElement>('popup-provider');
    await vi.waitFor(() => expect(provider.disabled).toBe(false));
    await act(async () => {
      provider.value = 'libretranslate';
      provider.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(async () => expect((await loadSettings()).provider).toBe('libretranslate'));
    expect((await loadSettings()).fallbacks).toEqual(['microsoft']);
  });
});
