import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SliceQueue } from '../../../utils/page/slice-queue';

describe('work in slices', () => {
  let clock = 0;
  beforeEach(() => {
    vi.useFakeTimers();
    clock = 0;
  });
  afterEach(() => vi.useRealTimers());

  /** Each slice "takes" 5 ms of the fake clock. */
  function queue(signal = new AbortController().signal) {
    const ran: number[] = [];
    const slices = new SliceQueue<number>({
      run: (n) => {
        ran.push(n);
        clock += 5;
      },
      budgetMs: 12,
      signal,
      now: () => clock,
    });
    return { slices, ran };
  }

  it('runs what fits in the budget at once, the rest in later tasks, in order', async () => {
    const { slices, ran } = queue();
    slices.add([1, 2, 3, 4, 5, 6, 7]);
    expect(ran).toEqual([1, 2, 3]);
    expect(slices.pending).toBe(true);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual([1, 2, 3, 4, 5, 6]);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(slices.pending).toBe(false);
  });

  it('queues what comes while it waits behind the rest, and what a slice adds after it', async () => {
    const ran: number[] = [];
    const slices: SliceQueue<number> = new SliceQueue<number>({
      run: (n) => {
        ran.push(n);
        clock += 5;
        if (n === 2) slices.add([20]);
      },
      budgetMs: 12,
      signal: new AbortController().signal,
      now: () => clock,
    });
    slices.add([1, 2, 3, 4]);
    slices.add([5]);
    expect(ran).toEqual([1, 2, 3]);
    await vi.runAllTimersAsync();
    expect(ran).toEqual([1, 2, 3, 4, 20, 5]);
  });

  it('runs the parts a slice splits into in its place, before what was queued after it', async () => {
    const ran: string[] = [];
    const slices = new SliceQueue<string>({
      run: (name) => {
        clock += 1;
        if (name === 'body') return ['p1', 'p2'];
        ran.push(name);
      },
      budgetMs: 12,
      signal: new AbortController().signal,
      now: () => clock,
    });
    slices.add(['body', 'aside']);
    await vi.runAllTimersAsync();
    expect(ran).toEqual(['p1', 'p2', 'aside']);
  });

  it('goes on past a slice that throws, and stops for good when aborted', async () => {
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    const controller = new AbortController();
    const ran: number[] = [];
    const slices = new SliceQueue<number>({
      run: (n) => {
        clock += 5;
        if (n === 1) throw new Error('bad slice');
        ran.push(n);
      },
      budgetMs: 12,
      signal: controller.signal,
      now: () => clock,
    });
    slices.add([1, 2, 3, 4, 5]);
    expect(ran).toEqual([2, 3]);
    expect(reported).toHaveBeenCalledWith(expect.objectContaining({ message: 'bad slice' }));
    controller.abort();
    await vi.runAllTimersAsync();
    slices.add([6]);
    expect(ran).toEqual([2, 3]);
    vi.unstubAllGlobals();
  });
});
