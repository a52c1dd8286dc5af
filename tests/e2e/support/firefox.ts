import { existsSync } from 'node:fs';
import puppeteer, { type KeyInput, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { MAPPED_HOSTS } from './site-hosts';
import { recordInitialBody, storagePagePath, type FerryBrowser, type OpenPageOptions, type PageLike } from './browser';

/** Fixed so `moz-extension://<uuid>/` is known before the add-on is installed. */
export const FIREFOX_EXTENSION_UUID = '5e0c1f3a-7b2d-4c8e-9a61-0f4d2b8c7e15';

const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

function firefoxPath(): string {
  const configured = process.env.FERRY_FIREFOX;
  if (configured) return configured;
  const found = FIREFOX_PATHS.find((path) => existsSync(path));
  if (!found) throw new Error(`Firefox not found (tried ${FIREFOX_PATHS.join(', ')}); apt-get install firefox-esr`);
  return found;
}

/** Every connection except to 127.0.0.1 goes to a closed local port; background services are off. */
const QUIET_PREFS: Record<string, unknown> = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': ['127.0.0.1', ...MAPPED_HOSTS].join(','),
  // The site hosts of the fixture apps resolve to 127.0.0.1 and are served over plain http.
  'network.dns.localDomains': MAPPED_HOSTS.join(','),
  'dom.security.https_first': false,
  'dom.security.https_only_mode': false,
  'network.proxy.allow_hijacking_localhost': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.trr.mode': 5,
  'captivedetect.canonicalURL': '',
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.search.update': false,
  'browser.newtabpage.enabled': false,
  'browser.startup.page': 0,
  'browser.shell.checkDefaultBrowser': false,
  'browser.translations.enable': false,
  'browser.translations.automaticallyPopup': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'geo.provider.network.url': '',
};

export async function launchFirefox(extensionDir: string): Promise<FerryBrowser> {
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    // Without it Firefox refuses to navigate a tab to moz-extension:// over WebDriver BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'intl.accept_languages': 'en-US, en',
    },
  });
  try {
    const installedId = await browser.installExtension(extensionDir);
    if (installedId !== GECKO_ID) {
      throw new Error(`Installed add-on id ${installedId} is not GECKO_ID ${GECKO_ID}`);
    }
  } catch (error) {
    await browser.close();
    throw error;
  }

  async function openExtensionPage(path: string): Promise<PageLike> {
    const page = await browser.newPage();
    const url = `${extensionOrigin}/${path.replace(/^\//, '')}`;
    // goto() of a moz-extension page renders it but never resolves: start it and wait for the DOM.
    void page.goto(url).catch(() => undefined);
    await waitForDocument(page, url, 15_000);
    return wrapPuppeteerPage(page);
  }

  /** The background page is not a BiDi target: extension storage is reached from an extension tab. */
  async function evaluateInExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const page = await openExtensionPage(storagePagePath(extensionDir));
    try {
      return await page.evaluate(fn, arg as A);
    } finally {
      await page.close();
    }
  }

  return {
    name: 'firefox',
    extensionOrigin,
    async openPage(url: string, options: OpenPageOptions = {}) {
      const page = await browser.newPage();
      if (options.snapshotInitialBody) await page.evaluateOnNewDocument(recordInitialBody);
      await page.goto(url, { waitUntil: 'load' });
      return wrapPuppeteerPage(page);
    },
    openExtensionPage,
    evaluateInExtension,
    async setSettings(settings) {
      await evaluateInExtension(async (value) => {
        await (globalThis as unknown as ExtensionGlobal).browser.storage.local.set({ settings: value });
      }, settings);
    },
    async getSettings() {
      return evaluateInExtension(async () => {
        const stored = await (globalThis as unknown as ExtensionGlobal).browser.storage.local.get('settings');
        return stored.settings as Record<string, unknown> | undefined;
      });
    },
    async restartBackground() {
      const page = await openExtensionPage(storagePagePath(extensionDir));
      // The reload closes this very page, so the call may never answer.
      await page
        .evaluate(() => {
          setTimeout(() => (globalThis as unknown as ExtensionGlobal).browser.runtime.reload(), 0);
        })
        .catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        try {
          // Back once an extension page can read storage again.
          await evaluateInExtension(() => (globalThis as unknown as ExtensionGlobal).browser.storage.local.get('settings'));
          return;
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    },
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

interface ExtensionGlobal {
  browser: {
    runtime: { reload(): void };
    storage: {
      local: {
        get(key: string): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      };
    };
  };
}

/**
 * Polls until the tab shows `url`, fully loaded. While the navigation swaps documents an evaluate
 * can fail outright (BiDi "right-hand side of 'in'..."), so each poll is its own try.
 */
async function waitForDocument(page: Page, url: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const ready = await page.evaluate(
        (expected: string) => location.href === expected && document.readyState === 'complete' && !!document.body,
        url,
      );
      if (ready) return;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not load within ${timeout} ms${last ? `: ${String(last)}` : ''}`);
}

export function wrapPuppeteerPage(page: Page): PageLike {
  return {
    url: () => page.url(),
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg) as never,
    async waitForFunction(fn, arg, options = {}) {
      await page.waitForFunction(
        fn as (a: unknown) => unknown,
        { timeout: options.timeout ?? 30_000, polling: options.polling ?? 100 },
        arg,
      );
    },
    async waitForSelector(selector, options = {}) {
      await page.waitForSelector(selector, { timeout: options.timeout ?? 30_000 });
    },
    async click(selector) {
      // Puppeteer clicks where the element was; Playwright waits until it stops moving. Do the same
      // here, so a translation growing above the target (or an animation) cannot make it miss.
      await page.waitForSelector(selector, { visible: true, timeout: 30_000 });
      await page.evaluate(async (s: string) => {
        const element = document.querySelector(s);
        if (!element) return;
        element.scrollIntoView({ block: 'center', behavior: 'instant' });
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        let last = '';
        let same = 0;
        for (let i = 0; i < 120 && same < 3; i++) {
          await frame();
          const r = element.getBoundingClientRect();
          const now = `${r.x},${r.y},${r.width},${r.height}`;
          same = now === last ? same + 1 : 0;
          last = now;
        }
      }, selector);
      await page.click(selector);
    },
    async type(selector, text) {
      await page.click(selector);
      await page.keyboard.type(text);
    },
    async press(keys) {
      // Puppeteer has no "A+B" syntax: hold the modifiers, press the key, release in reverse.
      const parts = keys.split('+') as KeyInput[];
      const key = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
    },
    text: (selector) =>
      page.evaluate((s: string) => document.querySelector(s)?.textContent ?? null, selector),
    count: (selector) => page.evaluate((s: string) => document.querySelectorAll(s).length, selector),
    async bringToFront() {
      await page.bringToFront();
    },
    // WebDriver BiDi has no heap figure.
    heapBytes: async () => null,
    async screenshot(path) {
      await page.screenshot({ path });
    },
    async close() {
      await page.close();
    },
  };
}
