import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkProviderId } from '../../utils/settings/provider-catalog';
import type { MockTranslator } from '../mocks/mock-server';
import { startMockTranslator } from '../mocks/start-mock-translator';
import { e2eBrowsers, type PageLike } from './support/browser';
import { corpusProblems, formatCorpusResult, measureCorpusPage } from './support/corpus';
import { ferryCounts, scrollThrough, waitForSettled, waitForTranslations } from './support/ferry-dom';
import { useFerrySession } from './support/session';

/** A real article committed in the repo (Apache-2.0, from Readability's test pages). */
const ARTICLE = { name: 'readability-gmw', path: '/fixtures/readability-gmw/page.html', japanese: false, origin: 'repo' as const };
const SHORT_ARTICLE = '/fixtures/article-zh/page.html';
/** Microsoft is the translator every other e2e test runs with. */
const OTHERS: NetworkProviderId[] = ['google', 'deepl', 'deeplx', 'openai', 'libretranslate'];

describe.each(e2eBrowsers())('each translator, on a real article, in %s', (name) => {
  describe.each(OTHERS)('%s', (kind) => {
    const session = useFerrySession(name, { provider: kind });

    it('translates it through its wire format with the corpus figures holding', async () => {
      const result = await measureCorpusPage(session.browser, session.server, session.translator, ARTICLE);
      console.log(`${kind}: ${formatCorpusResult(result)}`);
      expect(corpusProblems(result)).toEqual([]);
      expect(session.requestCount()).toBeGreaterThan(0);
    }, 180_000);
  });
});

/** Reads the popup's line about which translator serves the page. */
async function popupTranslatorLine(session: ReturnType<typeof useFerrySession>): Promise<string> {
  const popup = await session.browser.openExtensionPage('popup.html');
  try {
    await popup.waitForSelector('[data-testid="popup-translator"]');
    return (await popup.text('[data-testid="popup-translator"]')) ?? '';
  } finally {
    await popup.close();
  }
}

describe.each(e2eBrowsers())('a translator that answers 429 to everything, in %s', (name) => {
  const session = useFerrySession(name);
  let fallback: MockTranslator;

  beforeAll(async () => {
    fallback = await startMockTranslator({ kind: 'libretranslate' });
    session.translator.mock.setFailure({ mode: 'rate-limit', retryAfter: '1' });
    await session.browser.setSettings({
      ...session.translator.settings(),
      fallbacks: ['libretranslate'],
      providers: {
        microsoft: { endpoint: session.translator.mock.url, apiKey: '' },
        libretranslate: { endpoint: fallback.url, apiKey: '' },
      },
    });
  });
  afterAll(async () => fallback?.close());

  it('still ends with every paragraph translated by the fallback, and the popup says why', async () => {
    const page = await session.open(SHORT_ARTICLE);
    try {
      await waitForTranslations(page, 1, 60_000);
      await scrollThrough(page, { stepTimeout: 60_000 });
      const counts = await waitForSettled(page, { timeout: 60_000 });
      expect(counts.units).toBeGreaterThan(0);
      expect(counts).toMatchObject({ done: counts.units, error: 0, pending: 0 });
      expect(fallback.requests.length).toBeGreaterThan(0);
      await page.bringToFront();
      expect(await popupTranslatorLine(session)).toBe('Microsoft: too busy (rate limited), using LibreTranslate');
    } finally {
      await page.close();
    }
  });
});

describe.each(e2eBrowsers())('the options page Test button, in %s', (name) => {
  const session = useFerrySession(name);

  /** Presses Test and waits for a result other than `before` (what it said after the last press). */
  async function pressTest(options: PageLike, before = ''): Promise<{ ok: boolean; text: string }> {
    await options.click('[data-testid="options-test-microsoft"]');
    await options.waitForFunction((previous) => {
      const text = document.querySelector('[data-testid="options-test-result-microsoft"]')?.textContent ?? '';
      return text !== '' && text !== previous && !/^Testing/.test(text);
    }, before);
    return options.evaluate(() => {
      const result = document.querySelector('[data-testid="options-test-result-microsoft"]')!;
      return { ok: result.hasAttribute('data-ok'), text: result.textContent ?? '' };
    });
  }

  it('reports a working translator with its answer and round trip, and a failing one with the reason', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    try {
      await options.waitForSelector('[data-testid="options-test-microsoft"]');
      const works = await pressTest(options);
      expect(works.ok).toBe(true);
      expect(works.text).toMatch(/^Works \(\d+ ms\): “\[en\] 今天天气很好/);
      session.translator.mock.setFailure('auth');
      const fails = await pressTest(options, works.text);
      expect(fails.ok).toBe(false);
      expect(fails.text).toMatch(/^Failed \(auth\): HTTP 401/);
    } finally {
      session.translator.mock.setFailure(null);
      await options.close();
    }
  });
});

describe.each(e2eBrowsers())('the offline dictionary, with no network at all, in %s', (name) => {
  const session = useFerrySession(name);

  beforeAll(async () => {
    // Only the dictionary: no translator server anywhere (and the test browsers reach none).
    await session.browser.setSettings({ enabled: true, provider: 'dictionary', fallbacks: [], targetLanguage: 'en' });
  });

  it('glosses a page word by word with pinyin, labelled, sending nothing', async () => {
    const page = await session.open(SHORT_ARTICLE);
    try {
      await waitForTranslations(page, 1);
      await scrollThrough(page);
      const counts = await ferryCounts(page);
      expect(counts).toMatchObject({ done: counts.units, error: 0 });
      const translations = await page.evaluate(() =>
        [...document.querySelectorAll('ferry-translation')].map((node) => ({
          provider: node.getAttribute('data-provider'),
          text: node.textContent ?? '',
        })),
      );
      expect(translations.every((t) => t.provider === 'dictionary')).toBe(true);
      // "English (pīnyīn)" pairs, e.g. "today (jīntiān)".
      expect(translations.every((t) => /[a-z]+ \([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/i.test(t.text))).toBe(true);
      expect(session.requestCount()).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe.each(e2eBrowsers())('Chrome’s on-device translator, in %s', (name) => {
  const session = useFerrySession(name);

  it('is offered, with its model’s state, only where the browser has the Translator API', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    try {
      await options.waitForSelector('[data-testid="options-test-microsoft"]');
      const hasApi = await options.evaluate(() => 'Translator' in globalThis);
      // Debian's Chromium has the API (the model is not downloaded); Firefox has none.
      expect(hasApi).toBe(name === 'chromium');
      if (hasApi) {
        await options.waitForSelector('[data-testid="options-on-device-status-chrome-builtin"]');
        expect(await options.text('[data-testid="options-on-device-status-chrome-builtin"]')).toMatch(/not on this device|downloading|Ready|cannot/);
        expect(await options.evaluate(() => [...document.querySelectorAll('[data-testid="options-provider"] option')].map((o) => o.getAttribute('value')))).toContain('chrome-builtin');
      } else {
        expect(await options.count('[data-provider="chrome-builtin"]')).toBe(0);
        expect(await options.evaluate(() => [...document.querySelectorAll('[data-testid="options-provider"] option')].map((o) => o.getAttribute('value')))).not.toContain('chrome-builtin');
      }
    } finally {
      await options.close();
    }
  });
});
