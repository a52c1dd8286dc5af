import { describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browser';
import { useFerrySession } from './support/session';

const NAVIGATIONS = 200;

/** Ferry's marks on the page: units and translation nodes (old posts' must be let go). */
function ferryFootprint() {
  return {
    units: document.querySelectorAll('[data-ferry-id]').length,
    nodes: document.querySelectorAll('ferry-translation').length,
    paragraphs: document.querySelectorAll('#app > *').length,
  };
}

// A reader going through 200 posts of a single-page app in one tab: each post is translated as it
// comes, Ferry keeps only the current post's units and nodes, and (where the browser can say)
// the heap of the page and its content scripts stays flat.
describe.each(e2eBrowsers())('a long session in one tab of a single-page app, in %s', (name) => {
  const session = useFerrySession(name);

  it(`translates each of ${NAVIGATIONS} posts, with a flat footprint`, { timeout: 240_000 }, async () => {
    const page = await session.open('/fixtures/dynamic/spa/page.html');
    try {
      let heapAfterWarmUp: number | null = null;
      let largest = { units: 0, nodes: 0, paragraphs: 0 };
      for (let post = 1; post <= NAVIGATIONS; post++) {
        if (post > 1) await page.click('#next');
        // This post's title and first paragraph, translated.
        await page.waitForFunction(
          (n) =>
            document.title.includes(`第${n}篇`) &&
            document.querySelector('#app > h1 > ferry-translation[data-state="done"]') !== null &&
            document.querySelector('#app > h1')?.textContent?.includes(`第${n}篇`) &&
            document.querySelector('#app > p > ferry-translation[data-state="done"]') !== null,
          post,
          { timeout: 15_000 },
        );
        const footprint = await page.evaluate(ferryFootprint);
        if (footprint.units > largest.units) largest = footprint;
        if (post === 20) heapAfterWarmUp = await page.heapBytes();
      }
      // Never more units than the post on screen has blocks (the link above it counts too).
      expect(largest.units).toBeLessThanOrEqual(largest.paragraphs + 1);
      expect(largest.nodes).toBeLessThanOrEqual(largest.paragraphs + 1);
      if (name === 'chromium') {
        // 180 posts later: within 3 MB of where it was after the first 20.
        const heapAtEnd = await page.heapBytes();
        console.log(`${name}: heap after post 20 ${(heapAfterWarmUp! / 2 ** 20).toFixed(1)} MB, after post ${NAVIGATIONS} ${(heapAtEnd! / 2 ** 20).toFixed(1)} MB`);
        expect(heapAfterWarmUp).not.toBeNull();
        expect(heapAtEnd! - heapAfterWarmUp!).toBeLessThan(3 * 1024 * 1024);
      }
      expect(session.requestCount()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
