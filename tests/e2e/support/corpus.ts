import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserName, FerryBrowser } from './browser';
import { collectUnits, scrollThrough, translationMatchesUnit, waitForSettled, type UnitInfo } from './ferry-dom';
import { REPO_FIXTURES_DIR, SHARED_PAGES_DIR, type FixtureServer } from './fixture-server';
import { batchStats, type E2eTranslator } from './translator-mock';

/**
 * The corpus measure: how much of each real page's visible Chinese ends up translated, and whether
 * anything is attached to the wrong paragraph. Shared by `npm run coverage` (prints) and the
 * corpus e2e test (asserts), so both report the same numbers.
 */

export interface CorpusPage {
  name: string;
  /** Path on the fixture server. */
  path: string;
  /** `ja-*`: Japanese, Ferry must leave it alone. */
  japanese: boolean;
  origin: 'shared' | 'repo';
}

export const CORPUS_THRESHOLDS = {
  /** Share of Han characters in visible text nodes of 10+ Han that sit in a done unit. */
  long: 0.97,
  /** Same for text nodes of 2-9 Han characters. */
  short: 0.8,
} as const;

/** Real pages committed in the repo (Apache-2.0/MIT copies); the shared corpus adds the rest. */
const REPO_REAL_PAGES = ['readability-gmw', 'zh-hant-cna', 'ja-readability-hukumusume'];

/** Every page of ../shared/fixtures/pages (when present), plus the real pages committed here. */
export function corpusPages(): CorpusPage[] {
  const pages = new Map<string, CorpusPage>();
  if (existsSync(SHARED_PAGES_DIR)) {
    for (const entry of readdirSync(SHARED_PAGES_DIR, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const file = ['page.html', 'source.html'].find((f) => existsSync(join(SHARED_PAGES_DIR, entry.name, f)));
      if (!file) continue;
      pages.set(entry.name, {
        name: entry.name,
        path: `/shared/${entry.name}/${file}`,
        japanese: entry.name.startsWith('ja-'),
        origin: 'shared',
      });
    }
  }
  for (const name of REPO_REAL_PAGES) {
    if (pages.has(name) || !existsSync(join(REPO_FIXTURES_DIR, name, 'page.html'))) continue;
    pages.set(name, { name, path: `/fixtures/${name}/page.html`, japanese: name.startsWith('ja-'), origin: 'repo' });
  }
  return [...pages.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Han characters in visible text, bucketed by the size of their text node. */
export interface HanCoverage {
  longHan: number;
  longCovered: number;
  shortHan: number;
  shortCovered: number;
}

/** Runs in the page: self-contained. */
function measureHanCoverage(): HanCoverage {
  const han = /\p{Script=Han}/gu;
  // Not prose a reader needs translated, or not Ferry's to touch: code is never translated.
  const SKIP = 'script, style, noscript, template, textarea, select, ferry-translation, pre, code, kbd, samp';
  const result = { longHan: 0, longCovered: 0, shortHan: 0, shortCovered: 0 };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const count = (node.nodeValue ?? '').match(han)?.length ?? 0;
    if (count < 2) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP)) continue;
    if (parent.getClientRects().length === 0 || !parent.checkVisibility({ visibilityProperty: true })) continue;
    const unit = parent.closest('[data-ferry-id]');
    const translation = unit?.lastElementChild;
    const covered =
      translation?.localName === 'ferry-translation' && translation.getAttribute('data-state') === 'done';
    if (count >= 10) {
      result.longHan += count;
      if (covered) result.longCovered += count;
    } else {
      result.shortHan += count;
      if (covered) result.shortCovered += count;
    }
  }
  return result;
}

export interface CorpusResult {
  browser: BrowserName;
  page: CorpusPage;
  coverage: HanCoverage;
  /** Share of long / short Han covered (1 when the page has none). */
  longShare: number;
  shortShare: number;
  units: number;
  done: number;
  errors: number;
  pending: number;
  /** Done translations that are not the mock's translation of their own unit's text. */
  wrong: number;
  wrongSamples: Array<{ id: string; text: string; translation: string }>;
  /** Units inside other units. */
  nested: number;
  /** Units that hold several of the page's paragraphs (three lines or more of Chinese) under one translation. */
  coarse: number;
  coarseSamples: string[];
  requests: number;
  textsPerRequest: number;
  /** Texts sent more than once while this page was open. */
  duplicates: number;
  /** Set when the page could not be measured (the run itself failed). */
  failure?: string;
  ms: number;
}

export interface MeasureOptions {
  /** How long to wait for the first translation on a Chinese page before scrolling anyway. */
  firstTimeout?: number;
  targetLanguage?: string;
}

/** Loads one page in a tab, scrolls through it, lets Ferry settle, and measures it. */
export async function measureCorpusPage(
  browser: FerryBrowser,
  server: FixtureServer,
  translator: E2eTranslator,
  page: CorpusPage,
  options: MeasureOptions = {},
): Promise<CorpusResult> {
  const started = Date.now();
  const { firstTimeout = 20_000, targetLanguage = 'en' } = options;
  const requestsBefore = translator.batches().length;
  const tab = await browser.openPage(server.url(page.path));
  let failure: string | undefined;
  let coverage: HanCoverage;
  let units: UnitInfo[];
  let coarse: string[];
  try {
    try {
      if (page.japanese) {
        // Nothing to wait for: give Ferry's gate a quiet second and a scroll to change its mind.
        await waitForSettled(tab, { quietMs: 1_000 });
      } else {
        // Ferry has started once it marks a unit (the first screen may hold no Chinese at all).
        await tab.waitForFunction(() => !!document.querySelector('[data-ferry-id]'), undefined, {
          timeout: firstTimeout,
        });
        await waitForSettled(tab);
      }
    } catch (error) {
      failure = `Ferry marked no unit: ${firstLine(error)}`;
    }
    try {
      await scrollThrough(tab);
    } catch (error) {
      failure ??= firstLine(error);
    }
    // Measure a settled page: if work started after the quiet window, settle again.
    for (let attempt = 0; ; attempt++) {
      await waitForSettled(tab, { quietMs: 500 }).catch((error: unknown) => {
        failure ??= firstLine(error);
      });
      coverage = await tab.evaluate(measureHanCoverage);
      units = await collectUnits(tab);
      coarse = await tab.evaluate(findCoarseUnits);
      if (attempt >= 2 || !units.some((unit) => unit.state === 'pending')) break;
    }
  } finally {
    await tab.close();
  }

  const wrongUnits = units.filter(
    (unit) => unit.state === 'done' && !translationMatchesUnit(unit, (text) => translator.expected(text, targetLanguage)),
  );
  const stats = batchStats(translator.batches().slice(requestsBefore));
  return {
    browser: browser.name,
    page,
    coverage,
    longShare: coverage.longHan ? coverage.longCovered / coverage.longHan : 1,
    shortShare: coverage.shortHan ? coverage.shortCovered / coverage.shortHan : 1,
    units: units.length,
    done: units.filter((u) => u.state === 'done').length,
    errors: units.filter((u) => u.state === 'error').length,
    pending: units.filter((u) => u.state === 'pending').length,
    wrong: wrongUnits.length,
    wrongSamples: wrongUnits.slice(0, 3).map((u) => ({
      id: u.id,
      text: u.text.trim().slice(0, 80),
      translation: (u.translation ?? '').slice(0, 80),
    })),
    nested: units.filter((u) => u.ancestors.length > 0).length,
    coarse: coarse.length,
    coarseSamples: coarse.slice(0, 3),
    requests: stats.requests,
    textsPerRequest: stats.textsPerRequest,
    duplicates: stats.duplicates.length,
    failure,
    ms: Date.now() - started,
  };
}

/**
 * Units whose text, as rendered, is several paragraphs under one translation: over 150
 * characters in three lines or more with Chinese of their own (between <br>s or blocks). A short
 * comment of a few lines is one unit by design. Self-contained: it is serialised into the page.
 */
function findCoarseUnits(): string[] {
  const lines = (text: string) => text.split('\n').filter((line) => (line.match(/\p{Script=Han}/gu)?.length ?? 0) >= 10);
  return [...document.querySelectorAll<HTMLElement>('[data-ferry-id]')].flatMap((unit) => {
    let own = unit.innerText;
    // Not the unit's text: its translation, and the options of a menu (never sent).
    for (const other of unit.querySelectorAll<HTMLElement>(':scope > ferry-translation, select')) own = own.replace(other.innerText, '');
    const paragraphs = lines(own);
    const long = own.replace(/\s+/g, '').length > 150;
    return long && paragraphs.length >= 3 ? [`<${unit.localName}> ${paragraphs.length} lines: ${own.trim().slice(0, 60)}`] : [];
  });
}

/** What the corpus test requires of one page; empty when it passes. */
export function corpusProblems(result: CorpusResult): string[] {
  const problems: string[] = [];
  if (result.page.japanese) {
    if (result.units > 0) problems.push(`${result.units} units on a Japanese page`);
    return problems;
  }
  if (result.longShare < CORPUS_THRESHOLDS.long) {
    problems.push(`10+ Han coverage ${pct(result.longShare)} < ${pct(CORPUS_THRESHOLDS.long)}`);
  }
  if (result.shortShare < CORPUS_THRESHOLDS.short) {
    problems.push(`2-9 Han coverage ${pct(result.shortShare)} < ${pct(CORPUS_THRESHOLDS.short)}`);
  }
  if (result.wrong > 0) problems.push(`${result.wrong} translations on the wrong unit: ${JSON.stringify(result.wrongSamples)}`);
  if (result.nested > 0) problems.push(`${result.nested} units nested in units`);
  if (result.coarse > 0) problems.push(`${result.coarse} coarse units (several paragraphs, one translation): ${JSON.stringify(result.coarseSamples)}`);
  if (result.failure) problems.push(result.failure);
  return problems;
}

/** One plain line per page per browser. */
export function formatCorpusResult(r: CorpusResult): string {
  const cells = [
    r.browser.padEnd(8),
    r.page.name.padEnd(26),
    r.page.japanese ? `ja units=${r.units}`.padEnd(31) : `long=${pct(r.longShare).padStart(6)} (${r.coverage.longHan} Han) short=${pct(r.shortShare).padStart(6)}`.padEnd(31),
    `units=${r.units} done=${r.done} err=${r.errors} pend=${r.pending}`,
    `wrong=${r.wrong} nested=${r.nested} coarse=${r.coarse}`,
    `req=${r.requests} texts/req=${r.textsPerRequest.toFixed(1)} dup=${r.duplicates}`,
    `${(r.ms / 1000).toFixed(1)}s`,
  ];
  return cells.join('  ') + (r.failure ? `  FAILED: ${r.failure}` : '');
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
