import { describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browser';
import { corpusPages, measureCorpusPage } from './support/corpus';
import { scrollThrough, waitForSettled, waitForTranslations } from './support/ferry-dom';
import { expectMarkedBlocksTranslated } from './support/expectations';
import { useFerrySession } from './support/session';
import { batchStats } from './support/translator-mock';

describe.each(e2eBrowsers())('a Chinese article in %s', (name) => {
  const session = useFerrySession(name);

  it('gets a done translation under each paragraph, each the translation of its own paragraph', async () => {
    const page = await session.open('/fixtures/article-zh/page.html');
    try {
      await waitForTranslations(page, 1);
      await scrollThrough(page);
      await waitForSettled(page);
      const units = await expectMarkedBlocksTranslated(page, session.translator);
      expect(units).toHaveLength(36);
    } finally {
      await page.close();
    }
  });

  it('sends a long real article in batches of 10+ texts on average, never the same text twice', async () => {
    const before = session.requestCount();
    const gmw = corpusPages().find((p) => p.name === 'readability-gmw');
    expect(gmw).toBeDefined();
    const result = await measureCorpusPage(session.browser, session.server, session.translator, gmw!);
    expect(result.failure).toBeUndefined();
    const stats = batchStats(session.translator.batches().slice(before));
    expect(stats.requests).toBeGreaterThan(0);
    expect(stats.duplicates).toEqual([]);
    expect(stats.textsPerRequest).toBeGreaterThanOrEqual(10);
    expect(result.wrong).toBe(0);
  });
});
