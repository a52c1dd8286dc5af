// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isChineseText } from '../../../utils/detect/classify-text';
import type { TranslateResult } from '../../../utils/messaging/protocol';
import { PageSession } from '../../../utils/page/page-session';

/** An IntersectionObserver that reports what it watches when told to (happy-dom has none). */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly watched = new Set<Element>();
  constructor(private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  disconnect() {
    this.watched.clear();
  }
  static reportAllNear() {
    for (const observer of FakeIntersectionObserver.all) {
      observer.callback([...observer.watched].map((target) => ({ target, isIntersecting: true })));
    }
  }
}

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
/** Past the request batcher, the mutation watcher's quiet time and the layout pass. */
const settle = () => wait(300);

let session: PageSession | undefined;
let sent: string[][];
let answer: ((results: TranslateResult[]) => void)[];

function start(html: string): PageSession {
  document.body.innerHTML = html;
  FakeIntersectionObserver.all = [];
  (globalThis as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIntersectionObserver;
  sent = [];
  answer = [];
  session = new PageSession({
    doc: document,
    translate: (texts) => {
      sent.push(texts);
      return new Promise((resolve) => answer.push(resolve));
    },
    accept: (text, page) => isChineseText(text, page),
    look: { lang: 'en', style: 'soft' },
  });
  session.start({ chinesePage: true });
  return session;
}

const ok = (text: string): TranslateResult => ({ ok: true, text, cached: false });
const shown = (id: string) => document.querySelector(`#${id} > ferry-translation`)?.textContent ?? null;

beforeEach(() => {
  session = undefined;
});
afterEach(() => session?.stop());

describe('PageSession', () => {
  it('never shows a reply for the text a recycled unit held before under its new text', async () => {
    start('<p id="card">今天天气很好我们去公园散步吧</p>');
    FakeIntersectionObserver.reportAllNear();
    await settle();
    expect(sent).toEqual([['今天天气很好我们去公园散步吧']]);
    // The page reuses the node for another note before the reply comes back.
    (document.getElementById('card')!.firstChild as Text).data = '这家餐厅的菜太难吃了以后不会再来';
    await wait();
    answer[0]!([ok('The weather is nice today')]);
    await settle();
    FakeIntersectionObserver.reportAllNear();
    await settle();
    expect(sent.at(-1)).toEqual(['这家餐厅的菜太难吃了以后不会再来']);
    answer.at(-1)!([ok('The food here is awful')]);
    await settle();
    expect(shown('card')).toBe('The food here is awful');
  });

  it('shows a text seen before on this page at once, with no message, and forgets it when the translator changes', async () => {
    start('<p id="a">这个包包在哪里买的呀</p>');
    FakeIntersectionObserver.reportAllNear();
    await settle();
    answer[0]!([ok('Where did you buy this bag?')]);
    await settle();
    const p = document.createElement('p');
    p.id = 'b';
    p.textContent = '这个包包在哪里买的呀';
    document.body.append(p);
    await settle();
    FakeIntersectionObserver.reportAllNear();
    await settle();
    expect(sent).toHaveLength(1);
    expect(shown('b')).toBe('Where did you buy this bag?');

    // A reply still on its way when the translator changes is not kept for later.
    const q = document.createElement('p');
    q.id = 'c';
    q.textContent = '周末一起去爬山吗';
    document.body.append(q);
    await settle();
    FakeIntersectionObserver.reportAllNear();
    await settle();
    session!.setLook({ lang: 'fr', style: 'soft' }, true);
    answer.at(-1)!([ok('Hiking this weekend?')]);
    await settle();
    FakeIntersectionObserver.reportAllNear();
    await settle();
    expect(sent.at(-1)).toContain('周末一起去爬山吗');
    expect(shown('c')).not.toBe('Hiking this weekend?');
  });

  it('sends a message lost to a background restart again, quietly, and shows an error only when it stays lost', async () => {
    /** A session whose messages are lost `lost` times before the background answers. */
    const startLosing = (lost: number) => {
      document.body.innerHTML = '<p id="a">这个包包在哪里买的呀</p>';
      FakeIntersectionObserver.all = [];
      (globalThis as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIntersectionObserver;
      const calls = { count: 0 };
      session = new PageSession({
        doc: document,
        translate: async (texts) => {
          calls.count++;
          if (calls.count <= lost) throw new Error('The message port closed before a response was received.');
          return texts.map(() => ok('Where did you buy this bag?'));
        },
        accept: (text, page) => isChineseText(text, page),
        look: { lang: 'en', style: 'soft' },
      });
      session.start({ chinesePage: true });
      FakeIntersectionObserver.reportAllNear();
      return calls;
    };
    const state = () => document.querySelector('#a > ferry-translation')?.getAttribute('data-state');

    const once = startLosing(1);
    await wait(200);
    // No mark yet: most answers come before one is worth showing. The unit says it waits.
    expect(state()).toBeUndefined();
    expect(document.querySelector('#a')?.hasAttribute('data-ferry-waiting')).toBe(true);
    await wait(600);
    expect(state()).toBe('done');
    expect(document.querySelector('#a')?.hasAttribute('data-ferry-waiting')).toBe(false);
    expect(shown('a')).toBe('Where did you buy this bag?');
    expect(once.count).toBe(2);
    session!.stop();

    const always = startLosing(Infinity);
    await wait(1_000);
    expect(state()).toBe('pending');
    await wait(1_500);
    expect(state()).toBe('error');
    expect(always.count).toBe(3);
  });
});
