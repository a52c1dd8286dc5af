import { describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browser';
import { expectMarkedBlocksTranslated } from './support/expectations';
import { waitForSettled, waitForTranslations } from './support/ferry-dom';
import { layoutProblems, unseenTranslations } from './support/page-layout';
import { useFerrySession } from './support/session';

describe.each(e2eBrowsers())('boxes a page sizes itself (Weibo, Zhihu, Douban, Bilibili, Tieba patterns), in %s', (name) => {
  const session = useFerrySession(name);

  it('are never grown: cards, bars, a carousel and a drawer keep their geometry, take their clicks and show every translation', async () => {
    const page = await session.open('/fixtures/dynamic/layout-safety/page.html');
    try {
      await waitForTranslations(page, 20);
      await waitForSettled(page);
      await expectMarkedBlocksTranslated(page, session.translator);
      expect(await unseenTranslations(page)).toEqual([]);
      expect(
        await layoutProblems(page, {
          controls: ['.top-nav .tab', '.top-nav input', '.top-nav .login', '.video-card .cover', '.video-card .title', '.vote', '.drawer .close', '.drawer footer input', '.drawer footer button', '.float-bar button'],
          cards: '.video-card',
          inViewport: ['.drawer header', '.drawer footer', '.float-bar', '.top-nav'],
        }),
      ).toEqual([]);
      const moved = await page.evaluate(() => {
        const before = (window as unknown as { __boxesBefore: number[][] }).__boxesBefore;
        return [...document.querySelectorAll('[data-fixed]')]
          .map((el, i) => {
            const r = el.getBoundingClientRect();
            const now = [r.left, r.top, r.width, r.height];
            // A box in the flow (the carousel) moves down when text above it grows; it keeps its size.
            const inFlow = ['static', 'relative'].includes(getComputedStyle(el).position);
            const changed = now.some((v, j) => (j >= 2 || !inFlow) && Math.abs(v - before[i]![j]!) > 0.5);
            return changed ? `${el.className}: ${before[i]} -> ${now}` : '';
          })
          .filter(Boolean);
      });
      expect(moved).toEqual([]);
      // The answer in the normal flow may grow: its translations sit under its paragraphs.
      expect(
        await page.evaluate(() => [...document.querySelectorAll('article ferry-translation')].every((t) => !t.hasAttribute('data-ferry-fit'))),
      ).toBe(true);
    } finally {
      await page.close();
    }
  });
});
