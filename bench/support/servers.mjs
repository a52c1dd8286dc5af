// Local servers and Chromium with the built extension, for scripts that drive the browser outside
// the test runner (benchmarks, README screenshots): the RedNote fixture app, any generated page, a
// Microsoft-style mock translator, all on 127.0.0.1.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const REDNOTE_HOST = 'www.xiaohongshu.com';
const SHARED = path.resolve(ROOT, '../shared/fixtures/xiaohongshu');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html', '.png': 'image/png' };

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Serves the app shell for any route, its files under /fixtures/ and its texts under /shared-xhs/. */
export async function startRedNoteApp() {
  if (!existsSync(SHARED)) throw new Error(`The RedNote texts are missing: ${SHARED}`);
  const server = await listen(
    http.createServer((req, res) => {
      const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = path.join(ROOT, 'tests/fixtures/dynamic/rednote/page.html');
      if (pathname.startsWith('/fixtures/')) file = path.join(ROOT, 'tests/fixtures', pathname.slice('/fixtures/'.length));
      if (pathname.startsWith('/shared-xhs/')) file = path.join(SHARED, pathname.slice('/shared-xhs/'.length));
      try {
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': `${TYPES[path.extname(file)] ?? 'text/html'}; charset=utf-8` });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    }),
  );
  return { url: (route) => `http://${REDNOTE_HOST}:${server.address().port}${route}`, close: () => server.close() };
}

/**
 * Answers Microsoft's wire format after `latencyMs`, with `translate(text)` for each text.
 * `requests` counts the translation requests it has answered.
 */
export async function startMockMicrosoft({ latencyMs = 0, translate = (text) => `EN ${text}` } = {}) {
  const state = { requests: 0, sizes: [], chars: 0, seen: new Set(), repeats: 0 };
  const server = await listen(
    http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        if (req.method === 'OPTIONS') {
          res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' }).end();
          return;
        }
        state.requests += 1;
        const texts = JSON.parse(body);
        state.sizes.push(texts.length);
        state.chars += texts.reduce((sum, text) => sum + text.length, 0);
        for (const text of texts) {
          if (state.seen.has(text)) state.repeats += 1;
          state.seen.add(text);
        }
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
          res.end(JSON.stringify(texts.map((text) => ({ translations: [{ text: translate(text), to: 'en' }] }))));
        }, latencyMs);
      });
    }),
  );
  return {
    endpoint: `http://127.0.0.1:${server.address().port}`,
    get requests() {
      return state.requests;
    },
    /** Texts in each request answered, in order. */
    get sizes() {
      return state.sizes;
    },
    /** Characters of text sent, all requests together. */
    get chars() {
      return state.chars;
    },
    /** Texts sent that had been sent before (since the last reset). */
    get repeats() {
      return state.repeats;
    },
    reset() {
      state.requests = 0;
      state.sizes = [];
      state.chars = 0;
      state.seen = new Set();
      state.repeats = 0;
    },
    close: () => server.close(),
  };
}

/**
 * Serves `render(pathname)` as an HTML page, at `url(path)`: no page script may run unless
 * `scripts` (then inline ones may).
 */
export async function serveHtml(render, { scripts = false } = {}) {
  const server = await listen(
    http.createServer((req, res) => {
      const html = render(decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (html === undefined) return void res.writeHead(404).end();
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; img-src data:${scripts ? "; script-src 'unsafe-inline'" : ''}`,
      });
      res.end(html);
    }),
  );
  return { url: (route) => `http://127.0.0.1:${server.address().port}${route}`, close: () => server.close() };
}

const SAVED_PAGES = path.resolve(ROOT, '../shared/fixtures/pages');

/** The saved page's HTML file, if `name` is one of ../shared/fixtures/pages. */
export function savedPageFile(name) {
  return ['page.html', 'source.html'].map((f) => path.join(SAVED_PAGES, name, f)).find(existsSync);
}

/** The saved Chinese pages (not the Japanese ones) whose names contain `filter`. */
export function savedChinesePages(filter = '') {
  if (!existsSync(SAVED_PAGES)) return [];
  return readdirSync(SAVED_PAGES).filter((n) => !n.startsWith('ja-') && n.includes(filter) && savedPageFile(n)).sort();
}

/** Empties Ferry's translation cache (IndexedDB in its service worker): the next load is cold. */
export async function forgetTranslations(context) {
  await context.serviceWorkers()[0]?.evaluate(() => new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('ferry-translations');
    request.onsuccess = request.onerror = request.onblocked = resolve;
  }));
}

export const CHROMIUM = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';
export const CHROME_EXTENSION = path.join(ROOT, '.output/chrome-mv3');

/**
 * Chromium with the RedNote host mapped to 127.0.0.1 and everything else unreachable; with the
 * built extension (or another build of it, `extension`) pointed at the mock translator `endpoint`
 * when one is given, else without Ferry.
 */
export async function launchChromium(chromium, profile, endpoint, viewport = { width: 1280, height: 800 }, extension = CHROME_EXTENSION) {
  const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-features=HttpsUpgrades', `--host-resolver-rules=MAP ${REDNOTE_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`];
  if (endpoint) {
    if (!existsSync(extension)) throw new Error(`Build first: npm run build (no ${extension})`);
    args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  }
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport, args });
  if (endpoint) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate((url) => chrome.storage.local.set({ settings: { fallbacks: [], providers: { microsoft: { endpoint: url } } } }), endpoint);
  }
  return context;
}
