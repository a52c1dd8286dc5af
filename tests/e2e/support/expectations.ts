import { expect } from 'vitest';
import type { FerryBrowser, PageLike } from './browser';
import { collectUnits, translationMatchesUnit, type UnitInfo } from './ferry-dom';
import type { E2eTranslator } from './translator-mock';

/**
 * Hand-written fixture pages mark their blocks: `data-expect="unit"` (gets its own translation)
 * or `data-expect="none"` (Ferry leaves it, and everything in it, alone).
 */
interface Marked {
  expect: string;
  snippet: string;
  ownId: string | null;
  unitsInside: number;
  insideUnit: boolean;
}

export async function markedBlocks(page: PageLike): Promise<Marked[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-expect]')].map((el) => ({
      expect: el.getAttribute('data-expect') ?? '',
      snippet: (el.textContent ?? '').trim().slice(0, 40),
      ownId: el.getAttribute('data-ferry-id'),
      unitsInside: el.querySelectorAll('[data-ferry-id], ferry-translation').length,
      insideUnit: !!el.parentElement?.closest('[data-ferry-id]'),
    })),
  );
}

/**
 * Every `data-expect="unit"` block is a unit whose translation is done and is the mock's
 * translation of that block's own text; every `data-expect="none"` block is untouched; and there
 * are no other units. Returns the units for further checks.
 */
export async function expectMarkedBlocksTranslated(page: PageLike, translator: E2eTranslator): Promise<UnitInfo[]> {
  const [marked, units] = [await markedBlocks(page), await collectUnits(page)];
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const wanted = marked.filter((m) => m.expect === 'unit');
  expect(wanted.length).toBeGreaterThan(0);

  const problems: string[] = [];
  for (const block of wanted) {
    const unit = block.ownId === null ? undefined : byId.get(block.ownId);
    if (!unit) problems.push(`not a unit: ${block.snippet}`);
    else if (unit.state !== 'done') problems.push(`state ${unit.state}: ${block.snippet}`);
    else if (!translationMatchesUnit(unit, (text) => translator.expected(text))) {
      problems.push(`translation of another text under: ${block.snippet} -> ${unit.translation?.slice(0, 40)}`);
    }
    if (unit && unit.contractProblems.length) problems.push(`${unit.contractProblems.join(', ')}: ${block.snippet}`);
    if (unit && unit.ancestors.length) problems.push(`nested in another unit: ${block.snippet}`);
  }
  for (const block of marked.filter((m) => m.expect === 'none')) {
    if (block.ownId !== null || block.unitsInside > 0 || block.insideUnit) problems.push(`touched: ${block.snippet}`);
  }
  const wantedIds = new Set(wanted.map((m) => m.ownId));
  for (const unit of units) {
    if (!wantedIds.has(unit.id)) problems.push(`unexpected unit <${unit.tag}>: ${unit.text.trim().slice(0, 40)}`);
  }
  expect(problems).toEqual([]);
  return units;
}

/** Ferry has left no node or attribute of its own in the page. */
export async function ferryTraces(page: PageLike): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelectorAll('ferry-translation, ferry-gloss, ferry-run, [data-ferry-id]').length +
      [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((attr) => attr.name.startsWith('data-ferry')),
      ).length,
  );
}

/**
 * Turns Ferry off for the page's tab with the popup's switch, as a user does, and waits until the
 * page holds nothing of Ferry's.
 */
export async function turnOffInPopup(browser: FerryBrowser, page: PageLike): Promise<void> {
  const toggle = '[data-testid="popup-toggle"]';
  const popup = await browser.openExtensionPage('popup.html');
  try {
    await popup.waitForFunction((selector) => {
      const input = document.querySelector<HTMLInputElement>(selector);
      return !!input && !input.disabled && input.checked;
    }, toggle);
    await popup.click(toggle);
    await popup.waitForFunction((selector) => document.querySelector<HTMLInputElement>(selector)?.checked === false, toggle);
  } finally {
    await popup.close();
  }
  await page.waitForFunction(() => !document.querySelector('ferry-translation, ferry-gloss, ferry-run, [data-ferry-id]'));
}

/** The page's body is exactly what it was before Ferry ran (needs `snapshotInitialBody`). */
export async function expectInitialBody(page: PageLike): Promise<void> {
  const { initial, now } = await page.evaluate(() => ({
    initial: (window as unknown as { __ferryE2eInitialBody?: string }).__ferryE2eInitialBody,
    now: document.body.innerHTML,
  }));
  expect(initial).toBeTypeOf('string');
  expect(now === initial, 'body.innerHTML after turning off equals the page before Ferry').toBe(true);
}
