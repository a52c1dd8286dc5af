// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchMutations, type DomChanges } from '../../../utils/extract/watch-mutations';

let controller: AbortController;
afterEach(() => controller?.abort());

/** Starts watching the body; resolves with the next batch of changes the watcher hands over. */
function watch(): { next: () => Promise<DomChanges>; seen: DomChanges[] } {
  controller = new AbortController();
  const seen: DomChanges[] = [];
  let wake: (() => void) | undefined;
  watchMutations(
    document.body,
    (changes) => {
      seen.push(changes);
      wake?.();
    },
    { signal: controller.signal, delayMs: 0, maxWaitMs: 0 },
  );
  return {
    seen,
    next: () => new Promise<DomChanges>((resolve) => (wake = () => resolve(seen.at(-1)!))),
  };
}

/** Lets the observer and the zero-delay timer run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('watchMutations', () => {
  it('hands over nodes the page adds and the nodes whose text changes', async () => {
    document.body.innerHTML = '<p id="p">旧的文字</p>';
    const { next } = watch();
    const changed = next();
    const added = document.createElement('p');
    added.textContent = '新加载的评论';
    document.body.append(added);
    document.getElementById('p')!.firstChild!.textContent = '改过的文字';
    const changes = await changed;
    expect(changes.added).toContain(added);
    expect(changes.rewritten.some((node) => node.textContent === '改过的文字')).toBe(true);
  });

  it('ignores Ferry adding its translation and everything Ferry does inside it', async () => {
    document.body.innerHTML = '<p id="p">中文</p>';
    const { seen } = watch();
    const node = document.createElement('ferry-translation');
    document.getElementById('p')!.append(node);
    node.textContent = 'Chinese';
    node.replaceChildren(document.createElement('button'));
    await settle();
    expect(seen).toEqual([]);
  });

  it('tells at once when the page removes Ferry’s translation from a unit', async () => {
    document.body.innerHTML = '<p id="p">中文<ferry-translation>Chinese</ferry-translation></p>';
    controller = new AbortController();
    const touched: Node[] = [];
    watchMutations(document.body, () => undefined, { signal: controller.signal, onTouched: (nodes) => touched.push(...nodes) });
    document.querySelector('ferry-translation')!.remove();
    await settle();
    expect(touched).toContain(document.getElementById('p'));
  });

  it('tells text rewritten in place apart, and hands every change over at once to onTouched', async () => {
    document.body.innerHTML = '<p id="p">旧的标题</p>';
    controller = new AbortController();
    const touched: Node[][] = [];
    const seen: DomChanges[] = [];
    watchMutations(document.body, (changes) => seen.push(changes), {
      signal: controller.signal,
      delayMs: 50,
      maxWaitMs: 50,
      onTouched: (nodes) => touched.push(nodes),
    });
    const text = document.getElementById('p')!.firstChild!;
    text.textContent = '新的标题';
    await Promise.resolve(); // the observer's own callback: a microtask, long before the batch
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(touched.flat()).toContain(text);
    expect(seen).toEqual([]);
    await settle();
    await settle();
    expect(seen.at(-1)?.rewritten).toContain(text);
  });

  it('ignores Ferry’s hints on chrome labels too', async () => {
    document.body.innerHTML = '<span id="s">赞</span>';
    const { seen } = watch();
    const gloss = document.createElement('ferry-gloss');
    document.getElementById('s')!.append(gloss);
    gloss.textContent = 'Like';
    await settle();
    expect(seen).toEqual([]);
  });

  it('stops when its signal is aborted', async () => {
    document.body.innerHTML = '';
    const { seen } = watch();
    controller.abort();
    document.body.append(document.createElement('p'));
    await settle();
    expect(seen).toEqual([]);
  });
});
