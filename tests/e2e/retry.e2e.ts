import { describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browser';
import { ferryCounts, waitForSettled } from './support/ferry-dom';
import { expectMarkedBlocksTranslated } from './support/expectations';
import { useFerrySession } from './support/session';

const RETRY = 'ferry-translation[data-state=error] button';

describe.each(e2eBrowsers())('a failing translator in %s', (name) => {
  const session = useFerrySession(name);

  it('shows an error with a retry control; retry re-sends just that unit, and the popup retries all the rest', async () => {
    session.translator.mock.setFailure('server-error');
    const page = await session.open('/fixtures/retry-zh/page.html');
    try {
      const marked = await page.count('[data-expect="unit"]');
      // Transient errors are retried with backoff before a unit is given up on.
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('ferry-translation[data-state="error"]').length === n &&
          !document.querySelector('ferry-translation[data-state="pending"]'),
        marked,
        { timeout: 90_000 },
      );
      expect(await page.count(RETRY)).toBe(marked);

      session.translator.mock.setFailure(null);
      const requestsBefore = session.requestCount();
      await page.click(RETRY);
      await page.waitForFunction(
        () => document.querySelectorAll('ferry-translation[data-state="done"]').length === 1,
        undefined,
        { timeout: 30_000 },
      );
      await waitForSettled(page);
      expect(await ferryCounts(page)).toMatchObject({ done: 1, error: marked - 1, pending: 0 });
      // Just that unit: one request carrying one text.
      expect(session.translator.batches().slice(requestsBefore).flat()).toHaveLength(1);

      // The rest with one click: the popup's "Retry all failed", in one request.
      const before = session.requestCount();
      const popup = await session.browser.openExtensionPage('popup.html');
      try {
        const retryAll = '[data-testid="popup-retry-failed"]';
        await popup.waitForFunction((selector) => document.querySelector(selector)?.textContent?.includes(' failed ('), retryAll);
        await popup.click(retryAll);
        await page.waitForFunction(() => !document.querySelector('ferry-translation[data-state="error"]'), undefined, { timeout: 30_000 });
        await popup.waitForFunction((selector) => !document.querySelector(selector), retryAll);
      } finally {
        await popup.close();
      }
      expect(session.translator.batches().slice(before).flat()).toHaveLength(marked - 1);
      await waitForSettled(page, { minDone: marked });
      await expectMarkedBlocksTranslated(page, session.translator);
    } finally {
      session.translator.mock.setFailure(null);
      await page.close();
    }
  });
});
