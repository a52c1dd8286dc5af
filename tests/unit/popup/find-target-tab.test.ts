import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from '#imports';
import { findTargetTab } from '@/entrypoints/popup/find-target-tab';

type Tab = Browser.tabs.Tab;
type WindowType = 'normal' | 'popup';

interface World {
  currentWindowId: number;
  windows: Record<number, WindowType>;
  tabs: Tab[];
}

let world: World;

function tab(id: number, windowId: number, url: string, lastAccessed: number, active = false): Tab {
  return {
    id,
    windowId,
    url,
    lastAccessed,
    active,
    index: 0,
    pinned: false,
    highlighted: active,
    frozen: false,
    incognito: false,
    selected: active,
    discarded: false,
    autoDiscardable: true,
    groupId: -1,
  };
}

// The fake browser keeps neither the active tab, nor window types, nor lastAccessed, so its
// tabs.query is answered from a small world that does, following the real API's filters.
beforeEach(() => {
  world = { currentWindowId: 1, windows: { 1: 'normal' }, tabs: [] };
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (info) =>
    world.tabs.filter(
      (t) =>
        (info.active === undefined || t.active === info.active) &&
        (info.currentWindow === undefined || (t.windowId === world.currentWindowId) === info.currentWindow) &&
        (info.windowType === undefined || world.windows[t.windowId] === info.windowType),
    ),
  );
});

describe('findTargetTab', () => {
  it('picks the active tab of the current window', async () => {
    world.tabs = [
      tab(1, 1, 'https://www.xiaohongshu.com/explore', 10, true),
      tab(2, 1, 'https://weibo.com/', 50),
    ];
    expect((await findTargetTab())?.id).toBe(1);
  });

  it('picks the active tab even when Ferry cannot run there, so the popup can say so', async () => {
    world.tabs = [tab(1, 1, 'chrome://extensions/', 10, true), tab(2, 1, 'https://weibo.com/', 50)];
    expect((await findTargetTab())?.id).toBe(1);
  });

  it('falls back to the most recently used web page when the popup is open in a tab', async () => {
    world.tabs = [
      tab(1, 1, 'https://zhihu.com/question/1', 30),
      tab(2, 1, 'https://weibo.com/', 40),
      tab(3, 1, 'chrome-extension://abcdef/popup.html', 99, true),
      tab(4, 1, 'chrome://settings/', 60),
    ];
    expect((await findTargetTab())?.id).toBe(2);
  });

  it('falls back across windows when the popup is detached in its own window', async () => {
    world.currentWindowId = 2;
    world.windows = { 1: 'normal', 2: 'popup', 3: 'normal' };
    world.tabs = [
      tab(1, 1, 'https://zhihu.com/', 30, true),
      tab(2, 3, 'http://news.example.cn/a.html', 45, true),
      tab(3, 2, 'moz-extension://1234/popup.html', 99, true),
    ];
    expect((await findTargetTab())?.id).toBe(2);
  });

  it('ignores web pages in non-normal windows (devtools, other popups)', async () => {
    world.currentWindowId = 2;
    world.windows = { 1: 'normal', 2: 'popup', 4: 'popup' };
    world.tabs = [
      tab(1, 1, 'https://zhihu.com/', 30, true),
      tab(2, 2, 'chrome-extension://abcdef/popup.html', 99, true),
      tab(3, 4, 'https://login.example.com/', 80, true),
    ];
    expect((await findTargetTab())?.id).toBe(1);
  });

  it('finds nothing when the only open pages are extension or browser pages', async () => {
    world.tabs = [
      tab(1, 1, 'chrome-extension://abcdef/options.html', 10, true),
      tab(2, 1, 'about:blank', 20),
    ];
    expect(await findTargetTab()).toBeUndefined();
  });
});
