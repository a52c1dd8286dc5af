import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRequestBatcher } from '../../../utils/page/request-batcher';

describe('createRequestBatcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends what was asked for within a moment together, what is in view first and on its own', () => {
    const sent: string[][] = [];
    const batcher = createRequestBatcher<string>((items) => sent.push(items), { delayMs: 25 });
    batcher.add('main-1', 'later');
    batcher.add('visible-1', 'now');
    batcher.add('main-2', 'later');
    batcher.add('visible-2', 'now');
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(25);
    expect(sent).toEqual([['visible-1', 'visible-2'], ['main-1', 'main-2']]);
  });

  it('splits a large batch into messages of at most maxItems', () => {
    const sent: number[][] = [];
    const batcher = createRequestBatcher<number>((items) => sent.push(items), { maxItems: 2 });
    for (let i = 0; i < 5; i++) batcher.add(i, 'now');
    vi.runAllTimers();
    expect(sent).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('drops what was not sent yet when cleared', () => {
    const send = vi.fn();
    const batcher = createRequestBatcher<number>(send);
    batcher.add(1, 'now');
    batcher.clear();
    vi.runAllTimers();
    expect(send).not.toHaveBeenCalled();
  });
});
