// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPageLanguage } from '../../../utils/detect/page-gate';
import type { WakeReason } from '../../../utils/gate/gate-channel';
import { startGate } from '../../../utils/gate/page-gate-watch';
import { readPageSwitches, type PageSwitches } from '../../../utils/settings/page-switches';

const ENGLISH = '<p>The ferry pier reopened this morning after three months of repairs to its floating bridge.</p>'.repeat(5);
const CHINESE = '<p>今天上午九点，停运了三个月的渡口码头重新开放，第一班渡船准时离岸。</p>';

let controller: AbortController;
afterEach(() => controller?.abort());

function gate(body: string, settings: PageSwitches = readPageSwitches({})) {
  document.body.innerHTML = body;
  controller = new AbortController();
  const wakes: WakeReason[] = [];
  let listener: ((next: PageSwitches) => void) | undefined;
  startGate({
    doc: document,
    host: 'news.example.com',
    readLanguage: readPageLanguage,
    settings,
    watchSettings: (l) => {
      listener = l;
      return () => (listener = undefined);
    },
    wake: (reason) => wakes.push(reason),
    signal: controller.signal,
  });
  return { wakes, changeSettings: (next: PageSwitches) => listener?.(next), listening: () => listener !== undefined };
}

describe('startGate', () => {
  it('wakes the pipeline at once on a Chinese page, and stops listening', () => {
    const { wakes, listening } = gate(CHINESE.repeat(3));
    expect(wakes).toEqual(['page']);
    expect(listening()).toBe(false);
  });

  it('stays asleep on an English page until Chinese arrives', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { wakes } = gate(ENGLISH);
      expect(wakes).toEqual([]);
      const more = document.createElement('div');
      more.innerHTML = '<p>More English text arrives in the feed.</p>';
      document.body.append(more);
      await vi.advanceTimersByTimeAsync(1000);
      expect(wakes).toEqual([]);
      const feed = document.createElement('section');
      feed.innerHTML = CHINESE.repeat(8);
      document.body.append(feed);
      await vi.advanceTimersByTimeAsync(1000);
      expect(wakes).toEqual(['page']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows the reader’s settings: off stays asleep, "always" wakes an English page', () => {
    expect(gate(CHINESE.repeat(3), readPageSwitches({ enabled: false })).wakes).toEqual([]);
    controller.abort();
    expect(gate(ENGLISH, readPageSwitches({ sites: { 'news.example.com': 'always' } })).wakes).toEqual(['page']);
    controller.abort();
    const { wakes, changeSettings } = gate(ENGLISH);
    changeSettings(readPageSwitches({ sites: { 'news.example.com': 'always' } }));
    expect(wakes).toEqual(['page']);
  });

  it('wakes for the write-back shortcut in a field, keeping the key from the page, never in a password field', () => {
    const { wakes } = gate(`${ENGLISH}<textarea></textarea><input type="password">`);
    const pageSaw: string[] = [];
    document.addEventListener('keydown', (event) => pageSaw.push(event.key));
    const press = (target: Element) => {
      const event = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', altKey: true, bubbles: true, cancelable: true });
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(press(document.querySelector('input')!)).toBe(false);
    expect(wakes).toEqual([]);
    expect(press(document.querySelector('textarea')!)).toBe(true);
    expect(wakes).toEqual(['compose']);
    expect(pageSaw).toEqual(['Enter']);
  });
});
