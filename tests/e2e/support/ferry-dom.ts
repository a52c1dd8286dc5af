import type { PageLike } from './browser';

/**
 * Reading Ferry's DOM contract from a page: units carry `data-ferry-id`; each has a
 * `<ferry-translation data-state="pending|done|error">` as its last child.
 * Everything here waits on conditions in the page; nothing sleeps.
 */

export interface UnitInfo {
  id: string;
  tag: string;
  /** The unit's own text (Ferry's nodes left out), as textContent. */
  text: string;
  /** Same, but only text whose parent is rendered (what innerText-style extraction would send). */
  visibleText: string;
  /** Same, without ruby annotations (<rt>, <rp>). */
  textWithoutRuby: string;
  state: string | null;
  /** textContent of the unit's <ferry-translation>, trimmed; null when it has none. */
  translation: string | null;
  /** The contract's shape for its <ferry-translation>; a list of what is off (empty when right). */
  contractProblems: string[];
  /** Ids of units this one sits inside (should be none). */
  ancestors: string[];
}

export interface FerryCounts {
  units: number;
  done: number;
  pending: number;
  error: number;
  translations: number;
}

export interface SettleOptions {
  /** Wait until at least this many translations are done (default 0). */
  minDone?: number;
  /** ...and nothing Ferry-related changed in the DOM for this long (default 300 ms). */
  quietMs?: number;
  timeout?: number;
}

interface TrackerWindow {
  __ferryE2eTracker?: { lastChange: number; frames: number; frameAtChange: number };
}

/** Starts (once per document) a record of when Ferry's part of the DOM last changed. */
export async function installFerryTracker(page: PageLike): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as TrackerWindow;
    if (w.__ferryE2eTracker) return;
    const tracker = { lastChange: performance.now(), frames: 0, frameAtChange: 0 };
    w.__ferryE2eTracker = tracker;
    // Frames as well as milliseconds: observers fire on rendering steps, which a loaded machine slows.
    const tick = () => {
      tracker.frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    // Scrolling counts as activity: Ferry asks for what scrolled near the viewport a moment after
    // scrolling stops, so "quiet" must start after the last scroll, not before it.
    const touch = () => {
      tracker.lastChange = performance.now();
      tracker.frameAtChange = tracker.frames;
    };
    addEventListener('scroll', touch, { capture: true, passive: true });
    const isFerry = (node: Node) =>
      node.nodeName === 'FERRY-TRANSLATION' ||
      (node instanceof Element && (node.hasAttribute('data-ferry-id') || !!node.querySelector('ferry-translation')));
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target instanceof Element ? record.target : record.target.parentElement;
        if (
          record.type === 'attributes' ||
          target?.closest('ferry-translation, [data-ferry-id]') ||
          [...record.addedNodes, ...record.removedNodes].some(isFerry)
        ) {
          tracker.lastChange = performance.now();
          tracker.frameAtChange = tracker.frames;
          return;
        }
      }
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-ferry-id', 'data-state', 'data-ferry-waiting'],
    });
  });
}

export async function ferryCounts(page: PageLike): Promise<FerryCounts> {
  return page.evaluate(() => ({
    units: document.querySelectorAll('[data-ferry-id]').length,
    done: document.querySelectorAll('ferry-translation[data-state="done"]').length,
    // Asked for, its mark shown or not yet (a quick answer needs none).
    pending: document.querySelectorAll('ferry-translation[data-state="pending"], [data-ferry-waiting]').length,
    error: document.querySelectorAll('ferry-translation[data-state="error"]').length,
    translations: document.querySelectorAll('ferry-translation').length,
  }));
}

/**
 * Waits until no translation is pending, at least `minDone` are done, and Ferry's DOM has been
 * quiet for `quietMs`. On timeout the error says where the page stood.
 */
export async function waitForSettled(page: PageLike, options: SettleOptions = {}): Promise<FerryCounts> {
  const { minDone = 0, quietMs = 300, timeout = 30_000 } = options;
  await installFerryTracker(page);
  try {
    await page.waitForFunction(
      ({ minDone: min, quietMs: quiet }) => {
        const tracker = (window as unknown as TrackerWindow).__ferryE2eTracker;
        return (
          document.querySelectorAll('ferry-translation[data-state="pending"], [data-ferry-waiting]').length === 0 &&
          document.querySelectorAll('ferry-translation[data-state="done"]').length >= min &&
          (!tracker ||
            (performance.now() - tracker.lastChange >= quiet &&
              // A hidden tab renders no frames; there only the clock counts.
              (document.visibilityState !== 'visible' || tracker.frames - tracker.frameAtChange >= 3)))
        );
      },
      { minDone, quietMs },
      { timeout, polling: 50 },
    );
  } catch (error) {
    const counts = await ferryCounts(page).catch(() => undefined);
    throw new Error(
      `Ferry did not settle within ${timeout} ms (wanted >= ${minDone} done, none pending) on ${page.url()}: ` +
        `${JSON.stringify(counts)}\n${String(error)}`,
    );
  }
  return ferryCounts(page);
}

/** Waits for `minDone` done translations and nothing pending (the usual "page is translated"). */
export function waitForTranslations(page: PageLike, minDone = 1, timeout = 30_000): Promise<FerryCounts> {
  return waitForSettled(page, { minDone, timeout });
}

/**
 * Scrolls the window from top to bottom one viewport (less a margin) at a time, letting Ferry
 * settle at each step, so viewport-driven translation reaches the whole page. Ends at the bottom.
 */
export async function scrollThrough(page: PageLike, options: { stepTimeout?: number; quietMs?: number } = {}): Promise<void> {
  const { stepTimeout = 30_000, quietMs = 250 } = options;
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await waitForSettled(page, { quietMs, timeout: stepTimeout });
  // A page that keeps growing (feeds) is bounded by a step cap.
  for (let step = 0; step < 400; step++) {
    const moved = await page.evaluate(() => {
      const scroller = document.scrollingElement ?? document.documentElement;
      const before = scroller.scrollTop;
      const atBottom = before + window.innerHeight >= scroller.scrollHeight - 2;
      if (atBottom) return false;
      window.scrollTo({ top: before + Math.max(200, Math.floor(window.innerHeight * 0.85)), behavior: 'instant' });
      return scroller.scrollTop !== before;
    });
    if (!moved) break;
    await waitForSettled(page, { quietMs, timeout: stepTimeout });
  }
}

/** Every unit on the page with its translation, in document order. */
export async function collectUnits(page: PageLike): Promise<UnitInfo[]> {
  return page.evaluate(() => {
    const SKIP = 'ferry-translation, script, style, noscript, template';
    function textOf(unit: Element, keep: (text: Text) => boolean): string {
      const walker = document.createTreeWalker(unit, NodeFilter.SHOW_TEXT);
      let out = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest(SKIP)) continue;
        if (keep(node as Text)) out += node.nodeValue ?? '';
      }
      return out;
    }
    const rendered = (text: Text) => {
      const parent = text.parentElement!;
      return parent.getClientRects().length > 0 && parent.checkVisibility({ visibilityProperty: true });
    };
    return [...document.querySelectorAll('[data-ferry-id]')].map((unit) => {
      // A button drawn by <input> holds no children: its translation comes right after it.
      const control = unit.localName === 'input';
      const own = control
        ? [unit.nextElementSibling].filter((next): next is Element => next?.localName === 'ferry-translation')
        : [...unit.children].filter((child) => child.localName === 'ferry-translation');
      const translation = own[own.length - 1] ?? null;
      const problems: string[] = [];
      if (!translation) problems.push('no <ferry-translation> child');
      else {
        if (own.length > 1) problems.push(`${own.length} <ferry-translation> children`);
        if (control ? unit.nextSibling !== translation : unit.lastElementChild !== translation) problems.push('not in its place');
        if (!['pending', 'done', 'error'].includes(translation.getAttribute('data-state') ?? '')) {
          problems.push(`data-state=${translation.getAttribute('data-state')}`);
        }
        if (!translation.getAttribute('lang')) problems.push('no lang');
        if (translation.getAttribute('translate') !== 'no') problems.push('translate is not "no"');
        if (!translation.classList.contains('notranslate')) problems.push('no class notranslate');
      }
      const ancestors: string[] = [];
      for (let up = unit.parentElement?.closest('[data-ferry-id]'); up; up = up.parentElement?.closest('[data-ferry-id]')) {
        ancestors.push(up.getAttribute('data-ferry-id') ?? '');
      }
      return {
        id: unit.getAttribute('data-ferry-id') ?? '',
        tag: unit.localName,
        text: control ? (unit as HTMLInputElement).value : textOf(unit, () => true),
        visibleText: control ? (unit as HTMLInputElement).value : textOf(unit, rendered),
        textWithoutRuby: control ? (unit as HTMLInputElement).value : textOf(unit, (t) => !t.parentElement!.closest('rt, rp')),
        state: translation?.getAttribute('data-state') ?? null,
        translation: translation ? (translation.textContent ?? '').trim() : null,
        contractProblems: problems,
        ancestors,
      };
    });
  });
}

/** Whitespace-insensitive comparison: extraction may collapse or trim what the DOM holds. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * True when a done unit's translation is the mock's translation of that unit's own text, under any
 * of the reasonable readings of "its text" (all of it, only the rendered part, without ruby).
 */
export function translationMatchesUnit(
  unit: UnitInfo,
  translate: (text: string) => string,
): boolean {
  if (unit.translation === null) return false;
  const got = squash(unit.translation);
  return [unit.text, unit.visibleText, unit.textWithoutRuby].some((text) => squash(translate(text.trim())) === got);
}
