/**
 * Calls `send` again after each wait of `delaysMs` while it fails: a message to the background
 * is lost when the background is starting or restarting (a service worker stopped, a Firefox
 * background page reloaded). The last failure is thrown.
 */
export async function resend<T>(send: () => Promise<T>, delaysMs: readonly number[]): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= delaysMs.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, delaysMs[attempt]));
    }
  }
}

/** `promise`, or a rejection after `ms` (a reply that never comes). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
