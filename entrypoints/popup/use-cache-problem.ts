import { useEffect, useState } from 'preact/hooks';
import { sendMessage, type CacheProblem } from '@/utils/messaging/protocol';

const POLL_MS = 2_000;

/** Whether translations are being saved, asked of the background while the popup is open. */
export function useCacheProblem(): CacheProblem | undefined {
  const [problem, setProblem] = useState<CacheProblem | undefined>();
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const stats = await sendMessage('getCacheStats', undefined);
        if (!stopped) setProblem(stats.problem);
      } catch {
        // The background is restarting: the next poll asks again.
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return problem;
}

/** What the popup says about it: translation goes on either way. */
export function describeCacheProblem(problem: CacheProblem): string {
  const why = problem === 'full' ? 'the browser says its storage is full' : "the browser's storage for Ferry is unavailable";
  return `Translations are not being saved (${why}): Ferry goes on translating, but will ask again next time.`;
}
