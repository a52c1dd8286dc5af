import { describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browser';
import { waitForSettled } from './support/ferry-dom';
import { useFerrySession } from './support/session';

interface Fought {
  removed: number;
  refused: number;
  posted: number;
}

/** What the page saw of Ferry, and what Ferry did to what the page owns. */
function pageReport() {
  const state = (id: string) => document.querySelector(`#${id} > ferry-translation`)?.getAttribute('data-state') ?? null;
  return {
    fought: { ...(window as unknown as { fought: Fought }).fought },
    states: ['p1', 'p2', 'p3'].map(state),
    fighter: document.querySelectorAll('#fighter ferry-translation').length,
    editor: document.getElementById('editor')?.innerHTML ?? '',
    field: (document.getElementById('field') as HTMLInputElement).value,
    area: (document.getElementById('area') as HTMLTextAreaElement).value,
    inOwnFields: document.querySelectorAll('#editor [data-ferry-id], #editor ferry-translation, ferry-compose').length,
    // The page's overrides are still its own.
    overridden: (() => {
      try {
        document.body.appendChild(document.createElement('span'));
        return false;
      } catch {
        return true;
      }
    })(),
  };
}

// A page that overrides the DOM's methods, removes what Ferry adds in one place, and posts
// messages shaped like an extension's, with an editor and fields of its own in Chinese. (Every
// fixture page is served with `default-src 'none'` plus what it needs: a strict CSP throughout.)
describe.each(e2eBrowsers())('a page that fights back, in %s', (name) => {
  const session = useFerrySession(name);

  it('is translated all the same, wins the fight over its own node, and keeps its fields and overrides', async () => {
    const page = await session.open('/fixtures/dynamic/hostile/page.html');
    try {
      await waitForSettled(page, { minDone: 3 });
      const editorBefore = await page.evaluate(() => document.getElementById('editor')?.innerHTML);
      const first = await page.evaluate(pageReport);
      expect(first.states).toEqual(['done', 'done', 'done']);

      // Two seconds later: nothing more removed (Ferry stopped putting its node back), the
      // messages did not turn Ferry off nor open a writing panel, and the page kept its own.
      await page.waitForFunction((posted) => (window as unknown as { fought: Fought }).fought.posted >= posted + 20, first.fought.posted);
      const later = await page.evaluate(pageReport);
      expect(later.states).toEqual(['done', 'done', 'done']);
      expect(later.fought.removed).toBe(first.fought.removed);
      expect(later.fought.removed).toBeGreaterThan(0);
      // Its mark, its translation, and five puttings back at most (utils/page/page-session.ts).
      expect(later.fought.removed).toBeLessThanOrEqual(7);
      expect(later.fighter).toBe(0);
      expect(later.editor).toBe(editorBefore);
      expect(later.field).toBe('输入框里的中文不应该被翻译');
      expect(later.area).toBe('文本框里的中文也不应该被改动');
      expect(later.inOwnFields).toBe(0);
      expect(later.overridden).toBe(true);
    } finally {
      await page.close();
    }
  });
});
