import { browser } from '#imports';
import { PIPELINE_LOADED_FLAG, PIPELINE_SCRIPT, PIPELINE_STYLE } from '../messaging/pipeline-files';

/** Loads in flight, by tab and frame: a gate and a popup asking at once inject once. */
const loading = new Map<string, Promise<void>>();

/**
 * Injects the pipeline (its style sheet, then its script) into one frame of a tab, unless it runs
 * there already. Rejects where no extension may run (a browser page, the web store).
 */
export function loadPipeline(tabId: number, frameId: number): Promise<void> {
  const key = `${tabId}:${frameId}`;
  let load = loading.get(key);
  if (!load) {
    load = inject(tabId, frameId).finally(() => loading.delete(key));
    loading.set(key, load);
  }
  return load;
}

async function inject(tabId: number, frameId: number): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  const [probe] = await browser.scripting.executeScript({
    target,
    func: (flag: string) => (globalThis as Record<string, unknown>)[flag] === true,
    args: [PIPELINE_LOADED_FLAG],
  });
  if (probe?.result === true) return;
  // A user style sheet: it applies whatever the page's CSP says, and it is not in the page's DOM.
  await browser.scripting.insertCSS({ target, files: [PIPELINE_STYLE] });
  await browser.scripting.executeScript({ target, files: [PIPELINE_SCRIPT] });
}
