import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eBrowsers, launchFerryBrowser, type FerryBrowser } from './support/browser';
import { waitForSettled } from './support/ferry-dom';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

// The harness itself: browsers start with the built extension, its storage is reachable, and
// pages are served with the lockdown CSP. If these fail, every other e2e failure is noise.
describe.each(e2eBrowsers())('harness in %s', (name) => {
  let browser: FerryBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchFerryBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reaches the extension and round-trips settings through storage.local', async () => {
    expect(browser.extensionOrigin).toMatch(/^(chrome|moz)-extension:\/\/[\w-]+$/);
    const settings = {
      provider: 'libretranslate',
      targetLanguage: 'en',
      providers: { libretranslate: { endpoint: 'http://127.0.0.1:1', apiKey: '' } },
    };
    await browser.setSettings(settings);
    expect(await browser.getSettings()).toEqual(settings);
  });

  it('serves committed pages as UTF-8 with page scripts blocked', async () => {
    const url = server.route(
      '/harness.html',
      '<!doctype html><meta charset="gb2312"><p id="p">中文段落</p><script>document.title = "ran"</script>',
    );
    const page = await browser.openPage(url);
    try {
      expect(await page.text('#p')).toBe('中文段落');
      expect(await page.evaluate(() => document.title)).not.toBe('ran');
      expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8');
    } finally {
      await page.close();
    }
  });

  it('lets pages under /fixtures/dynamic/ run their scripts', async () => {
    const page = await browser.openPage(server.url('/fixtures/dynamic/load-more/page.html'));
    try {
      // Ferry may be translating above the button (with no translator set, it answers with
      // errors): the click goes in once nothing moves.
      await waitForSettled(page);
      await page.click('#load-more');
      await page.waitForFunction(() => document.querySelectorAll('#feed > .post').length > 3);
    } finally {
      await page.close();
    }
  });
});
