export type Priority = 'now' | 'later';

/**
 * Gathers units asked for together into few messages. What is in view ('now') leaves at the end
 * of the task that asked for it (one viewport report is one message), before the page paints
 * anything; the rest of the main content ('later') waits a few milliseconds for more. Messages
 * are sent in parallel; the background coalesces them again into provider-sized requests.
 */
export function createRequestBatcher<T>(
  send: (items: T[]) => void,
  { maxItems = 50, delayMs = 25 }: { maxItems?: number; delayMs?: number } = {},
) {
  let now: T[] = [];
  let later: T[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let soon = false;

  // What is in view never shares a message with what is not: the background answers a
  // message when all of its texts are done.
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const items of [now, later]) {
      for (let i = 0; i < items.length; i += maxItems) send(items.slice(i, i + maxItems));
    }
    now = [];
    later = [];
  };

  return {
    add(item: T, priority: Priority): void {
      if (priority === 'later') {
        later.push(item);
        timer ??= setTimeout(flush, delayMs);
        return;
      }
      now.push(item);
      if (soon) return;
      soon = true;
      queueMicrotask(() => {
        soon = false;
        flush();
      });
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
