import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { retryTabFailed, sendMessage, setTabActive, type PageState } from '@/utils/messaging/protocol';

const POLL_MS = 500;

export type Reach =
  /** First answer not in yet. */
  | 'loading'
  /** The content script answered. */
  | 'ready'
  /** Nothing answered: a browser page, a store, or a tab loaded before Ferry was installed. */
  | 'unreachable';

export interface PageStateHandle {
  reach: Reach;
  state: PageState | null;
  setActive: (active: boolean) => Promise<void>;
  /** Asks again for every failed paragraph of the page. */
  retryFailed: () => Promise<void>;
}

/** The content script's view of one tab, polled while the popup is open. */
export function usePageState(tabId: number | undefined): PageStateHandle {
  const [reach, setReach] = useState<Reach>('loading');
  const [state, setState] = useState<PageState | null>(null);
  // Bumped by setActive so an older poll answering late cannot undo the toggle on screen.
  const generation = useRef(0);

  useEffect(() => {
    setState(null);
    setReach(tabId === undefined ? 'unreachable' : 'loading');
    if (tabId === undefined) return;
    let stopped = false;
    let loaded = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const asked = generation.current;
      try {
        // The gate loads the pipeline only on Chinese pages: the popup loads it where it is not yet.
        if (!loaded) await sendMessage('loadPipeline', { tabId });
        loaded = true;
        const next = await sendMessage('getPageState', undefined, { tabId, frameId: 0 });
        if (stopped || asked !== generation.current) return;
        setState(next);
        setReach('ready');
      } catch {
        if (stopped) return;
        setReach('unreachable');
      }
      // Chained rather than setInterval so a slow page never has requests piling up.
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId]);

  const setActive = useCallback(
    async (active: boolean) => {
      if (tabId === undefined) return;
      generation.current++;
      const next = await setTabActive(tabId, active);
      setState(next);
      setReach('ready');
    },
    [tabId],
  );

  const retryFailed = useCallback(async () => {
    if (tabId === undefined) return;
    generation.current++;
    setState(await retryTabFailed(tabId));
    setReach('ready');
  }, [tabId]);

  return { reach, state, setActive, retryFailed };
}
