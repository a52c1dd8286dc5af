import { describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browser';
import { scrollThrough, waitForSettled, waitForTranslations } from './support/ferry-dom';
import { expectMarkedBlocksTranslated } from './support/expectations';
import { useFerrySession } from './support/session';

describe.each(e2eBrowsers())('an English page with two Chinese paragraphs in %s', (name) => {
  const session = useFerrySession(name);

  it('gets exactly those two paragraphs translated', async () => {
    const page = await session.open('/fixtures/mixed-en-zh/page.html');
    try {
      await waitForTranslations(page, 2);
      await scrollThrough(page);
      await waitForSettled(page, { quietMs: 500 });
      const units = await expectMarkedBlocksTranslated(page, session.translator);
      expect(units).toHaveLength(2);
      expect(session.translator.batches().flat()).toHaveLength(2);
    } finally {
      await page.close();
    }
  });
});
