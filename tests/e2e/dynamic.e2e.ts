import { describe, expect, it } from 'vitest';
import { e2eBrowsers, type PageLike } from './support/browser';
import { collectUnits, translationMatchesUnit, waitForSettled, waitForTranslations } from './support/ferry-dom';
import { useFerrySession, type FerrySession } from './support/session';

/** Each `.post p` of the feed is a unit whose translation is done and is its own. */
async function expectPostsTranslated(session: FerrySession, page: PageLike, posts: number) {
  await page.waitForFunction(
    (n) => {
      const paragraphs = [...document.querySelectorAll('#feed > .post > p')];
      return (
        paragraphs.length === n &&
        paragraphs.every((p) => p.lastElementChild?.matches('ferry-translation[data-state="done"]'))
      );
    },
    posts,
    { timeout: 30_000 },
  );
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('#feed > .post > p')].map((p) => p.getAttribute('data-ferry-id')),
  );
  const units = new Map((await collectUnits(page)).map((unit) => [unit.id, unit]));
  for (const id of ids) {
    const unit = id === null ? undefined : units.get(id);
    expect(unit, `post ${id}`).toBeDefined();
    expect(translationMatchesUnit(unit!, (text) => session.translator.expected(text))).toBe(true);
  }
}

describe.each(e2eBrowsers())('content added after load in %s', (name) => {
  const session = useFerrySession(name);

  it('is translated when the page appends it ("load more" and a timer)', async () => {
    const page = await session.open('/fixtures/dynamic/load-more/page.html?timer');
    try {
      await waitForTranslations(page, 3);
      // The timer's post arrives a second after load.
      await expectPostsTranslated(session, page, 4);

      await page.click('#load-more');
      await expectPostsTranslated(session, page, 7);
      await page.click('#load-more');
      await expectPostsTranslated(session, page, 10);
      expect((await waitForSettled(page)).error).toBe(0);
    } finally {
      await page.close();
    }
  });
});
