import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eBrowsers, launchFerryBrowser, type BrowserName, type FerryBrowser } from './browser';
import { corpusPages, corpusProblems, formatCorpusResult, measureCorpusPage } from './corpus';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { startTranslator, type E2eTranslator } from './translator-mock';

/**
 * The corpus test for one browser: every real page, measured as `npm run coverage` measures it.
 * One file per browser so the two run side by side.
 */
export function defineCorpusSuite(name: BrowserName): void {
  describe.skipIf(!e2eBrowsers().includes(name))(`the corpus of real pages in ${name}`, () => {
    let browser: FerryBrowser;
    let server: FixtureServer;
    let translator: E2eTranslator;

    beforeAll(async () => {
      [server, translator] = await Promise.all([startFixtureServer(), startTranslator()]);
      browser = await launchFerryBrowser(name);
      await browser.setSettings(translator.settings());
    });
    afterAll(async () => {
      await browser?.close();
      await Promise.all([server?.close(), translator?.close()]);
    });

    const pages = corpusPages();
    it.each(pages.map((page) => [page.name, page] as const))(
      '%s: translated, on the right paragraphs, never nested (none on ja-*)',
      async (_, page) => {
        const result = await measureCorpusPage(browser, server, translator, page);
        console.log(formatCorpusResult(result));
        expect(corpusProblems(result)).toEqual([]);
      },
      180_000,
    );
  });
}
