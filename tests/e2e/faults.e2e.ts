import { describe, expect, it } from 'vitest';
import type { FailureSpec } from '../mocks/mock-server';
import { e2eBrowsers, type PageLike } from './support/browser';
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

/** Scrolls the page through and checks the reader saw every paragraph translated, none ever failed. */
async function expectAllTranslatedNoErrorSeen(page: PageLike, timeout: number): Promise<void> {
  await waitForSettled(page, { minDone: 1, timeout });
  await scrollThrough(page);
  const counts = await waitForSettled(page, { minDone: 1, timeout });
  expect(counts).toMatchObject({ pending: 0, error: 0 });
  expect(counts.done).toBeGreaterThan(0);
  expect(await page.evaluate(shownUntranslated)).toEqual([]);
  expect(await page.evaluate(sawError)).toBe(false);
}

// A translator that misbehaves for a while: the reader sees every paragraph translated, and never
// an error on the way. Each scenario reads its own page (what one caches, the next must ask for).
describe.each(e2eBrowsers())('a translator that misbehaves, in %s', (name) => {
  const session = useFerrySession(name);

  it.each<[string, string, FailureSpec]>([
    ['malformed JSON, twice', '/fixtures/retry-zh/page.html', { mode: 'malformed-json', times: 2 }],
    ['one translation missing, twice', '/fixtures/article-zh/page.html', { mode: 'fewer-items', times: 2 }],
    ['a connection that hangs', '/fixtures/zh-hant-cna/page.html', { mode: 'hang', times: 1 }],
    ['429 with Retry-After, twice', '/fixtures/readability-gmw/page.html', { mode: 'rate-limit', times: 2, retryAfter: '1' }],
    ['500, twice', '/fixtures/text-runs/page.html', { mode: 'server-error', times: 2 }],
    ['a 10 MB reply', '/fixtures/code-blocks/page.html', { mode: 'oversized', times: 1 }],
  ])('recovers from %s: every paragraph translated, none ever shown failed', async (_label, path, failure) => {
    session.translator.mock.setFailure(failure);
    const page = await session.open(path);
    try {
      await page.evaluate(watchForErrors);
      // A hung request is dropped after 10 s and asked again.
      await expectAllTranslatedNoErrorSeen(page, 45_000);
    } finally {
      session.translator.mock.setFailure(null);
      await page.close();
    }
  });

  it('shows markup and script in replies as text, never runs or parses them', async () => {
    session.translator.mock.setFailure({ mode: 'hostile' });
    const page = await session.open('/fixtures/clipped-boxes/page.html');
    try {
      const counts = await waitForSettled(page, { minDone: 1 });
      expect(counts).toMatchObject({ pending: 0, error: 0 });
      const shown = await page.evaluate(() => {
        const nodes = [...document.querySelectorAll('ferry-translation')];
        return {
          ran: (window as unknown as { ferryHostileRan?: number }).ferryHostileRan ?? null,
          elements: nodes.reduce((sum, node) => sum + node.querySelectorAll('img, script, b').length, 0),
          asText: nodes.filter((node) => node.textContent?.includes('<img src=x onerror=')).length,
          units: document.querySelectorAll('[data-ferry-id]').length,
          translations: nodes.length,
        };
      });
      expect(shown.ran).toBeNull();
      expect(shown.elements).toBe(0);
      expect(shown.asText).toBe(counts.done);
      // '</ferry-translation>' in a reply closes nothing: one translation per unit, no more.
      expect(shown.translations).toBe(shown.units);
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
      await expectAllTranslatedNoErrorSeen(page, 30_000);
    } finally {
      await page.close();
    }
  });
});

/**
 * Runs in the extension (Chromium: its service worker; Firefox: a page, reaching the background
 * page): deletes the translation cache's database under the open background, and with 'break'
 * makes the background's IndexedDB refuse to open it again, as a broken profile does.
 */
async function cacheInBackground(action: 'delete' | 'break'): Promise<string> {
  const scope = globalThis as unknown as { document?: unknown; browser?: { runtime: { getBackgroundPage(): Promise<typeof globalThis> } } };
  const background = scope.document === undefined ? globalThis : await scope.browser!.runtime.getBackgroundPage();
  const factory = background.indexedDB;
  await new Promise<void>((resolve, reject) => {
    const request = factory.deleteDatabase('ferry-translations');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
  if (action === 'break') {
    factory.open = () => {
      throw new DOMException('The database is unavailable.', 'UnknownError');
    };
  }
  return action;
}

describe.each(e2eBrowsers())('the translation cache failing, in %s', (name) => {
  const session = useFerrySession(name);

  it('deleted under an open page, is made again; unavailable, translation goes on uncached and the popup says so', async () => {
    const first = await session.open('/fixtures/article-zh/page.html');
    await waitForSettled(first, { minDone: 1 });
    await first.close();

    // Deleted while Ferry runs: the next page is translated and cached again.
    expect(await session.browser.evaluateInExtension(cacheInBackground, 'delete')).toBe('delete');
    const second = await session.open('/fixtures/zh-hant-cna/page.html');
    expect(await waitForSettled(second, { minDone: 1 })).toMatchObject({ pending: 0, error: 0 });
    await second.close();
    const cached = session.requestCount();
    const again = await session.open('/fixtures/zh-hant-cna/page.html');
    await waitForSettled(again, { minDone: 1 });
    await again.close();
    expect(session.requestCount()).toBe(cached);

    // Unavailable: every paragraph still translated, none cached, and the popup says so.
    expect(await session.browser.evaluateInExtension(cacheInBackground, 'break')).toBe('break');
    const third = await session.open('/fixtures/text-runs/page.html');
    try {
      const counts = await waitForSettled(third, { minDone: 1 });
      expect(counts).toMatchObject({ pending: 0, error: 0 });
      const popup = await session.browser.openExtensionPage('popup.html');
      try {
        await popup.waitForSelector('[data-testid="popup-cache-problem"]');
        expect(await popup.text('[data-testid="popup-cache-problem"]')).toMatch(/not being saved/);
      } finally {
        await popup.close();
      }
    } finally {
      await third.close();
    }
    const uncached = session.requestCount();
    const fourth = await session.open('/fixtures/text-runs/page.html');
    await waitForSettled(fourth, { minDone: 1 });
    await fourth.close();
    expect(session.requestCount()).toBeGreaterThan(uncached);
  });
});

// Settings damaged in storage.local (the 1,000-value fuzz is tests/unit/settings/settings-fuzz):
// here the real background and page read them, and the reader's key survives.
describe.each(e2eBrowsers())('damaged settings, in %s', (name) => {
  const session = useFerrySession(name);

  it.each<[string, (good: Record<string, unknown>) => unknown]>([
    ['a truncated JSON string', (good) => JSON.stringify(good).slice(0, 40)],
    ['fields of the wrong type, from a newer Ferry', (good) => ({ ...good, version: 99, enabled: 'yes', targetLanguage: 42, sites: [] })],
  ])('translates all the same with %s, and never loses a key by repair', async (_label, damage) => {
    const good = (await session.browser.getSettings())!;
    const withKey = { ...good, providers: { ...(good.providers as object), deepl: { endpoint: '', apiKey: 'user-deepl-key:fx', model: '' } } };
    await session.browser.setSettings(damage(withKey) as Record<string, unknown>);
    try {
      const page = await session.open('/fixtures/article-zh/page.html?damaged');
      try {
        // The bad fields fall back to their defaults; the translator's endpoint, where it was kept, still works.
        const counts = await waitForSettled(page, { minDone: 1 });
        expect(counts).toMatchObject({ pending: 0, error: 0 });
      } finally {
        await page.close();
      }
      // Nothing was written back over what the reader had.
      expect(await session.browser.getSettings()).toEqual(damage(withKey));
    } finally {
      await session.browser.setSettings(good);
    }
  });
});
