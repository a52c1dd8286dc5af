#!/usr/bin/env node
// Ferry on a very long Chinese page (5,000 paragraphs) in Debian's Chromium with the built
// extension (.output/chrome-mv3) and a mock translator that answers at once: the page loads, the
// first screen is translated and the reader scrolls to the end a screen every two frames. From a
// trace of the page's main thread it prints:
//   - Ferry's longest task: the most script of Ferry's (scan, layout pass, observers, replies) in
//     one main-thread task, the browser's layout it forces excluded (budget 50 ms); and apart,
//     the one-time evaluation of the pipeline script when the gate injects it;
//   - the longest task of all with Ferry, rendering included, beside the same reading without
//     Ferry where the page itself adds a line each step: what any change of a 5,000-paragraph
//     page costs the browser to lay out and paint (Ferry's insertions pay it too);
//   - the JavaScript heap after the reading, and the units Ferry holds.
//   node bench/long-page.mjs [--paragraphs=N] [--runs=N]
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, serveHtml, startMockMicrosoft } from './support/servers.mjs';

const paragraphs = Number(process.argv.find((a) => a.startsWith('--paragraphs='))?.slice(13) ?? 5000);
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);

// Unique sentences from a small stock of phrases (each paragraph's text differs, as a page's do).
const PHRASES = ['今天上午', '市民们在码头排队', '等待第一班渡船', '工作人员介绍说', '新的时刻表将在下周公布', '夜间班次也会恢复',
  '附近的商户非常高兴', '很多老人专门赶来', '孩子们在栏杆边看江景', '雨天路滑请注意安全', '交通部门表示', '这条航线已经运营了三十年'];
const sentence = (i, j) => PHRASES[(i * 7 + j * 3) % PHRASES.length] + PHRASES[(i + j * 5) % PHRASES.length];
const longPage = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>长页面</title></head><body>${Array.from(
  { length: paragraphs },
  (_, i) => `${i % 50 === 0 ? `<h2>第${i / 50 + 1}章</h2>` : ''}<p>第${i + 1}段：${sentence(i, 0)}，${sentence(i, 1)}，${sentence(i, 2)}。</p>`,
).join('')}</body></html>`;

const translator = await startMockMicrosoft();
const site = await serveHtml(() => longPage);

/** Reads to the end, a screen every two frames; `addLines`: the page adds a line of its own each step. */
async function read(page, addLines) {
  await page.evaluate(async (add) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (let step = 0; step < 2000 && scrollY + innerHeight < document.documentElement.scrollHeight - 1; step++) {
      scrollBy(0, innerHeight);
      if (add) {
        // A line under the paragraph in the middle of the screen, as a translation would be.
        const line = document.createElement('div');
        line.textContent = 'A line the page adds under this paragraph.';
        document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('p')?.append(line);
      }
      await frame();
      await frame();
    }
    await new Promise((r) => setTimeout(r, 1000));
  }, addLines);
}

const RENDERING = new Set(['Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint', 'Commit', 'Layerize', 'UpdateLayer']);

/** Per main-thread task after DOMContentLoaded: its length, and the extension's script in it. */
function tasksOf(events, url) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(url));
  const spans = events.filter((e) => e.ph === 'X' && e.dur && e.pid === parse.pid && e.tid === parse.tid);
  const ready = events.find((e) => e.name === 'domContentLoadedEventEnd' && e.pid === parse.pid)?.ts ?? parse.ts;
  const tasks = spans.filter((e) => e.name === 'RunTask' && e.ts + e.dur > ready).sort((a, b) => a.ts - b.ts);
  const scripts = spans.filter((e) => ['FunctionCall', 'EvaluateScript', 'v8.callFunction'].includes(e.name) && /^chrome-extension:/.test(e.args?.data?.url ?? ''));
  const rendering = spans.filter((e) => RENDERING.has(e.name));
  const inside = (outer) => (e) => e.ts >= outer.ts && e.ts + e.dur <= outer.ts + outer.dur;
  // Outermost script spans only, less the layout they force (the frame would lay out anyway).
  const outermost = scripts.filter((s) => !scripts.some((o) => o !== s && inside(o)(s)));
  return tasks.map((task) => {
    const own = outermost.filter(inside(task));
    const forced = rendering.filter((r) => own.some((s) => inside(s)(r))).reduce((sum, r) => sum + r.dur, 0);
    // Evaluating the injected pipeline (compiling it, setting up its modules) happens once a page.
    const evaluation = own.some((s) => s.name === 'EvaluateScript');
    return { total: task.dur / 1000, ferry: (own.reduce((sum, s) => sum + s.dur, 0) - forced) / 1000, evaluation };
  });
}

async function measure(withFerry) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ferry-bench-long-'));
  const context = await launchChromium(chromium, profile, withFerry ? translator.endpoint : undefined);
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    const url = site.url(`/long?run=${run}`);
    await page.goto(url, { waitUntil: 'load' });
    if (withFerry) await page.waitForFunction(() => document.querySelector('ferry-translation[data-state=done]'), null, { timeout: 30_000 });
    await read(page, !withFerry);
    await cdp.send('Tracing.end');
    await complete;
    const tasks = tasksOf(events, url);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const units = await page.evaluate(() => document.querySelectorAll('[data-ferry-id]').length);
    samples.push({
      evaluation: Math.max(0, ...tasks.filter((t) => t.evaluation).map((t) => t.ferry)),
      ferry: Math.max(0, ...tasks.filter((t) => !t.evaluation).map((t) => t.ferry)),
      longest: Math.max(0, ...tasks.map((t) => t.total)),
      long: tasks.filter((t) => t.total > 50).length,
      heapMb: usedSize / 2 ** 20,
      units,
    });
    await page.close();
  }
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  return samples;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0).padStart(4)} ms`;
const without = await measure(false);
const withFerry = await measure(true);
console.log(`\nlong page: ${paragraphs} paragraphs, loaded and read to the end (median of ${runs} runs)`);
console.log(`  Ferry's longest task scanning and translating (its own script, budget 50 ms)  ${ms(median(withFerry.map((s) => s.ferry)))}`);
console.log(`  evaluating the pipeline once, when the gate finds Chinese                    ${ms(median(withFerry.map((s) => s.evaluation)))}`);
console.log(`  longest task with Ferry, the browser's rendering included                    ${ms(median(withFerry.map((s) => s.longest)))}  (${median(withFerry.map((s) => s.long))} over 50 ms)`);
console.log(`  longest task without Ferry, the page adding a line each step                 ${ms(median(without.map((s) => s.longest)))}  (${median(without.map((s) => s.long))} over 50 ms)`);
console.log(`  heap after reading: ${median(withFerry.map((s) => s.heapMb)).toFixed(1)} MB with Ferry (${median(withFerry.map((s) => s.units))} units), ${median(without.map((s) => s.heapMb)).toFixed(1)} MB without`);
translator.close();
site.close();
