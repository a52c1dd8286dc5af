#!/usr/bin/env node
// Ferry on a RedNote note, read as a person reads it, in Debian's Chromium with the built
// extension (.output/chrome-mv3) and a mock translator that answers after 150 ms (a real service's
// round trip). Prints: milliseconds from a comment becoming visible to its translation being
// visible (median, 95th percentile), translator requests per 20 comments read, per "展开" click,
// and when the note is opened again after the background (service worker) restarted.
//   node bench/rednote-comments.mjs [--runs=N]
// The app is tests/fixtures/dynamic/rednote with the real texts of ../shared/fixtures/xiaohongshu.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, startMockMicrosoft, startRedNoteApp } from './support/servers.mjs';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const LATENCY_MS = 150;
const translator = await startMockMicrosoft({ latencyMs: LATENCY_MS });
const app = await startRedNoteApp();

async function launch() {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ferry-bench-rednote-'));
  const context = await launchChromium(chromium, profile, translator.endpoint);
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/** Installed in the page: when each comment text became visible, and when its translation did. */
function watchComments() {
  window.__seen = new Map();
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (r.height === 0 || r.bottom <= 0 || r.top >= innerHeight) return false;
    const scroller = el.closest('.note-scroller');
    if (!scroller) return true;
    const s = scroller.getBoundingClientRect();
    return r.top < s.bottom && r.bottom > s.top;
  };
  const tick = () => {
    const now = performance.now();
    for (const el of document.querySelectorAll('.comment-item .content')) {
      // Its own words (an @mention is a username, which Ferry never translates).
      const own = el.cloneNode(true);
      for (const skip of own.querySelectorAll('a[href*="/user/profile/"], ferry-translation')) skip.remove();
      if (!/\p{Script=Han}/u.test(own.textContent ?? '')) continue;
      let entry = window.__seen.get(el);
      if (!entry && shown(el)) window.__seen.set(el, (entry = { visible: now }));
      const node = el.querySelector(':scope > ferry-translation[data-state="done"]');
      if (entry && entry.done === undefined && node && node.getClientRects().length > 0) entry.done = now;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const percentile = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] : NaN;
};
const settle = (page) => page.waitForFunction(() => !document.querySelector('ferry-translation[data-state="pending"]'), null, { timeout: 20_000 });

const latencies = [];
const perTwenty = [];
const perClick = [];
const afterRestart = [];
for (let run = 0; run < runs; run++) {
  const { context, close } = await launch();
  const page = await context.newPage();
  await page.addInitScript(watchComments);
  await page.goto(app.url('/explore'), { waitUntil: 'load' });
  await page.waitForSelector('[data-app-ready]');
  await page.waitForSelector('section.note-item .title ferry-translation[data-state="done"]');
  await settle(page);

  // Read the comments: the column scrolls by a screenful at a reader's pace until its end.
  translator.reset();
  await page.click('section.note-item[data-index="0"] .cover');
  await page.waitForSelector('.parent-comment');
  for (let step = 0; step < 40; step++) {
    await page.waitForTimeout(700);
    const end = await page.evaluate(() => {
      const s = document.querySelector('.note-scroller');
      const atEnd = s.scrollTop + s.clientHeight >= s.scrollHeight - 2 && !document.querySelector('.end-container')?.hidden;
      s.scrollBy({ top: Math.floor(s.clientHeight * 0.7) });
      return atEnd;
    });
    if (end) break;
  }
  await settle(page);
  const read = await page.evaluate(() => [...window.__seen.values()].map((e) => [e.visible, e.done ?? NaN]));
  for (const [visible, done] of read) latencies.push(done - visible);
  perTwenty.push((translator.requests / read.length) * 20);

  // One "展开 N 条回复" click.
  translator.reset();
  await page.evaluate(() => document.querySelector('.show-more').scrollIntoView({ block: 'center' }));
  await settle(page);
  translator.reset();
  await page.click('.show-more');
  await page.waitForFunction(() => document.querySelectorAll('.parent-comment:first-child .comment-item-sub').length > 1);
  await page.waitForTimeout(400);
  await settle(page);
  perClick.push(translator.requests);
  await page.close();

  // The background restarts (the browser stops an idle service worker); the note is opened again.
  const cdp = await context.newCDPSession(await context.newPage());
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  translator.reset();
  const again = await context.newPage();
  await again.goto(app.url('/explore'), { waitUntil: 'load' });
  await again.waitForSelector('section.note-item .title ferry-translation[data-state="done"]');
  await again.click('section.note-item[data-index="0"] .cover');
  await again.waitForSelector('.comment-item .content ferry-translation[data-state="done"]');
  await settle(again);
  afterRestart.push(translator.requests);
  await close();
}

const known = latencies.filter((x) => !Number.isNaN(x));
console.log(`RedNote note, read in Chromium, translator answering in ${LATENCY_MS} ms (${runs} cold runs, ${known.length} comments seen, ${latencies.length - known.length} never translated):`);
console.log(`  comment visible -> its translation visible: median ${percentile(known, 0.5).toFixed(0)} ms, p95 ${percentile(known, 0.95).toFixed(0)} ms (aim: p95 < 400 ms)`);
console.log(`  translator requests per 20 comments read: ${percentile(perTwenty, 0.5).toFixed(1)} (median of runs)`);
console.log(`  translator requests per "展开" click: ${percentile(perClick, 0.5)} (runs: ${perClick.join(', ')})`);
console.log(`  translator requests reopening the note after a background restart: ${percentile(afterRestart, 0.5)} (runs: ${afterRestart.join(', ')}; aim: 0)`);
translator.close();
app.close();
