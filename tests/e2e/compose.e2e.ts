import { describe, expect, it } from 'vitest';
import { e2eBrowsers, type PageLike } from './support/browser';
import { waitForSettled } from './support/ferry-dom';
import { useFerrySession, type FerrySession } from './support/session';

const PAGE = '/fixtures/dynamic/compose/page.html';
const ENGLISH = 'so cute, where did you buy it';

interface Field {
  name: 'vue' | 'react' | 'plain';
  selector: string;
  send: string;
  read: (page: PageLike) => Promise<string>;
}

const valueOf = (selector: string) => (page: PageLike) =>
  page.evaluate((s) => (document.querySelector(s) as HTMLInputElement).value, selector);
const FIELDS: Field[] = [
  { name: 'vue', selector: '#vue-box', send: '#vue-send', read: async (page) => (await page.text('#vue-box')) ?? '' },
  { name: 'react', selector: '#react-box', send: '#react-send', read: valueOf('#react-box') },
  { name: 'plain', selector: '#plain', send: '#plain-send', read: valueOf('#plain') },
];

/** Requests the mock saw that wrote into Chinese (Microsoft's wire format: `to=zh-Hans`). */
function writeRequests(session: FerrySession, to = 'zh-Hans') {
  return session.translator.mock.requests.filter((request) => request.method === 'POST' && request.query.to === to);
}

async function posted(page: PageLike, name: Field['name']): Promise<string[]> {
  return page.evaluate((n) => (window as unknown as { __posted: Record<string, string[]> }).__posted[n]!, name);
}

async function openComposePage(session: FerrySession): Promise<PageLike> {
  const page = await session.open(PAGE);
  await waitForSettled(page);
  return page;
}

describe.each(e2eBrowsers())('writing a reply in Chinese in %s', (name) => {
  const session = useFerrySession(name);
  const chinese = (text: string) => session.translator.expected(text, 'zh-Hans');

  it.each(FIELDS.map((field) => [field.name, field] as const))(
    '%s field: Alt+Enter puts the Chinese in as typing, the app posts it, the panel reads it back, one undo restores the English',
    async (_, field) => {
      const page = await openComposePage(session);
      try {
        await page.type(field.selector, ENGLISH);
        // Nothing of Ferry's on the field while the reader types.
        const untouched = await page.evaluate(
          (s) => {
            const el = document.querySelector(s)!;
            return [...el.attributes].map((a) => a.name).join(',') + '|' + el.children.length;
          },
          field.selector,
        );
        await page.press('Alt+Enter');
        await page.waitForSelector('ferry-compose[data-state="done"]');
        expect(await field.read(page)).toBe(chinese(ENGLISH));
        const panel = (await page.text('ferry-compose')) ?? '';
        expect(panel).toContain(session.translator.expected(chinese(ENGLISH), 'en'));
        expect(writeRequests(session).at(-1)?.body).toEqual([ENGLISH]);
        // The panel sits beside the field: it covers neither the field nor its send button.
        const overlaps = await page.evaluate(
          ({ field: f, send }) => {
            const panel = document.querySelector('ferry-compose')!.getBoundingClientRect();
            return [f, send].filter((s) => {
              const r = document.querySelector(s)!.getBoundingClientRect();
              return panel.left < r.right && r.left < panel.right && panel.top < r.bottom && r.top < panel.bottom;
            });
          },
          { field: field.selector, send: field.send },
        );
        expect(overlaps).toEqual([]);
        expect(await page.evaluate((s) => !document.querySelector(s)!.querySelector('ferry-compose'), field.selector)).toBe(true);

        // The app saw it as typing: a re-render (the React-style app renders on blur) keeps it,
        // and its own send button posts it.
        await page.evaluate((s) => (document.querySelector(s) as HTMLElement).blur(), field.selector);
        expect(await field.read(page)).toBe(chinese(ENGLISH));
        await page.click(field.send);
        expect(await posted(page, field.name)).toEqual([chinese(ENGLISH)]);

        // One undo gives the English back, and the app sees that too.
        await page.click(field.selector);
        await page.press('Control+Z');
        await page.waitForFunction(
          ({ s, english }) => {
            const el = document.querySelector(s) as HTMLInputElement;
            return (el.value ?? el.textContent) === english || el.textContent === english;
          },
          { s: field.selector, english: ENGLISH },
        );
        await page.click(field.send);
        expect((await posted(page, field.name)).at(-1)).toBe(ENGLISH);
        expect(
          await page.evaluate(
            (s) => {
              const el = document.querySelector(s)!;
              return [...el.attributes].map((a) => a.name).join(',') + '|' + el.children.length;
            },
            field.selector,
          ),
        ).toBe(untouched);
      } finally {
        await page.close();
      }
    },
  );

  it('never touches a password field', async () => {
    const page = await openComposePage(session);
    try {
      const before = writeRequests(session).length;
      await page.type('#password', 'hunter2 secret');
      await page.press('Alt+Enter');
      await page.press('Alt+Enter');
      // The bare key reaches the page as before; Ferry neither answers nor sends anything.
      expect(await page.evaluate(() => (document.querySelector('#password') as HTMLInputElement).value)).toBe('hunter2 secret');
      expect(await page.count('ferry-compose')).toBe(0);
      expect(writeRequests(session)).toHaveLength(before);
    } finally {
      await page.close();
    }
  });

  it('keeps Alt+Enter from the page (a chat box that sends on Enter) and sends drafts every time: nothing is cached', async () => {
    const page = await openComposePage(session);
    try {
      const before = writeRequests(session).length;
      await page.type('#vue-box', 'thank you');
      await page.press('Alt+Enter');
      await page.waitForSelector('ferry-compose[data-state="done"]');
      expect(await posted(page, 'vue')).toEqual([]);
      await page.press('Escape');
      await page.waitForFunction(() => !document.querySelector('ferry-compose'));
      // The same words again: asked again, since no draft is ever cached.
      await page.evaluate(() => document.execCommand('selectAll'));
      await page.type('#vue-box', 'thank you');
      await page.press('Alt+Enter');
      await page.waitForSelector('ferry-compose[data-state="done"]');
      expect(writeRequests(session).length - before).toBe(2);
      // A click elsewhere closes the panel.
      await page.click('#vue-posted');
      await page.waitForFunction(() => !document.querySelector('ferry-compose'));
    } finally {
      await page.close();
    }
  });

  it('leaves the English in place with the reason and a Retry when the translator fails, and Revert puts it back', async () => {
    const page = await openComposePage(session);
    try {
      session.translator.mock.setFailure('server-error');
      await page.type('#plain', 'see you tomorrow');
      await page.press('Alt+Enter');
      await page.waitForSelector('ferry-compose[data-state="error"]', { timeout: 30_000 });
      expect(await page.evaluate(() => (document.querySelector('#plain') as HTMLInputElement).value)).toBe('see you tomorrow');
      expect(await page.text('ferry-compose')).toMatch(/translator/i);
      session.translator.mock.setFailure(null);
      await page.click('ferry-compose button[title="Translate it again"]');
      await page.waitForSelector('ferry-compose[data-state="done"]');
      expect(await page.evaluate(() => (document.querySelector('#plain') as HTMLInputElement).value)).toBe(chinese('see you tomorrow'));
      await page.click('ferry-compose button[title="Put back what you wrote"]');
      expect(await page.evaluate(() => (document.querySelector('#plain') as HTMLInputElement).value)).toBe('see you tomorrow');
      expect(await page.count('ferry-compose')).toBe(0);
    } finally {
      session.translator.mock.setFailure(null);
      await page.close();
    }
  });

  it('writes Traditional Chinese when the options say so', async () => {
    const page = await openComposePage(session);
    try {
      await session.browser.setSettings({ ...session.translator.settings(), compose: { shortcut: 'Alt+Enter', chinese: 'zh-Hant' } });
      await page.type('#plain', 'good night');
      await page.press('Alt+Enter');
      await page.waitForSelector('ferry-compose[data-state="done"]');
      expect(await page.evaluate(() => (document.querySelector('#plain') as HTMLInputElement).value)).toBe(
        session.translator.expected('good night', 'zh-Hant'),
      );
    } finally {
      await session.browser.setSettings(session.translator.settings());
      await page.close();
    }
  });
});
