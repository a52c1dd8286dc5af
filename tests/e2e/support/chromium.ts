import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { MAPPED_HOSTS } from './site-hosts';
import { recordInitialBody, storagePagePath, type FerryBrowser, type OpenPageOptions, type PageLike } from './browser';

/** The real binary; /usr/bin/chromium is a wrapper script that adds its own flags. */
const CHROMIUM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

function chromiumPath(): string {
  const configured = process.env.FERRY_CHROMIUM;
  if (configured) return configured;
  const found = CHROMIUM_PATHS.find((path) => existsSync(path));
  if (!found) throw new Error(`Chromium not found (tried ${CHROMIUM_PATHS.join(', ')}); apt-get install chromium`);
  return found;
}

export async function launchChromium(extensionDir: string): Promise<FerryBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'ferry-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-translate',
      // HttpsUpgrades: the mapped site hosts are served over plain http, as 127.0.0.1 is.
      '--disable-features=Translate,OptimizationHints,MediaRouter,HttpsUpgrades',
      // Nothing leaves the machine: every host but the local servers (and the site hosts mapped
      // onto them) fails to resolve.
      `--host-resolver-rules=${[...MAPPED_HOSTS.map((host) => `MAP ${host} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ')}`,
    ],
  });

  const firstWorker =
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 }));
  const extensionId = new URL(firstWorker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;

  /**
   * The worker idles after ~30 s without a debugger attached, and Playwright drops a stopped one:
   * look it up afresh each time, and wait briefly for it to come back.
   */
  async function worker(): Promise<Worker | undefined> {
    const isOurs = (w: Worker) => w.url().startsWith(`${extensionOrigin}/`);
    return (
      context.serviceWorkers().find(isOurs) ??
      context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 2_000 }).catch(() => undefined)
    );
  }

  async function evaluateInExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const live = await worker();
    if (live) {
      try {
        return await live.evaluate(fn, arg as never);
      } catch (error) {
        // Stopped between lookup and evaluate: fall through to an extension page.
        if (!/closed|destroyed/i.test(String(error))) throw error;
      }
    }
    // Same origin as the worker, so storage and IndexedDB are the same; opening a page never
    // depends on the worker being awake.
    const page = await context.newPage();
    try {
      await page.goto(`${extensionOrigin}/${storagePagePath(extensionDir)}`, { waitUntil: 'load' });
      return await page.evaluate(fn, arg as never);
    } finally {
      await page.close();
    }
  }

  return {
    name: 'chromium',
    extensionOrigin,
    async openPage(url: string, options: OpenPageOptions = {}) {
      const page = await context.newPage();
      if (options.snapshotInitialBody) await page.addInitScript(recordInitialBody);
      await page.goto(url, { waitUntil: 'load' });
      return wrapPlaywrightPage(page);
    },
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path.replace(/^\//, '')}`, { waitUntil: 'load' });
      return wrapPlaywrightPage(page);
    },
    evaluateInExtension,
    async setSettings(settings) {
      await evaluateInExtension(async (value) => {
        await (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ settings: value });
      }, settings);
    },
    async getSettings() {
      return evaluateInExtension(async () => {
        const stored = await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('settings');
        return stored.settings as Record<string, unknown> | undefined;
      });
    },
    async restartBackground() {
      const page = await context.newPage();
      try {
        const cdp = await context.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await cdp.detach();
      } finally {
        await page.close();
      }
      // Gone once Playwright no longer lists it; the next message from a page starts it again.
      for (let i = 0; i < 100 && context.serviceWorkers().some((w) => w.url().startsWith(`${extensionOrigin}/`)); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

interface ChromeGlobal {
  chrome: {
    storage: {
      local: {
        get(key: string): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      };
    };
  };
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

export function wrapPlaywrightPage(page: Page): PageLike {
  return {
    url: () => page.url(),
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    async waitForFunction(fn, arg, options = {}) {
      await page.waitForFunction(fn, arg as never, {
        timeout: options.timeout ?? 30_000,
        polling: options.polling ?? 100,
      });
    },
    async waitForSelector(selector, options = {}) {
      await page.waitForSelector(selector, { state: 'attached', timeout: options.timeout ?? 30_000 });
    },
    async click(selector) {
      await page.click(selector);
    },
    async type(selector, text) {
      await page.click(selector);
      await page.keyboard.type(text);
    },
    async press(keys) {
      await page.keyboard.press(keys);
    },
    text: (selector) =>
      page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector),
    count: (selector) => page.evaluate((s) => document.querySelectorAll(s).length, selector),
    async bringToFront() {
      await page.bringToFront();
    },
    async heapBytes() {
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      } finally {
        await cdp.detach();
      }
    },
    async screenshot(path) {
      await page.screenshot({ path, fullPage: false });
    },
    async close() {
      await page.close();
    },
  };
}
