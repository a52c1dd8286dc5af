import { describe, expect, it } from 'vitest';
import { e2eBrowsers, type PageLike } from './support/browser';
import { squash, waitForSettled } from './support/ferry-dom';
import { turnOffInPopup } from './support/expectations';
import { useFerrySession } from './support/session';

const PAGE = '/fixtures/dynamic/embedded/page.html';

interface Shown {
  where: string;
  text: string;
  state: string | null;
  translation: string;
}

/**
 * Every unit in the comment iframe and in the cards' shadow roots, with its own text and its
 * translation. Self-contained: it runs in the page (the iframe is same-origin, the roots open).
 */
function embeddedUnits(): Shown[] {
  const frame = document.querySelector<HTMLIFrameElement>('#comments')!.contentDocument!;
  const scopes: [string, Document | ShadowRoot][] = [
    ['iframe', frame],
    ...[...document.querySelectorAll('news-card')].map((card): [string, ShadowRoot] => [`#${card.id}`, card.shadowRoot!]),
  ];
  return scopes.flatMap(([where, scope]) =>
    [...scope.querySelectorAll('[data-ferry-id]')].map((unit) => {
      const translation = [...unit.children].find((child) => child.localName === 'ferry-translation');
      const own = [...unit.childNodes].filter((node) => node !== translation).map((node) => node.textContent).join('');
      return { where, text: own.trim(), state: translation?.getAttribute('data-state') ?? null, translation: translation?.textContent ?? '' };
    }),
  );
}

function embeddedDone(count: number): boolean {
  const frame = document.querySelector<HTMLIFrameElement>('#comments')?.contentDocument;
  const cards = [...document.querySelectorAll('news-card')].map((card) => card.shadowRoot);
  const done = [frame, ...cards].reduce((n, scope) => n + (scope?.querySelectorAll('ferry-translation[data-state="done"]').length ?? 0), 0);
  const pending = [frame, ...cards].some((scope) => scope?.querySelector('ferry-translation[data-state="pending"]'));
  return done >= count && !pending;
}

async function embeddedTexts(page: PageLike): Promise<string[]> {
  return (await page.evaluate(embeddedUnits)).map((unit) => unit.text);
}

describe.each(e2eBrowsers())('text in iframes and shadow roots in %s', (name) => {
  const session = useFerrySession(name);

  it('translates a same-origin comment iframe and web components like the page, and restores all of it when turned off', async () => {
    const page = await session.open(PAGE);
    try {
      await waitForSettled(page, { minDone: 2 });
      // 3 comments + the reply button's label in the iframe; title, body and button in each card.
      await page.waitForFunction(embeddedDone, 10, { timeout: 30_000 });
      const units = await page.evaluate(embeddedUnits);
      const texts = units.map((unit) => unit.text);
      for (const text of [
        '终于开了！以前每天绕大桥上班，太浪费时间了，这下方便多了。',
        '周末带孩子去坐了一次，船开得很稳，孩子特别开心。',
        '希望夜间班次早点开通，下班回家就不用挤公交了。',
        '管理处提醒：雨天浮桥湿滑，请扶好栏杆',
        '码头还将开通夜间班次，具体时间表将在下周公布，欢迎市民留意管理处的通知。',
        '老街面馆换了新老板',
      ]) {
        expect(texts, text).toContain(text);
      }
      for (const unit of units) {
        expect(unit.state, unit.text).toBe('done');
        expect(squash(unit.translation), unit.text).toBe(squash(session.translator.expected(unit.text)));
      }
      // The page's own text field in the iframe is the reader's: untouched.
      expect(texts.some((text) => text.includes('写评论'))).toBe(false);
      // Ferry's styles reached into the shadow root: its translation is laid out as a block.
      expect(
        await page.evaluate(() => {
          const translation = document.querySelector('#card')!.shadowRoot!.querySelector('.body > ferry-translation')!;
          return getComputedStyle(translation).display;
        }),
      ).toBe('block');

      // A comment that loads later in the iframe is translated too.
      await page.evaluate(() => document.querySelector<HTMLIFrameElement>('#comments')!.contentDocument!.querySelector<HTMLFormElement>('#reply')!.requestSubmit());
      await page.waitForFunction(embeddedDone, 11, { timeout: 30_000 });
      expect(await embeddedTexts(page)).toContain('码头的工作人员很热情，会提醒大家注意脚下，给他们点个赞。');

      await turnOffInPopup(session.browser, page);
      await page.waitForFunction(() => {
        const frame = document.querySelector<HTMLIFrameElement>('#comments')!.contentDocument!;
        return !frame.querySelector('ferry-translation, [data-ferry-id]');
      });
      const restored = await page.evaluate(() => {
        const frame = document.querySelector<HTMLIFrameElement>('#comments')!;
        const frameWindow = frame.contentWindow as unknown as { __initialBody: string };
        // The comment added by the test is the page's own: take it out to compare with the start.
        frame.contentDocument!.querySelectorAll('.comment')[3]?.remove();
        type Card = HTMLElement & { initialShadow: string };
        return {
          top: document.body.innerHTML === (window as unknown as { __initialBody: string }).__initialBody,
          frame: frame.contentDocument!.body.innerHTML === frameWindow.__initialBody,
          cards: [...document.querySelectorAll<Card>('news-card')].map((card) => card.shadowRoot!.innerHTML === card.initialShadow),
        };
      });
      expect(restored).toEqual({ top: true, frame: true, cards: [true, true] });
    } finally {
      await page.close();
    }
  });
});
