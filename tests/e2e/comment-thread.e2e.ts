import { describe, expect, it } from 'vitest';
import { e2eBrowsers, type PageLike } from './support/browser';
import { collectUnits, translationMatchesUnit, waitForSettled, waitForTranslations } from './support/ferry-dom';
import { useFerrySession, type FerrySession } from './support/session';

/** Every `.reply` is a unit of its own, done, with its own translation, and no unit is nested. */
async function expectRepliesTranslated(session: FerrySession, page: PageLike, replies: number) {
  await page.waitForFunction(
    (n) => {
      const all = [...document.querySelectorAll('.reply')];
      return all.length === n && all.every((r) => r.lastElementChild?.matches('ferry-translation[data-state="done"]'));
    },
    replies,
    { timeout: 30_000 },
  );
  const ids = await page.evaluate(() => [...document.querySelectorAll('.reply')].map((r) => r.getAttribute('data-ferry-id')));
  const units = new Map((await collectUnits(page)).map((unit) => [unit.id, unit]));
  for (const id of ids) {
    const unit = id === null ? undefined : units.get(id);
    expect(unit, `reply ${id}`).toBeDefined();
    expect(unit!.ancestors).toEqual([]);
    expect(translationMatchesUnit(unit!, (text) => session.translator.expected(text))).toBe(true);
  }
}

describe.each(e2eBrowsers())('a comment column in %s', (name) => {
  const session = useFerrySession(name);

  it('splits a small thread translated whole into one unit per reply once replies load into it', async () => {
    const page = await session.open('/fixtures/dynamic/comment-thread/page.html');
    try {
      await waitForTranslations(page, 2);
      // Small at first: the thread (opening post + one reply) is one unit.
      expect(await page.evaluate(() => document.getElementById('thread')!.hasAttribute('data-ferry-id'))).toBe(true);
      await page.click('#expand');
      await expectRepliesTranslated(session, page, 15);
      expect(await page.evaluate(() => document.getElementById('thread')!.hasAttribute('data-ferry-id'))).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('puts a translation back when the page re-renders a reply, or removes it, and drops it', async () => {
    const page = await session.open('/fixtures/dynamic/comment-thread/page.html');
    try {
      await waitForTranslations(page, 2);
      await page.click('#expand');
      await expectRepliesTranslated(session, page, 15);
      await page.click('#rerender');
      await expectRepliesTranslated(session, page, 15);
      await page.click('#trim');
      await expectRepliesTranslated(session, page, 15);
    } finally {
      await page.close();
    }
  });

  it('translates a virtualised list that re-creates its nodes from the cache, with no new request', async () => {
    const page = await session.open('/fixtures/dynamic/comment-thread/page.html');
    try {
      await waitForTranslations(page, 2);
      await page.click('#expand');
      await expectRepliesTranslated(session, page, 15);
      await waitForSettled(page);
      const before = session.requestCount();
      await page.click('#recycle');
      await expectRepliesTranslated(session, page, 15);
      expect(session.requestCount()).toBe(before);
    } finally {
      await page.close();
    }
  });
});
