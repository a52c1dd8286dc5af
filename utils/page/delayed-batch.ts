/**
 * Collects items and hands them over together once `delayMs` has passed since the first; what
 * the caller settles in the meantime it simply skips when they arrive. Ferry shows a unit's
 * "translating" mark this way: a translation that comes quickly is painted once, with no mark
 * before it (one layout pass instead of two on the way to the first translation).
 */
export function createDelayedBatch<T>(run: (items: T[]) => void, delayMs: number) {
  let items: T[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    add(item: T): void {
      items.push(item);
      timer ??= setTimeout(() => {
        timer = undefined;
        const due = items;
        items = [];
        run(due);
      }, delayMs);
    },
    clear(): void {
      clearTimeout(timer);
      timer = undefined;
      items = [];
    },
  };
}
