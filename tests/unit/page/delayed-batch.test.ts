import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDelayedBatch } from '../../../utils/page/delayed-batch';

describe('createDelayedBatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands over everything added within the delay of the first, together, and starts again after', () => {
    const runs: number[][] = [];
    const batch = createDelayedBatch<number>((items) => runs.push(items), 300);
    batch.add(1);
    vi.advanceTimersByTime(200);
    batch.add(2);
    vi.advanceTimersByTime(99);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([[1, 2]]);
    batch.add(3);
    vi.advanceTimersByTime(300);
    expect(runs).toEqual([[1, 2], [3]]);
  });

  it('drops what is waiting when cleared', () => {
    const run = vi.fn();
    const batch = createDelayedBatch<number>(run, 300);
    batch.add(1);
    batch.clear();
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled();
  });
});
