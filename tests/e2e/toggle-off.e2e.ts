import { describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browser';
import { scrollThrough, waitForSettled, waitForTranslations } from './support/ferry-dom';
import { expectInitialBody, ferryTraces, turnOffInPopup } from './support/expectations';
import { useFerrySession } from './support/session';

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

        await turnOffInPopup(session.browser, page);
        expect(await ferryTraces(page)).toBe(0);
        await expectInitialBody(page);
      } finally {
        await page.close();
      }
    });
  }
});
