// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/utils/settings/schema';
import { loadSettings } from '@/utils/settings/settings-store';

// The background is replaced by a stand-in cache answering over the protocol's sendMessage.
const cache = vi.hoisted(() => ({ entries: 42, bytes: 5000 }));
vi.mock('@/utils/messaging/protocol', () => ({
  sendMessage: async (type: string) => {
    if (type === 'clearCache') Object.assign(cache, { entries: 0, bytes: 0 });
    return { ...cache };
  },
}));

const { App } = await import('@/entrypoints/options/app');

let root: HTMLElement;

function byTestId<T extends Element = HTMLElement>(id: string): T {
  const found = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no [data-testid=${id}]`);
  return found;
}

async function commit(input: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

beforeEach(async () => {
  Object.assign(cache, { entries: 42, bytes: 5000 });
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<App />, root);
  });
  await vi.waitFor(() => byTestId('options-endpoint-libretranslate'));
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('options App', () => {
  it('saves a valid endpoint and says so', async () => {
    await commit(byTestId('options-endpoint-libretranslate'), 'http://10.0.0.2:5000');
    await vi.waitFor(async () =>
      expect((await loadSettings()).providers.libretranslate.endpoint).toBe('http://10.0.0.2:5000'),
    );
    await vi.waitFor(() => expect(byTestId('options-saved').textContent).toBe('Saved'));
  });

  it('refuses an invalid endpoint inline while other fields still save', async () => {
    await commit(byTestId('options-endpoint-libretranslate'), 'ftp://nope');
    expect(byTestId('options-endpoint-libretranslate-error').textContent).toMatch(/http/);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();

    await commit(byTestId('options-endpoint-microsoft'), 'https://proxy.example.com');
    await vi.waitFor(async () =>
      expect((await loadSettings()).providers.microsoft.endpoint).toBe('https://proxy.example.com'),
    );
    expect((await loadSettings()).providers.libretranslate).toEqual(defaultSettings().providers.libretranslate);
  });

  it('saves the display style', async () => {
    const highlight = byTestId('options-style').querySelector<HTMLInputElement>('[value=highlight]');
    await act(async () => highlight?.click());
    await vi.waitFor(async () => expect((await loadSettings()).display.style).toBe('highlight'));
  });

  it('shows the cache size and clears it', async () => {
    await vi.waitFor(() => expect(byTestId('options-cache-entries').textContent).toBe('42'));
    expect(byTestId('options-cache-bytes').textContent).toBe('4.9 KB');
    await act(async () => byTestId('options-cache-clear').click());
    await vi.waitFor(() => expect(byTestId('options-cache-entries').textContent).toBe('0'));
  });

  it('lists site rules and removes one', async () => {
    await act(async () => {
      await fakeBrowser.storage.local.set({
        settings: { ...defaultSettings(), sites: { 'weibo.com': 'always', 'zhihu.com': 'never' } },
      });
    });
    await vi.waitFor(() => expect(root.querySelectorAll('.site-row')).toHaveLength(2));
    const remove = root.querySelector<HTMLButtonElement>('[data-host="weibo.com"] button');
    await act(async () => remove?.click());
    await vi.waitFor(async () => expect((await loadSettings()).sites).toEqual({ 'zhihu.com': 'never' }));
  });

  it('keeps the old translator as the fallback when the fallback is chosen as translator', async () => {
    await act(async () => {
      await fakeBrowser.storage.local.set({
        settings: { ...defaultSettings(), provider: 'microsoft', fallbacks: ['libretranslate'] },
      });
    });
    await vi.waitFor(() =>
      expect(byTestId('options-fallbacks').querySelector('[data-provider=libretranslate]')).not.toBeNull(),
    );
    const provider = byTestId<HTMLSelectElement>('options-provider');
    await act(async () => {
      provider.value = 'libretranslate';
      provider.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(async () => expect((await loadSettings()).provider).toBe('libretranslate'));
    expect((await loadSettings()).fallbacks).toEqual(['microsoft']);
    await vi.waitFor(() =>
      expect(byTestId('options-fallbacks').querySelector('[data-provider=microsoft]')).not.toBeNull(),
    );
  });

  it('shows the writing shortcut, records a new one from the keys pressed, and saves the Chinese to write', async () => {
    const shortcut = byTestId<HTMLInputElement>('options-compose-shortcut');
    expect(shortcut.value).toBe('Alt+Enter');
    await act(async () => {
      shortcut.focus();
      shortcut.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', code: 'ShiftLeft', shiftKey: true, bubbles: true }));
      shortcut.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', code: 'KeyK', ctrlKey: true, shiftKey: true, bubbles: true }));
    });
    await vi.waitFor(async () => expect((await loadSettings()).compose.shortcut).toBe('Ctrl+Shift+K'));
    const chinese = byTestId<HTMLSelectElement>('options-compose-chinese');
    await act(async () => {
      chinese.value = 'zh-Hant';
      chinese.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(async () => expect((await loadSettings()).compose).toMatchObject({ shortcut: 'Ctrl+Shift+K', chinese: 'zh-Hant' }));
  });
});
