import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRequestBatcher } from '../../../utils/page/request-batcher';

describe('createRequestBatcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends what is in view at the end of the task that asked, in one message of its own', async () => {
    const sent: string[][] = [];
    const batcher = createRequestBatcher<string>((items) => sent.push(items), { delayMs: 25 });
    batcher.add('visible-1', 'now');
    batcher.add('visible-2', 'now');
    expect(sent).toEqual([]);
    await Promise.resolve();
    expect(sent).toEqual([['visible-1', 'visible-2']]);
  });

  it('holds the rest of the main content a moment for more, unless something in view leaves first', async () => {
    const sent: string[][] = [];
    const batcher = createRequestBatcher<string>((items) => sent.push(items), { delayMs: 25 });
    batcher.add('main-1', 'later');
    await Promise.resolve();
    vi.advanceTimersByTime(24);
    expect(sent).toEqual([]);
    batcher.add('main-2', 'later');
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([['main-1', 'main-2']]);

    batcher.add('main-3', 'later');
    batcher.add('visible-1', 'now');
    await Promise.resolve();
    expect(sent.slice(1)).toEqual([['visible-1'], ['main-3']]);
    vi.runAllTimers();
    expect(sent).toHaveLength(3);
  });

  it('splits a large batch into messages of at most maxItems', async () => {
    const sent: number[][] = [];
    const batcher = createRequestBatcher<number>((items) => sent.push(items), { maxItems: 2 });
    for (let i = 0; i < 5; i++) batcher.add(i, 'now');
    await Promise.resolve();
    expect(sent).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('drops what was not sent yet when cleared', async () => {
    const send = vi.fn();
    const batcher = createRequestBatcher<number>(send);
    batcher.add(1, 'now');
    batcher.add(2, 'later');
    batcher.clear();
    await Promise.resolve();
    vi.runAllTimers();
    expect(send).not.toHaveBeenCalled();
  });
});
