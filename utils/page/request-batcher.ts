export type Priority = 'now' | 'later';

/**
 * Gathers units asked for within a few milliseconds into few messages: what is in view goes
 * first, then the rest of the main content. Messages are sent in parallel; the background
 * coalesces them again into provider-sized requests.
 */
export function createRequestBatcher<T>(
  send: (items: T[]) => void,
  { maxItems = 50, delayMs = 25 }: { maxItems?: number; delayMs?: number } = {},
) {
  let now: T[] = [];
  let later: T[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  // What is in view never shares a message with what is not: the background answers a
  // message when all of its texts are done.
  const flush = () => {
    timer = undefined;
    for (const items of [now, later]) {
      for (let i = 0; i < items.length; i += maxItems) send(items.slice(i, i + maxItems));
    }
    now = [];
    later = [];
  };

  return {
    add(item: T, priority: Priority): void {
      (priority === 'now' ? now : later).push(item);
      timer ??= setTimeout(flush, delayMs);
    },
    /** Drops everything not sent yet (Ferry turned off). */
    clear(): void {
      clearTimeout(timer);
      timer = undefined;
      now = [];
      later = [];
    },
  };
}
