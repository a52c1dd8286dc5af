/**
 * Work done in slices: as many as fit in `budgetMs` run at once, the rest in later tasks, so the
 * page paints and answers input in between. Slices run in the order they were added; one added
 * while the queue runs waits its turn, but a slice may split itself: the slices it returns run
 * next, in its place. A slice that throws is reported and skipped. Nothing runs once `signal`
 * aborts.
 */
export class SliceQueue<T> {
  private items: T[] = [];
  private next = 0;
  private running = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly options: {
      /** Does a slice's work, or returns the smaller slices to do instead. */
      run: (item: T) => T[] | void;
      budgetMs: number;
      signal: AbortSignal;
      now?: () => number;
    },
  ) {
    options.signal.addEventListener('abort', () => {
      clearTimeout(this.timer);
      this.items = [];
      this.next = 0;
    });
  }

  /** Queues `items`; when the queue is idle, the first of them run now, within the budget. */
  add(items: Iterable<T>): void {
    if (this.options.signal.aborted) return;
    for (const item of items) this.items.push(item);
    if (!this.running && this.timer === undefined) this.drain();
  }

  /** Work is waiting for a later task. */
  get pending(): boolean {
    return this.next < this.items.length;
  }

  private drain(): void {
    this.timer = undefined;
    const now = this.options.now ?? (() => performance.now());
    const start = now();
    this.running = true;
    try {
      while (this.next < this.items.length && !this.options.signal.aborted) {
        const item = this.items[this.next++]!;
        try {
          const parts = this.options.run(item);
          if (parts?.length) this.items.splice(this.next, 0, ...parts);
        } catch (error) {
          // One bad slice must not stop the others: reported, and the queue goes on.
          globalThis.reportError?.(error);
        }
        if (this.next < this.items.length && now() - start >= this.options.budgetMs) {
          this.timer = setTimeout(() => this.drain(), 0);
          return;
        }
      }
      this.items = [];
      this.next = 0;
    } finally {
      this.running = false;
    }
  }
}
