import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './fixture-server';

/**
 * One small page API over Playwright (Chromium) and Puppeteer (Firefox over WebDriver BiDi), so
 * every scenario is written once and runs in both browsers.
 *
 * Functions given to `evaluate` / `waitForFunction` are serialised and run in the page: they must be
 * self-contained (no closures over test variables, no imports); pass data through `arg`.
 */
export interface PageLike {
  url(): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Resolves once `fn(arg)` is truthy (polled in the page); rejects after `timeout` ms. */
  waitForFunction<A = undefined>(
    fn: (arg: A) => unknown,
    arg?: A,
    options?: { timeout?: number; polling?: number },
  ): Promise<void>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<void>;
  click(selector: string): Promise<void>;
  /** Clicks `selector` (to focus it) and types `text` on the keyboard, key by key. */
  type(selector: string, text: string): Promise<void>;
  /** Presses a key or combination on the focused element ("Alt+Enter", "Control+Z", "Escape"). */
  press(keys: string): Promise<void>;
  /** textContent of the first match, or null when nothing matches. */
  text(selector: string): Promise<string | null>;
  count(selector: string): Promise<number>;
  bringToFront(): Promise<void>;
  /**
   * Bytes of JavaScript heap the page's process uses after a full garbage collection (the page
   * and its content scripts together), where the browser tells it: Chromium; Firefox gives null.
   */
  heapBytes(): Promise<number | null>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenPageOptions {
  /**
   * Record `document.body.innerHTML` at DOMContentLoaded (before Ferry's document_idle content
   * script) into `window.__ferryE2eInitialBody`, to compare with the page after Ferry is turned off.
   */
  snapshotInitialBody?: boolean;
}

export type BrowserName = 'chromium' | 'firefox';

export interface FerryBrowser {
  name: BrowserName;
  /** Extension origin: `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  extensionOrigin: string;
  /** Opens `url` in a new tab and resolves once it has loaded. */
  openPage(url: string, options?: OpenPageOptions): Promise<PageLike>;
  /** Opens an extension page (`popup.html`, `options.html`) in a new tab, once its body exists. */
  openExtensionPage(path: string): Promise<PageLike>;
  /** Runs `fn(arg)` with extension privileges (`chrome` / `browser` globals available). */
  evaluateInExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Writes `browser.storage.local` key `settings` (a partial object is fine). */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  /** Reads `browser.storage.local` key `settings` as stored (undefined when unset). */
  getSettings(): Promise<Record<string, unknown> | undefined>;
  /**
   * Restarts the extension's background, as the browser does on its own: Chromium stops the MV3
   * service worker (the next message wakes it); Firefox reloads the add-on (its background page).
   * Storage and IndexedDB survive; in-memory state does not.
   */
  restartBackground(): Promise<void>;
  close(): Promise<void>;
}

export const CHROME_BUILD_DIR = join(REPO_ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD_DIR = join(REPO_ROOT, '.output/firefox-mv2');

/** Browsers to run: FERRY_E2E_BROWSERS=chromium,firefox (default both). */
export function e2eBrowsers(): BrowserName[] {
  const wanted = (process.env.FERRY_E2E_BROWSERS ?? 'chromium,firefox')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const known: BrowserName[] = ['chromium', 'firefox'];
  for (const name of wanted) {
    if (!known.includes(name as BrowserName)) throw new Error(`Unknown browser in FERRY_E2E_BROWSERS: ${name}`);
  }
  return wanted as BrowserName[];
}

export async function launchFerryBrowser(name: BrowserName): Promise<FerryBrowser> {
  const dir = name === 'chromium' ? CHROME_BUILD_DIR : FIREFOX_BUILD_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npx wxt build\` and \`npx wxt build -b firefox\` first`);
  }
  // A private copy: a rebuild of .output/ while the browser runs must not pull files from under it.
  const snapshot = await mkdtemp(join(tmpdir(), `ferry-e2e-ext-${name}-`));
  await cp(dir, snapshot, { recursive: true });
  try {
    const browser =
      name === 'chromium'
        ? await (await import('./chromium')).launchChromium(snapshot)
        : await (await import('./firefox')).launchFirefox(snapshot);
    return {
      ...browser,
      async close() {
        await browser.close();
        await rm(snapshot, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(snapshot, { recursive: true, force: true });
    throw error;
  }
}

/** Installed by `snapshotInitialBody`; self-contained because it is serialised into the page. */
export function recordInitialBody(): void {
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      (window as unknown as { __ferryE2eInitialBody?: string }).__ferryE2eInitialBody =
        document.body.innerHTML;
    },
    { once: true },
  );
}

/**
 * An HTML page of the extension from which to reach its storage (same origin as the background).
 * Any page will do; options.html is the one Ferry always ships.
 */
export function storagePagePath(extensionDir: string): string {
  for (const candidate of ['options.html', 'popup.html']) {
    if (existsSync(join(extensionDir, candidate))) return candidate;
  }
  throw new Error(`No extension page in ${extensionDir} to reach storage from (expected options.html)`);
}
