import { describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browser';
import { ferryCounts, scrollThrough, waitForSettled, waitForTranslations } from './support/ferry-dom';
import { useFerrySession } from './support/session';

describe.each(e2eBrowsers())('a page seen before in %s', (name) => {
  const session = useFerrySession(name);

  async function translateAll(path: string) {
    const page = await session.open(path);
    await waitForTranslations(page, 1);
    await scrollThrough(page);
    return { page, counts: await waitForSettled(page) };
  }

  it('is translated from the cache on reload and in a new tab, with no new requests', async () => {
    const path = '/fixtures/article-zh/page.html';
    const first = await translateAll(path);
    expect(first.counts.done).toBeGreaterThan(0);
    expect(first.counts.error).toBe(0);
    const requests = session.requestCount();
    expect(requests).toBeGreaterThan(0);

    await first.page.reload();
    await waitForTranslations(first.page, 1);
    await scrollThrough(first.page);
    expect(await waitForSettled(first.page)).toMatchObject({ done: first.counts.done, error: 0 });
    await first.page.close();

    const second = await translateAll(path);
    expect(second.counts).toMatchObject({ done: first.counts.done, error: 0 });
    await second.page.close();

    expect(session.requestCount()).toBe(requests);
  });

  it('counts cached translations in the popup', async () => {
    const { page, counts } = await translateAll('/fixtures/article-zh/page.html');
    try {
      expect(counts.units).toBeGreaterThan(0);
      const popup = await session.browser.openExtensionPage('popup.html');
      try {
        await popup.waitForSelector('[data-testid="popup-cached"]');
        // The first test cached every paragraph of this page: all of them now come from the cache.
        await popup
          .waitForFunction(
            (units) =>
              ['popup-done', 'popup-cached'].every(
                (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() === String(units),
              ),
            counts.units,
            { timeout: 10_000 },
          )
          .catch(async (error: unknown) => {
            const shown = await popup.text('[data-testid="popup-counts"]');
            throw new Error(`popup shows "${shown}", page has ${JSON.stringify(counts)}: ${String(error)}`);
          });
      } finally {
        await popup.close();
      }
      expect(await ferryCounts(page)).toMatchObject({ units: counts.units, done: counts.units });
    } finally {
      await page.close();
    }
  });
});
