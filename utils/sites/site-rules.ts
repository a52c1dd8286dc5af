import type { SiteAdapter } from './site-adapter';

/**
 * A site adapter compiled into the questions extraction asks of every element. Selectors are
 * joined once; regions remember, for one scan, whether they hold content.
 */
export interface SiteRules {
  /** The content unit that owns `element` (itself or an ancestor), if any. */
  contentOf(element: Element): Element | null;
  /**
   * True when `element` and everything in it is chrome. Inside content too: an @mention link is a
   * username, which stays on the page but is never sent to a translator.
   */
  isChrome(element: Element): boolean;
  /** True when text in `element` is chrome because it sits in a region beside the region's content. */
  inChromePartOfRegion(element: Element): boolean;
  /** The box the site sizes for layout around `element`, if any. */
  compactBoxOf(element: Element): Element | null;
}

const NEVER = ':not(*)';

function join(selectors: readonly string[]): string {
  return selectors.length > 0 ? selectors.join(', ') : NEVER;
}

export function compileSiteRules(adapter: SiteAdapter): SiteRules {
  const content = join(adapter.content);
  const chrome = join(adapter.chrome);
  const regions = join(adapter.regions);
  const compact = join(adapter.compact);
  // A region's "does it hold content" answer is stable for a scan; the page may fill it later.
  let regionMemo = new WeakMap<Element, boolean>();
  let memoAt = 0;
  const holdsContent = (region: Element): boolean => {
    const now = Date.now();
    if (now - memoAt > 50) {
      regionMemo = new WeakMap();
      memoAt = now;
    }
    let held = regionMemo.get(region);
    if (held === undefined) {
      held = region.querySelector(content) !== null;
      regionMemo.set(region, held);
    }
    return held;
  };

  return {
    contentOf: (element) => element.closest(content),
    isChrome: (element) => element.matches(chrome) && !element.matches(content),
    inChromePartOfRegion(element) {
      if (element.closest(content)) return false;
      const region = element.closest(regions);
      return region !== null && holdsContent(region);
    },
    compactBoxOf: (element) => element.closest(compact),
  };
}
