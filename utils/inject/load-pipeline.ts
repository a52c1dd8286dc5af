import { browser } from '#imports';
import { PIPELINE_LOADED_FLAG, PIPELINE_SCRIPT, PIPELINE_STYLE } from '../messaging/pipeline-files';

/** Loads in flight, by tab and frame: a gate and a popup asking at once inject once. */
const loading = new Map<string, Promise<void>>();

/**
 * Injects the pipeline (its style sheet and its script) into one frame of a tab, unless it runs
 * there already: the frame is asked first unless the caller knows (a gate reports it), saving a
 * round trip on the way to the first translation. Rejects where no extension may run (a browser
 * page, the web store).
 */
export function loadPipeline(tabId: number, frameId: number, { known }: { known?: boolean } = {}): Promise<void> {
  const key = `${tabId}:${frameId}`;
  let load = loading.get(key);
  if (!load) {
    load = inject(tabId, frameId, known).finally(() => loading.delete(key));
    loading.set(key, load);
  }
  return load;
}

async function inject(tabId: number, frameId: number, known: boolean | undefined): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  const loaded = known ?? (await isLoaded(target));
  if (loaded) return;
  // A user style sheet: it applies whatever the page's CSP says, and it is not in the page's DOM.
  // Both go to the frame at once; the sheet is in before the pipeline's first paint, which
  // waits for the settings.
  await Promise.all([
    browser.scripting.insertCSS({ target, files: [PIPELINE_STYLE] }),
    // Not held until the page is idle (after its load, at worst): the pipeline waits for the DOM.
    browser.scripting.executeScript({ target, files: [PIPELINE_SCRIPT], injectImmediately: true }),
  ]);
}

async function isLoaded(target: { tabId: number; frameIds: number[] }): Promise<boolean> {
  const [probe] = await browser.scripting.executeScript({
    target,
    func: (flag: string) => (globalThis as Record<string, unknown>)[flag] === true,
    args: [PIPELINE_LOADED_FLAG],
  });
  return probe?.result === true;
}
