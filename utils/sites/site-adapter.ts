import { isOnDomains } from './site-domains';

/**
 * What Ferry knows about one site, as data: where its content is, what is chrome (names, dates,
 * counts, buttons) and which boxes the site sizes for its layout. A redesign of the site is an
 * edit of its table entry; the extraction and overlay code never names a site.
 */
export interface SiteAdapter {
  id: string;
  name: string;
  /** Registrable domains; every subdomain matches too. */
  domains: readonly string[];
  /** Where the selectors were checked (real pages, scrapers' selector tables, fixtures). */
  checkedOn: readonly string[];
  /** Each match is one unit, whatever markup it holds (hashtag links, stickers, mentions). */
  content: readonly string[];
  /**
   * Parts of the app (an open note, a comment, a feed card) where only `content` is translated:
   * everything else inside is chrome. A region with no content match falls back to the usual walk.
   */
  regions: readonly string[];
  /** Chrome anywhere on the site: never a unit, never sent; glossed from the built-in table. */
  chrome: readonly string[];
  /** Boxes the site sizes for its layout (recycled cards): a translation fits inside, compactly. */
  compact: readonly string[];
}

/** True when `host` is one of the adapter's domains or a subdomain of one. */
export function matchesHost(adapter: SiteAdapter, host: string): boolean {
  return isOnDomains(adapter.domains, host);
}
