import type { PageLike } from './browser';
import { waitForSettled } from './ferry-dom';
import type { FerrySession } from './session';
import { SITE_HOSTS } from './site-hosts';

/**
 * Driving the RedNote-like fixture app (tests/fixtures/dynamic/rednote) as a reader does, and
 * reading what Ferry did to it.
 */

/** Opens a route of the app under a RedNote host name and waits for its data to load. */
export async function openRedNote(session: FerrySession, path = '/explore', host: string = SITE_HOSTS.rednote): Promise<PageLike> {
  const page = await session.browser.openPage(session.server.siteUrl(host, path));
  await page.waitForFunction(
    () => document.documentElement.hasAttribute('data-app-ready') || document.documentElement.getAttribute('data-app-error'),
    undefined,
    { timeout: 15_000 },
  );
  const error = await page.evaluate(() => document.documentElement.getAttribute('data-app-error'));
  if (error) throw new Error(`The RedNote fixture app failed (is ../shared/fixtures/xiaohongshu there?): ${error}`);
  return page;
}

/** Chrome of the app: none of it may be a unit or hold one. */
export const REDNOTE_CHROME = [
  '.side-bar',
  '.channel-container',
  '.search-layout',
  '.header-container',
  '.note-item .author',
  '.note-item .like-wrapper',
  '.author-container',
  '.bottom-container',
  '.comments-container > .total',
  '.comment-item .author-wrapper',
  '.comment-item .labels',
  '.comment-item .info',
  '.show-more',
  '.end-container',
  '.engage-bar',
];

/** The app's controls, which must still take a click at their centre once Ferry is done. */
export const FEED_CONTROLS = [
  'section.note-item .cover',
  'section.note-item .title',
  'section.note-item .author',
  'section.note-item .like-wrapper',
  '.channel-container .channel',
  '.side-bar .link-wrapper',
  '.login-btn',
  '#search-input',
];
export const NOTE_CONTROLS = [
  '.close-circle',
  '.arrow-controller',
  '.follow-button',
  '#detail-desc .tag',
  '#detail-desc .expand',
  '.comment-item .like-wrapper',
  '.comment-item .reply',
  '.comment-item .name',
  '.show-more',
  '#content-textarea',
  '.engage-bar .submit',
  '.engage-bar .cancel',
];

export async function chromeUnits(page: PageLike): Promise<string[]> {
  return page.evaluate((selectors) => {
    const found: string[] = [];
    for (const selector of selectors) {
      for (const el of document.querySelectorAll(selector)) {
        if (el.closest('[data-ferry-id]') || el.querySelector('[data-ferry-id], ferry-translation')) {
          found.push(`${selector}: ${(el.textContent ?? '').trim().slice(0, 30)}`);
        }
      }
    }
    return found;
  }, REDNOTE_CHROME);
}

export interface ShownText {
  /** The element's own text, as Ferry sends it: no @mention links, stickers or Ferry nodes. */
  text: string;
  /** Its translation node's state and text (null when it has none). */
  state: string | null;
  translation: string | null;
  /** How many translation nodes it holds (1 when all is well). */
  nodes: number;
  isUnit: boolean;
}

/**
 * The texts of `selector`'s elements that carry Chinese (or Chinese slang), with their
 * translations; with `shownOnly`, only those the reader sees now (in the viewport and in view
 * of every scrolling or clipping box around them).
 */
export async function textsAndTranslations(page: PageLike, selector: string, shownOnly = false): Promise<ShownText[]> {
  return page.evaluate(({ sel, shownOnly: onlyShown }) => {
    const isShown = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.height === 0 || r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return false;
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const b = box.getBoundingClientRect();
        if (r.bottom <= b.top || r.top >= b.bottom) return false;
      }
      return true;
    };
    const slang = /^(yyds|xswl|awsl|u1s1|dbq|zqsg|bdjw|nsdd|xjj|yygq|srds|kdl|ssfd|dddd|xdm|jms|bhys|gkd|tql|plmm|nbcs|cpdd)$/i;
    const own = (el: Element): string => {
      let out = '';
      for (const child of el.childNodes) {
        if (child.nodeType === 3) out += child.nodeValue;
        else if (child instanceof Element) {
          if (child.matches('ferry-translation, ferry-gloss, a[href*="/user/profile/"], img')) continue;
          out += child.localName === 'br' ? '\n' : own(child);
        }
      }
      return out;
    };
    return [...document.querySelectorAll(sel)]
      .filter((el) => !onlyShown || isShown(el))
      .map((el) => {
        const node = [...el.children].filter((c) => c.localName === 'ferry-translation');
        return {
          text: own(el).replace(/[ \t]+/g, ' ').trim(),
          state: node[0]?.getAttribute('data-state') ?? null,
          translation: node[0]?.textContent?.trim() ?? null,
          nodes: node.length,
          isUnit: el.hasAttribute('data-ferry-id'),
        };
      })
      .filter((t) => /\p{Script=Han}/u.test(t.text) || slang.test(t.text));
  }, { sel: selector, shownOnly });
}

/** What is wrong with the translations of `selector`'s texts: missing, stale, doubled, pending. */
export async function translationProblems(
  session: FerrySession,
  page: PageLike,
  selector: string,
  { shownOnly = false }: { shownOnly?: boolean } = {},
): Promise<string[]> {
  const squash = (text: string) => text.replace(/\s+/g, '');
  const problems: string[] = [];
  for (const shown of await textsAndTranslations(page, selector, shownOnly)) {
    const what = `${selector} "${shown.text.slice(0, 24)}"`;
    if (!shown.isUnit) problems.push(`${what}: not a unit`);
    else if (shown.nodes !== 1) problems.push(`${what}: ${shown.nodes} translation nodes`);
    else if (shown.state !== 'done') problems.push(`${what}: ${shown.state}`);
    else if (squash(shown.translation ?? '') !== squash(session.translator.expected(shown.text))) {
      problems.push(`${what}: shows "${shown.translation?.slice(0, 30)}"`);
    }
  }
  return problems;
}

/** Waits until every text of `selector` the reader sees has its translation (or an error). */
export async function waitForShownDone(page: PageLike, selector: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const shown = [...document.querySelectorAll(sel)].filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.height === 0 || r.bottom <= 0 || r.top >= innerHeight) return false;
        for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
          const style = getComputedStyle(box);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const b = box.getBoundingClientRect();
          if (r.bottom <= b.top || r.top >= b.bottom) return false;
        }
        // Its own words: @mentions are usernames (never translated), Ferry's nodes are not the page's.
        const own = el.cloneNode(true) as Element;
        for (const skip of own.querySelectorAll('a[href*="/user/profile/"], ferry-translation, ferry-gloss')) skip.remove();
        return /\p{Script=Han}/u.test(own.textContent ?? '');
      });
      return shown.length > 0 && shown.every((el) => el.querySelector(':scope > ferry-translation[data-state="done"], :scope > ferry-translation[data-state="error"]'));
    },
    selector,
    { timeout },
  );
}

/** Scrolls the note's comment column (not the window) down to its end, as a reader does. */
export async function scrollCommentsToEnd(page: PageLike): Promise<void> {
  for (let step = 0; step < 60; step++) {
    const atEnd = await page.evaluate(() => {
      const scroller = document.querySelector('.note-scroller')!;
      const end = document.querySelector('.end-container');
      const bottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
      if (bottom && end && !(end as HTMLElement).hidden) return true;
      scroller.scrollBy({ top: Math.floor(scroller.clientHeight * 0.8), behavior: 'instant' });
      return false;
    });
    if (atEnd) return;
    // The app loads the next page of comments a moment after the column reaches its end.
    await page.waitForFunction(() => !document.querySelector('.loading-more'), undefined, { timeout: 10_000 });
    await waitForSettled(page, { quietMs: 250 });
  }
  throw new Error('The comment column never reached its end');
}

/** Scrolls the window over the whole feed and back to the top, letting Ferry settle at each step. */
export async function scrollFeed(page: PageLike, direction: 'down' | 'up'): Promise<void> {
  for (let step = 0; step < 80; step++) {
    const moved = await page.evaluate((dir) => {
      const scroller = document.scrollingElement!;
      const before = scroller.scrollTop;
      window.scrollBy({ top: (dir === 'down' ? 1 : -1) * Math.floor(innerHeight * 0.8), behavior: 'instant' });
      return scroller.scrollTop !== before;
    }, direction);
    await waitForSettled(page, { quietMs: 250 });
    if (!moved) return;
  }
}
