import { describe, expect, it } from 'vitest';
import { e2eBrowsers, type PageLike } from './support/browser';
import { ferryTraces, turnOffInPopup } from './support/expectations';
import { waitForSettled } from './support/ferry-dom';
import { layoutProblems, unseenTranslations } from './support/page-layout';
import {
  FEED_CONTROLS,
  NOTE_CONTROLS,
  chromeUnits,
  openRedNote,
  scrollCommentsToEnd,
  scrollFeed,
  textsAndTranslations,
  translationProblems,
  waitForShownDone,
} from './support/rednote-app';
import { useFerrySession, type FerrySession } from './support/session';
import { SITE_HOSTS } from './support/site-hosts';
import { batchStats } from './support/translator-mock';

const CARD_TITLE = 'section.note-item .footer .title';
const COMMENT = '.comment-item .content';
const NOTE_IN_VIEW = ['.author-container', '.engage-bar', '#content-textarea', '.note-container', '.close-circle'];

/** Opens the feed and waits until the titles of the cards in view are translated. */
async function openFeed(session: FerrySession, path = '/explore', host?: string): Promise<PageLike> {
  const page = await openRedNote(session, path, host);
  await waitForShownDone(page, CARD_TITLE);
  await waitForSettled(page);
  return page;
}

/** Opens the note of the feed card at `index` (its cover, as a reader clicks it). */
async function openNote(page: PageLike, index: number): Promise<void> {
  await page.click(`section.note-item[data-index="${index}"] .cover`);
  await page.waitForSelector('.note-detail-mask #noteContainer');
  await waitForShownDone(page, '#detail-title');
  await waitForShownDone(page, COMMENT);
  await waitForSettled(page);
}

/** The hints of the labels matching `selector` (inside them, or right after an inline one), as text. */
function glosses(page: PageLike, selector: string): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)].flatMap((label) =>
        [...label.querySelectorAll('ferry-gloss'), label.nextElementSibling]
          .filter((node): node is Element => node?.localName === 'ferry-gloss')
          .map((gloss) => gloss.textContent ?? ''),
      ),
    selector,
  );
}

describe.each(e2eBrowsers())('RedNote (a fixture app built like it) in %s', (name) => {
  const session = useFerrySession(name);

  it('translates feed card titles inside their cards: no card grows, covers another or loses a click', async () => {
    const page = await openFeed(session);
    try {
      expect(await translationProblems(session, page, CARD_TITLE, { shownOnly: true })).toEqual([]);
      expect(await unseenTranslations(page)).toEqual([]);
      expect(await layoutProblems(page, { controls: FEED_CONTROLS, cards: 'section.note-item' })).toEqual([]);
      // Every card keeps the height the masonry measured for it before any translation.
      const grown = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement & { item?: { height: number } }>('section.note-item')]
          .filter((card) => card.item && card.offsetHeight !== card.item.height)
          .map((card) => `${card.dataset.index}: ${card.item!.height} -> ${card.offsetHeight}`),
      );
      expect(grown).toEqual([]);
      expect(await chromeUnits(page)).toEqual([]);
      expect(await glosses(page, '.side-bar')).toEqual(expect.arrayContaining(['Explore', 'Notifications']));
      expect(await glosses(page, '.channel-container')).toContain('For you');
    } finally {
      await page.close();
    }
  });

  it('shows a recycled card its translation at once, with no request', async () => {
    const page = await openFeed(session);
    try {
      await scrollFeed(page, 'down');
      const requests = session.requestCount();
      await scrollFeed(page, 'up');
      await waitForShownDone(page, CARD_TITLE);
      expect(await translationProblems(session, page, CARD_TITLE, { shownOnly: true })).toEqual([]);
      expect(session.requestCount()).toBe(requests);
      expect(batchStats(session.translator.batches()).duplicates).toEqual([]);
      expect(await layoutProblems(page, { controls: FEED_CONTROLS, cards: 'section.note-item' })).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('opens a note as a modal: title, text and comments translated, chrome glossed, header and comment box in reach', async () => {
    const page = await openFeed(session);
    try {
      await openNote(page, 0);
      expect(page.url()).toMatch(/\/explore\/[0-9a-f]{24}$/);
      expect(await translationProblems(session, page, '#detail-title')).toEqual([]);
      expect(await translationProblems(session, page, '#detail-desc .note-text')).toEqual([]);
      expect(await translationProblems(session, page, COMMENT, { shownOnly: true })).toEqual([]);
      expect(await unseenTranslations(page, '.note-container')).toEqual([]);
      expect(await layoutProblems(page, { controls: NOTE_CONTROLS, inViewport: NOTE_IN_VIEW })).toEqual([]);
      expect(await chromeUnits(page)).toEqual([]);

      expect(await glosses(page, '.comments-container > .total')).toEqual([expect.stringMatching(/^\d+ comments$/)]);
      expect(await glosses(page, '.show-more')).toContainEqual(expect.stringMatching(/^Show \d+ repl(y|ies)$/));
      expect(await glosses(page, '.comment-item .reply')).toContain('Reply');
      expect(await glosses(page, '.comment-item .location')).not.toEqual([]);
      // Hints never change a row: hiding them leaves every row exactly as tall.
      const rows = '.comment-item .info, .engage-bar, .author-container, .comments-container > .total, .show-more';
      const heights = () =>
        page.evaluate((sel) => [...document.querySelectorAll(sel)].map((el) => el.getBoundingClientRect().height), rows);
      const withHints = await heights();
      await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'ferry-gloss { display: none !important }' })));
      expect(await heights()).toEqual(withHints);
    } finally {
      await page.close();
    }
  });

  it('translates every comment and reply read in the scrolling column, a page of comments in one go', async () => {
    const page = await openFeed(session);
    try {
      await openNote(page, 0);
      const before = session.requestCount();
      const pagesBefore = await page.evaluate(() => (window as unknown as { __rednote: { commentPages: number } }).__rednote.commentPages);
      await scrollCommentsToEnd(page);
      const pages = (await page.evaluate(() => (window as unknown as { __rednote: { commentPages: number } }).__rednote.commentPages)) - pagesBefore;
      expect(pages).toBeGreaterThan(0);
      expect(await translationProblems(session, page, COMMENT)).toEqual([]);
      // Slang and one-character comments are content.
      const texts = (await textsAndTranslations(page, COMMENT)).map((t) => t.text);
      expect(texts).toEqual(expect.arrayContaining(['求', '私', 'yyds', '绝绝子']));
      expect(session.requestCount() - before).toBeLessThanOrEqual(2 * pages);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(batchStats(session.translator.batches()).duplicates).toEqual([]);
      expect(await layoutProblems(page, { controls: NOTE_CONTROLS, inViewport: NOTE_IN_VIEW })).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('translates the replies behind "展开 N 条回复" inside their thread, for one request a click', async () => {
    const page = await openFeed(session);
    try {
      await openNote(page, 0);
      const before = session.requestCount();
      const shownBefore = await page.count('.parent-comment:first-child .comment-item-sub');
      await page.click('.parent-comment:first-child .show-more');
      await page.waitForFunction(
        (n) => document.querySelectorAll('.parent-comment:first-child .comment-item-sub').length > n,
        shownBefore,
      );
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.parent-comment:first-child .comment-item-sub .content')].every((c) =>
          c.querySelector(':scope > ferry-translation[data-state="done"]'),
        ),
      );
      await waitForSettled(page);
      expect(session.requestCount() - before).toBeLessThanOrEqual(1);
      expect(await translationProblems(session, page, '.parent-comment:first-child .comment-item-sub .content')).toEqual([]);
      expect(await chromeUnits(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('translates the whole description again after "展开", never leaving the old translation', async () => {
    const page = await openFeed(session);
    try {
      // The first note in the feed whose description the app shortens behind "展开".
      const index = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement & { item?: { note: { desc: string } } }>('section.note-item')]
          .filter((card) => card.item && card.getBoundingClientRect().top < innerHeight)
          .find((card) => card.item!.note.desc.length > 60)?.dataset.index,
      );
      expect(index).toBeDefined();
      await openNote(page, Number(index));
      await waitForShownDone(page, '#detail-desc .note-text');
      const preview = (await textsAndTranslations(page, '#detail-desc .note-text'))[0]!;
      // Click, and look at the very next frame: the old translation must be gone already.
      const nextFrame = await page.evaluate(async () => {
        (document.querySelector('#detail-desc .expand') as HTMLElement).click();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const node = document.querySelector('#detail-desc .note-text > ferry-translation');
        return { state: node?.getAttribute('data-state') ?? null, text: node?.textContent ?? '' };
      });
      expect(nextFrame.state === 'done' && nextFrame.text.includes(preview.text.replace(/…$/, ''))).toBe(false);
      await waitForShownDone(page, '#detail-desc .note-text');
      await waitForSettled(page);
      expect(await translationProblems(session, page, '#detail-desc .note-text')).toEqual([]);
      const full = (await textsAndTranslations(page, '#detail-desc .note-text'))[0]!;
      expect(full.text.length).toBeGreaterThan(preview.text.length);
    } finally {
      await page.close();
    }
  });

  it('switches notes in place and back, and closes and reopens one, with no stale or doubled translation', async () => {
    const page = await openFeed(session);
    try {
      await openNote(page, 0);
      const check = async () => {
        await waitForShownDone(page, '#detail-title');
        await waitForShownDone(page, COMMENT);
        await waitForSettled(page);
        expect(await translationProblems(session, page, '#detail-title')).toEqual([]);
        expect(await translationProblems(session, page, '#detail-desc .note-text')).toEqual([]);
        expect(await translationProblems(session, page, COMMENT, { shownOnly: true })).toEqual([]);
        expect(await chromeUnits(page)).toEqual([]);
      };
      const first = await page.text('#detail-title');
      await page.click('.arrow-controller.right');
      await page.waitForFunction((title) => document.querySelector('#detail-title')?.firstChild?.textContent !== title, first);
      await check();
      await page.click('.arrow-controller.right');
      await check();
      const seen = session.requestCount();
      await page.click('.arrow-controller.left');
      await page.click('.arrow-controller.left');
      await check();
      expect(session.requestCount()).toBe(seen); // both notes were read already

      await page.click('.close-circle');
      await page.waitForFunction(() => !document.querySelector('.note-detail-mask') && location.pathname === '/explore');
      await page.evaluate(() => history.forward());
      await page.waitForSelector('.note-detail-mask #noteContainer');
      await check();
      expect(session.requestCount()).toBe(seen);
      expect(batchStats(session.translator.batches()).duplicates).toEqual([]);
      expect(await layoutProblems(page, { controls: NOTE_CONTROLS, inViewport: NOTE_IN_VIEW })).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('leaves what the reader types alone, and the app posts it', async () => {
    const page = await openFeed(session);
    try {
      await openNote(page, 0);
      await page.type('#content-textarea', 'so cute');
      await page.evaluate(() => document.execCommand('insertText', false, ' 太可爱了吧'));
      await waitForSettled(page);
      expect(await page.evaluate(() => document.querySelector('#content-textarea')!.innerHTML)).toBe('so cute 太可爱了吧');
      await page.click('.engage-bar .submit');
      expect(await page.evaluate(() => (window as unknown as { __rednote: { posted: string[] } }).__rednote.posted)).toEqual([
        'so cute 太可爱了吧',
      ]);
      // The posted comment is a comment like any other.
      await page.waitForFunction(() =>
        document.querySelector('.list-container .parent-comment:first-child .content > ferry-translation[data-state="done"]'),
      );
    } finally {
      await page.close();
    }
  });

  it('works the same on rednote.com and on search results', async () => {
    const page = await openFeed(session, '/search_result?keyword=%E8%A1%A3%E6%9C%8D', SITE_HOSTS.rednoteOverseas);
    try {
      expect(await translationProblems(session, page, CARD_TITLE, { shownOnly: true })).toEqual([]);
      expect(await layoutProblems(page, { controls: [...FEED_CONTROLS, '.search-layout .reds-tab-item'], cards: 'section.note-item' })).toEqual([]);
      expect(await chromeUnits(page)).toEqual([]);
      expect(await glosses(page, '.search-layout')).toEqual(expect.arrayContaining(['All', 'Videos']));
    } finally {
      await page.close();
    }
  });

  it('takes every translation, hint and mark away when turned off from the popup', async () => {
    const page = await openFeed(session);
    try {
      await openNote(page, 0);
      expect(await page.count('ferry-gloss')).toBeGreaterThan(0);
      expect(await page.count('ferry-translation[data-ferry-fit]')).toBeGreaterThan(0);
      await turnOffInPopup(session.browser, page);
      expect(await ferryTraces(page)).toBe(0);
      // The app is as it was: every card back at the height its masonry measured.
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement & { item?: { height: number } }>('section.note-item')].every(
            (card) => !card.item || card.offsetHeight === card.item.height,
          ),
        ),
      ).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('serves a note read before from the cache after the background restarts: no request', async () => {
    const first = await openFeed(session);
    await openNote(first, 0);
    await first.close();
    const requests = session.requestCount();
    await session.browser.restartBackground();
    const page = await openFeed(session);
    try {
      await openNote(page, 0);
      expect(await translationProblems(session, page, COMMENT, { shownOnly: true })).toEqual([]);
      expect(session.requestCount()).toBe(requests);
    } finally {
      await page.close();
    }
  });
});

describe.each(e2eBrowsers())('RedNote with a translator that takes 300 ms, in %s', (name) => {
  const session = useFerrySession(name, { delayMs: 300 });

  it('keeps the comment being read in place while translations land above it', async () => {
    const page = await openRedNote(session);
    try {
      await page.click('section.note-item[data-index="0"] .cover');
      await page.waitForSelector('.parent-comment:nth-child(6)');
      // Jump down the column at once, before any translation is back.
      const anchor = await page.evaluate(() => {
        const scroller = document.querySelector('.note-scroller')!;
        scroller.scrollTop = (document.querySelector('.parent-comment:nth-child(4)') as HTMLElement).offsetTop;
        const top = scroller.getBoundingClientRect().top;
        const item = [...document.querySelectorAll('.comment-item')].find((c) => c.getBoundingClientRect().top >= top)!;
        item.setAttribute('data-test-anchor', '');
        return item.getBoundingClientRect().top;
      });
      await waitForShownDone(page, COMMENT);
      await waitForSettled(page);
      // Translations did land above it (the title, the text, the comments scrolled past).
      const above = await page.evaluate(
        () =>
          [...document.querySelectorAll('.note-scroller ferry-translation[data-state="done"]')].filter(
            (node) => node.compareDocumentPosition(document.querySelector('[data-test-anchor]')!) & Node.DOCUMENT_POSITION_FOLLOWING,
          ).length,
      );
      expect(above).toBeGreaterThan(2);
      const now = await page.evaluate(() => document.querySelector('[data-test-anchor]')!.getBoundingClientRect().top);
      expect(Math.abs(now - anchor)).toBeLessThanOrEqual(2);
    } finally {
      await page.close();
    }
  });
});
