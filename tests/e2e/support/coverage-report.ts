import { e2eBrowsers, launchFerryBrowser, type BrowserName } from './browser';
import { corpusPages, corpusProblems, formatCorpusResult, measureCorpusPage, type CorpusResult } from './corpus';
import { startFixtureServer } from './fixture-server';
import { batchStats, startTranslator } from './translator-mock';

export interface CoverageReportOptions {
  browsers?: BrowserName[];
  /** Only pages whose name contains one of these. */
  only?: string[];
  log?: (line: string) => void;
}

/**
 * `npm run coverage`: measures every corpus page in each browser and prints one line per page per
 * browser. Returns the results and whether every page meets the corpus test's bar.
 */
export async function runCoverageReport(options: CoverageReportOptions = {}): Promise<{ results: CorpusResult[]; ok: boolean }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const browsers = options.browsers ?? e2eBrowsers();
  const pages = corpusPages().filter((page) => !options.only?.length || options.only.some((o) => page.name.includes(o)));
  const results: CorpusResult[] = [];
  let ok = true;
  const server = await startFixtureServer();
  try {
    for (const name of browsers) {
      const translator = await startTranslator();
      const browser = await launchFerryBrowser(name);
      try {
        await browser.setSettings(translator.settings());
        for (const page of pages) {
          const result = await measureCorpusPage(browser, server, translator, page);
          results.push(result);
          const problems = corpusProblems(result);
          if (problems.length) ok = false;
          log(formatCorpusResult(result));
        }
        const stats = batchStats(translator.batches());
        log(
          `${name.padEnd(8)}  ALL  requests=${stats.requests} texts=${stats.texts} ` +
            `texts/request=${stats.textsPerRequest.toFixed(1)} sent-twice=${stats.duplicates.length}`,
        );
      } finally {
        await browser.close();
        await translator.close();
      }
    }
  } finally {
    await server.close();
  }
  return { results, ok };
}
