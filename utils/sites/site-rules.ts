import type { SiteAdapter } from './site-adapter';

/**
 * A site adapter compiled into the questions extraction asks of elements: the selectors of each
 * list joined once. Stateless; a scan keeps its own answers (see find-units.ts).
 */
export interface SiteRules {
  /** The content unit that owns `element` (itself or an ancestor), if any. */
  contentOf(element: Element): Element | null;
  /**
   * True when `element` and everything in it is chrome. Inside content too: an @mention link is a
   * username, which stays on the page but is never sent to a translator.
   */
  isChrome(element: Element): boolean;
  /** The region (an open note, a comment, a card) `element` sits in outside its content, if any. */
  regionOf(element: Element): Element | null;
  /** True when the region holds content the adapter names (so the rest of it is chrome). */
  holdsContent(region: Element): boolean;
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
  return {
    contentOf: (element) => element.closest(content),
    isChrome: (element) => element.matches(chrome) && !element.matches(content),
    regionOf: (element) => (element.closest(content) ? null : element.closest(regions)),
    holdsContent: (region) => region.querySelector(content) !== null,
    compactBoxOf: (element) => element.closest(compact),
  };
}
