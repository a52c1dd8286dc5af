import { describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browser';
import { ferryCounts, waitForSettled, waitForTranslations } from './support/ferry-dom';
import { useFerrySession } from './support/session';

const testId = (id: string) => `[data-testid="${id}"]`;

describe.each(e2eBrowsers())('the popup in %s', (name) => {
  const session = useFerrySession(name);

  it("shows the page's progress and turns translation off", async () => {
    const page = await session.open('/fixtures/article-zh/page.html');
    try {
      await waitForTranslations(page, 1);
      const counts = await waitForSettled(page);

      const popup = await session.browser.openExtensionPage('popup.html');
      try {
        await popup.waitForSelector(testId('popup-counts'));
        await popup.waitForFunction(
          ({ selector, done }) => document.querySelector(selector)?.textContent?.trim() === String(done),
          { selector: testId('popup-done'), done: counts.done },
        );
        expect((await popup.text(testId('popup-pending')))?.trim()).toBe('0');
        expect((await popup.text(testId('popup-error')))?.trim()).toBe('0');
        expect(
          await popup.evaluate((s) => document.querySelector<HTMLSelectElement>(s)?.value, testId('popup-provider')),
        ).toBe('microsoft');
        expect(
          await popup.evaluate((s) => document.querySelector<HTMLSelectElement>(s)?.value, testId('popup-target')),
        ).toBe('en');
        for (const id of ['popup-status', 'popup-site-rule', 'popup-open-options']) {
          expect(await popup.count(testId(id)), id).toBe(1);
        }

        await popup.waitForFunction((s) => {
          const toggle = document.querySelector<HTMLInputElement>(s);
          return !!toggle && !toggle.disabled && toggle.checked;
        }, testId('popup-toggle'));
        await popup.click(testId('popup-toggle'));
        await page.waitForFunction(() => !document.querySelector('ferry-translation, [data-ferry-id]'));
        await popup.waitForFunction(
          (s) => document.querySelector<HTMLInputElement>(s)?.checked === false,
          testId('popup-toggle'),
        );
      } finally {
        await popup.close();
      }
      expect(await ferryCounts(page)).toMatchObject({ units: 0, translations: 0 });
    } finally {
      await page.close();
    }
  });
});
