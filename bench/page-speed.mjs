#!/usr/bin/env node
// Ferry's page-speed benchmark, in Debian's Chromium with the built extension (.output/chrome-mv3).
// Prints:
//   - what Ferry costs a page that is not Chinese: the bytes of script evaluated there (the gate;
//     budget 20 kB) and the main-thread script time it adds on a 400-paragraph English page
//     (budget 2 ms), with no translator request;
//   - per saved Chinese page of ../shared/fixtures: time from navigation to the first visible
//     translation and to "everything in view is translated", the requests the translator saw and
//     texts per request.
// The translator is a local mock answering at once, so the figures are Ferry's own cost.
//   node bench/page-speed.mjs [page-name-filter] [--runs=N] [--extension=<dir of another build>]
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MARKS, median, openAndProbe } from './support/probe.mjs';
import { CHROME_EXTENSION, forgetTranslations, launchChromium, savedChinesePages, savedPageFile, serveHtml, startMockMicrosoft } from './support/servers.mjs';

const filter = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '';
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const extension = path.resolve(process.argv.find((a) => a.startsWith('--extension='))?.slice(12) ?? CHROME_EXTENSION);

const englishPage = `<!doctype html><html lang="en"><head><title>English</title></head><body>${Array.from(
  { length: 400 },
  (_, i) => `<p>Paragraph ${i}: the quick brown fox jumps over the lazy dog while the band plays on.</p>`,
).join('')}</body></html>`;

const translator = await startMockMicrosoft();
const site = await serveHtml((pathname) => {
  const name = pathname.slice(1);
  if (name === 'english') return englishPage;
  const file = savedPageFile(name);
  return file ? readFileSync(file) : undefined;
});

async function launch(withFerry) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ferry-bench-'));
  const context = await launchChromium(chromium, profile, withFerry ? translator.endpoint : undefined, { width: 1280, height: 900 }, extension);
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}


/** Main-thread script time of a page, with what every content script adds. */
async function scriptMs(context, name) {
  const samples = [];
  for (let run = 0; run < runs * 3; run++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(site.url(`/${name}?run=${run}`), { waitUntil: 'load' });
    // Let the content scripts run and settle: two quiet animation frames after half a second.
    await page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 500)));
    const { metrics } = await cdp.send('Performance.getMetrics');
    samples.push(metrics.find((m) => m.name === 'ScriptDuration').value * 1000);
    await page.close();
  }
  return median(samples);
}

// 1. The gate: what Ferry costs a page that is not Chinese.
{
  const manifest = JSON.parse(readFileSync(path.join(extension, 'manifest.json'), 'utf8'));
  const everywhere = manifest.content_scripts.flatMap((script) => script.js ?? []);
  const bytes = everywhere.reduce((sum, file) => sum + statSync(path.join(extension, file)).size, 0);
  const plain = await launch(false);
  const without = await scriptMs(plain.context, 'english');
  await plain.close();
  const ferry = await launch(true);
  translator.reset();
  const withFerry = await scriptMs(ferry.context, 'english');
  await ferry.close();
  console.log(`script on every page: ${everywhere.join(', ')}, ${(bytes / 1000).toFixed(1)} kB (budget 20 kB)`);
  console.log(`english page (400 paragraphs): script time ${without.toFixed(1)} ms without Ferry, ${withFerry.toFixed(1)} ms with ` +
    `(+${(withFerry - without).toFixed(1)} ms, budget 2 ms), ${translator.requests} requests`);
}

// 2. Chinese pages: time to the first translation and to everything in view translated.
const names = savedChinesePages(filter);
const ferry = await launch(true);
console.log('page                        DOM ready ms  first ms  in-view ms  requests  texts/request   (median of ' + runs + ' cold-cache runs; times from navigation start)');
const firsts = [];
const afterReady = [];
for (const name of names) {
  const ready = [], first = [], settled = [], requests = [], perRequest = [];
  for (let run = 0; run < runs; run++) {
    translator.reset();
    await forgetTranslations(ferry.context);
    const { page, times } = await openAndProbe(ferry.context, site.url(`/${name}?run=${run}`), MARKS.ferry);
    ready.push(times.ready);
    first.push(times.first);
    settled.push(times.settled);
    requests.push(translator.requests);
    perRequest.push(translator.sizes.reduce((a, b) => a + b, 0) / Math.max(translator.sizes.length, 1));
    await page.close();
  }
  firsts.push(median(first));
  afterReady.push(median(first) - median(ready));
  console.log(`${name.padEnd(28)} ${median(ready).toFixed(0).padStart(12)} ${median(first).toFixed(0).padStart(9)} ${median(settled).toFixed(0).padStart(11)} ${String(median(requests)).padStart(9)} ${median(perRequest).toFixed(1).padStart(14)}`);
}
if (firsts.length > 0) {
  console.log(`first visible translation, median over the pages: ${median(firsts).toFixed(0)} ms from navigation start, ` +
    `${median(afterReady).toFixed(0)} ms after DOM ready`);
}
await ferry.close();
translator.close();
site.close();
