import { describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browser';
import { scrollThrough, waitForSettled, waitForTranslations } from './support/ferry-dom';
import { ferryTraces } from './support/expectations';
import { useFerrySession } from './support/session';

const POPUP_TOGGLE = '[data-testid="popup-toggle"]';

describe.each(e2eBrowsers())('turning Ferry off in %s', (name) => {
  const session = useFerrySession(name);

  // clipped-boxes: Ferry also marks boxes it lets grow; those marks must go too.
  for (const path of ['/fixtures/article-zh/page.html', '/fixtures/readability-gmw/page.html', '/fixtures/clipped-boxes/page.html']) {
    it(`restores the page exactly (${path})`, async () => {
      const page = await session.open(path, { snapshotInitialBody: true });
      try {
        await waitForTranslations(page, 1);
        await scrollThrough(page);
        await waitForSettled(page);
        expect(await ferryTraces(page)).toBeGreaterThan(0);

        const popup = await session.browser.openExtensionPage('popup.html');
        try {
          await popup.waitForFunction(
            (selector) => {
              const toggle = document.querySelector<HTMLInputElement>(selector);
              return !!toggle && !toggle.disabled && toggle.checked;
            },
            POPUP_TOGGLE,
          );
          await popup.click(POPUP_TOGGLE);
          await popup.waitForFunction(
            (selector) => document.querySelector<HTMLInputElement>(selector)?.checked === false,
            POPUP_TOGGLE,
          );
        } finally {
          await popup.close();
        }

        await page.waitForFunction(() => !document.querySelector('ferry-translation, [data-ferry-id]'));
        expect(await ferryTraces(page)).toBe(0);
        const { initial, now } = await page.evaluate(() => ({
          initial: (window as unknown as { __ferryE2eInitialBody?: string }).__ferryE2eInitialBody,
          now: document.body.innerHTML,
        }));
        expect(initial).toBeTypeOf('string');
        expect(now === initial, 'body.innerHTML after turning off equals the page before Ferry').toBe(true);
      } finally {
        await page.close();
      }
    });
  }
});
