import { describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browser';
import { expectMarkedBlocksTranslated } from './support/expectations';
import { waitForSettled, waitForTranslations } from './support/ferry-dom';
import { useFerrySession } from './support/session';

interface Hidden {
  text: string;
  why: string;
}

describe.each(e2eBrowsers())('translations in boxes that cannot grow, in %s', (name) => {
  const session = useFerrySession(name);

  it('are visible: not cut by a fixed height, a max-height, a line clamp or an ellipsis, nor painted over', async () => {
    const page = await session.open('/fixtures/clipped-boxes/page.html');
    try {
      await waitForTranslations(page, 1);
      await waitForSettled(page);
      const units = await expectMarkedBlocksTranslated(page, session.translator);
      expect(units).toHaveLength(14);

      const hidden = await page.evaluate(() => {
        const found: Hidden[] = [];
        for (const node of document.querySelectorAll<HTMLElement>('ferry-translation[data-state=done]')) {
          const text = node.textContent ?? '';
          const first = node.getClientRects()[0];
          if (!first || first.width < 1 || first.height < 1) {
            found.push({ text, why: 'no box' });
            continue;
          }
          for (let el = node.parentElement; el && el !== document.body; el = el.parentElement) {
            const style = getComputedStyle(el);
            const clipping = [style.overflowX, style.overflowY].some((o) => o === 'hidden' || o === 'clip');
            const box = el.getBoundingClientRect();
            for (const rect of node.getClientRects()) {
              const inside = rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1 && rect.right <= box.right + 1;
              if (clipping && !inside) found.push({ text, why: `cut by ${el.className || el.tagName}` });
            }
          }
          const x = first.left + Math.min(first.width / 2, 20);
          const y = first.top + first.height / 2;
          const top = document.elementFromPoint(x, y);
          if (!top || !node.contains(top)) found.push({ text, why: `painted over by ${top?.className || top?.tagName}` });
        }
        return found;
      });
      expect(hidden).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
