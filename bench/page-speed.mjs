#!/usr/bin/env node
// Ferry's page-speed benchmark, in Debian's Chromium with the built extension (.output/chrome-mv3).
// Prints, per page: time from navigation to the first translation and to "everything in view is
// translated", the requests the translator saw and texts per request; and for an English page, the
// main-thread script time with and without Ferry (what the gate costs a page that is not Chinese).
// The translator is a local mock answering at once, so the figures are Ferry's own cost.
//   node bench/page-speed.mjs [page-name-filter] [--runs=N]
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const pagesDir = path.resolve(root, '../shared/fixtures/pages');
const extension = path.join(root, '.output/chrome-mv3');
const filter = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '';
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const executablePath = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';
if (!existsSync(extension)) throw new Error('Build first: npm run build');

const englishPage = `<!doctype html><html lang="en"><head><title>English</title></head><body>${Array.from(
  { length: 400 },
  (_, i) => `<p>Paragraph ${i}: the quick brown fox jumps over the lazy dog while the band plays on.</p>`,
).join('')}</body></html>`;

function pageFile(name) {
  return ['page.html', 'source.html'].map((f) => path.join(pagesDir, name, f)).find(existsSync);
}

let texts = [];
const translator = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const batch = JSON.parse(body);
    texts.push(batch.length);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(batch.map((text) => ({ translations: [{ text: `EN ${text}`, to: 'en' }] }))));
  });
});
const site = http.createServer((req, res) => {
  const name = decodeURIComponent(req.url.slice(1).split('?')[0]);
  const html = name === 'english' ? englishPage : readFileSync(pageFile(name));
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
  });
  res.end(html);
});
await Promise.all([translator, site].map((s) => new Promise((r) => s.listen(0, '127.0.0.1', r))));
const url = (name, run) => `http://127.0.0.1:${site.address().port}/${name}?run=${run}`;

async function launch(withFerry) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ferry-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
  if (withFerry) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args, viewport: { width: 1280, height: 900 } });
  if (withFerry) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate((endpoint) => chrome.storage.local.set({ settings: { providers: { microsoft: { endpoint } } } }),
      `http://127.0.0.1:${translator.address().port}`);
  }
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

const median = (xs) => {
  const known = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return known.length ? known[Math.floor(known.length / 2)] : NaN;
};

async function scriptMs(context, name) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url(name, run), { waitUntil: 'load' });
    // Let document_idle scripts run and settle: wait for two quiet animation frames.
    await page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 500)));
    const { metrics } = await cdp.send('Performance.getMetrics');
    samples.push(metrics.find((m) => m.name === 'ScriptDuration').value * 1000);
    await page.close();
  }
  return median(samples);
}

// 1. The gate: what Ferry costs a page that is not Chinese.
{
  const plain = await launch(false);
  const without = await scriptMs(plain.context, 'english');
  await plain.close();
  const ferry = await launch(true);
  const withFerry = await scriptMs(ferry.context, 'english');
  await ferry.close();
  console.log(`english page (400 paragraphs): script time ${without.toFixed(1)} ms without Ferry, ${withFerry.toFixed(1)} ms with (+${(withFerry - without).toFixed(1)} ms), 0 requests`);
}

// 2. Chinese pages: time to the first translation and to everything in view translated.
const names = readdirSync(pagesDir).filter((n) => !n.startsWith('ja-') && n.includes(filter) && pageFile(n)).sort();
const ferry = await launch(true);
console.log('page                        DOM ready ms  first ms  in-view ms  requests  texts/request   (median of ' + runs + ' cold-cache runs; times from navigation start)');
for (const name of names) {
  const ready = [], first = [], settled = [], requests = [], perRequest = [];
  for (let run = 0; run < runs; run++) {
    texts = [];
    await ferry.context.serviceWorkers()[0]?.evaluate(() => new Promise((r) => { const q = indexedDB.deleteDatabase('ferry-translations'); q.onsuccess = q.onerror = q.onblocked = r; }));
    const page = await ferry.context.newPage();
    await page.goto(url(name, run), { waitUntil: 'commit' });
    // A saved page may navigate itself away (meta refresh): that run counts as missing.
    const times = await page.evaluate(() => new Promise((resolve) => {
      let firstAt;
      const check = () => {
        const done = document.querySelector('ferry-translation[data-state=done]');
        if (done && firstAt === undefined) firstAt = performance.now();
        const inView = [...document.querySelectorAll('[data-ferry-id]')].filter((u) => {
          const r = u.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight && r.height > 0;
        });
        const allDone = inView.length > 0 && inView.every((u) => u.querySelector(':scope > ferry-translation[data-state=done]'));
        const ready = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? NaN;
        if (allDone) resolve({ first: firstAt, settled: performance.now(), ready });
        else setTimeout(check, 10);
      };
      check();
      setTimeout(() => resolve({ first: firstAt ?? NaN, settled: NaN, ready: NaN }), 30_000);
    })).catch(() => ({ first: NaN, settled: NaN, ready: NaN }));
    ready.push(times.ready);
    first.push(times.first);
    settled.push(times.settled);
    requests.push(texts.length);
    perRequest.push(texts.reduce((a, b) => a + b, 0) / Math.max(texts.length, 1));
    await page.close();
  }
  console.log(`${name.padEnd(28)} ${median(ready).toFixed(0).padStart(12)} ${median(first).toFixed(0).padStart(9)} ${median(settled).toFixed(0).padStart(11)} ${String(median(requests)).padStart(9)} ${median(perRequest).toFixed(1).padStart(14)}`);
}
await ferry.close();
translator.close();
site.close();
