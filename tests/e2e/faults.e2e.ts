import { describe, expect, it } from 'vitest';
import type { FailureSpec } from '../mocks/mock-server';
import { e2eBrowsers } from './support/browser';
import { scrollThrough, waitForSettled } from './support/ferry-dom';
import { useFerrySession } from './support/session';

/** Any unit of the page ever shown as failed, since the page started (a reader would have seen it). */
function watchForErrors(): void {
  const seen = { error: false };
  (window as unknown as { __ferryE2eSawError: typeof seen }).__ferryE2eSawError = seen;
  new MutationObserver(() => {
    if (document.querySelector('ferry-translation[data-state="error"]')) seen.error = true;
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
}

/** Units the reader can see that have no finished translation (hidden ones are never asked for). */
function shownUntranslated(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-ferry-id]')]
    .filter((unit) => unit.checkVisibility())
    .filter((unit) => {
      const translation = unit instanceof HTMLInputElement ? unit.nextElementSibling : unit.querySelector(':scope > ferry-translation');
      return translation?.getAttribute('data-state') !== 'done';
    })
    .map((unit) => (unit.textContent ?? '').slice(0, 40));
}

const sawError = () => (window as unknown as { __ferryE2eSawError?: { error: boolean } }).__ferryE2eSawError?.error ?? null;

// A translator that misbehaves for a while: the reader sees every paragraph translated, and never
// an error on the way. Each scenario reads its own page (what one caches, the next must ask for).
describe.each(e2eBrowsers())('a translator that misbehaves, in %s', (name) => {
  const session = useFerrySession(name);

  it.each<[string, string, FailureSpec]>([
    ['malformed JSON, twice', '/fixtures/retry-zh/page.html', { mode: 'malformed-json', times: 2 }],
    ['one translation missing, twice', '/fixtures/article-zh/page.html', { mode: 'fewer-items', times: 2 }],
    ['a connection that hangs', '/fixtures/zh-hant-cna/page.html', { mode: 'hang', times: 1 }],
  ])('recovers from %s: every paragraph translated, none ever shown failed', async (_label, path, failure) => {
    session.translator.mock.setFailure(failure);
    const page = await session.open(path);
    try {
      await page.evaluate(watchForErrors);
      // A hung request is dropped after 10 s and asked again.
      await waitForSettled(page, { minDone: 1, timeout: 45_000 });
      await scrollThrough(page);
      const counts = await waitForSettled(page, { minDone: 1, timeout: 45_000 });
      expect(counts).toMatchObject({ pending: 0, error: 0 });
      expect(counts.done).toBeGreaterThan(0);
      expect(await page.evaluate(shownUntranslated)).toEqual([]);
      expect(await page.evaluate(sawError)).toBe(false);
    } finally {
      session.translator.mock.setFailure(null);
      await page.close();
    }
  });
});

// The MV3 service worker stopped while a batch is out: the page sends it again, quietly. (In
// Firefox the test harness can only reload the whole extension, which ends the page's scripts too.)
describe.each(e2eBrowsers().filter((name) => name === 'chromium'))('the background stopped in the middle of a batch, in %s', (name) => {
  const session = useFerrySession(name, { delayMs: 1_500 });

  it('ends with every paragraph translated and no error shown', async () => {
    const page = await session.open('/fixtures/text-runs/page.html');
    try {
      await page.evaluate(watchForErrors);
      await page.waitForFunction(() => document.querySelector('ferry-translation[data-state="pending"]'));
      await session.browser.restartBackground();
      await waitForSettled(page, { minDone: 1, timeout: 30_000 });
      await scrollThrough(page);
      const counts = await waitForSettled(page, { minDone: 1, timeout: 30_000 });
      expect(counts).toMatchObject({ pending: 0, error: 0 });
      expect(counts.done).toBeGreaterThan(0);
      expect(await page.evaluate(shownUntranslated)).toEqual([]);
      expect(await page.evaluate(sawError)).toBe(false);
    } finally {
      await page.close();
    }
  });
});
