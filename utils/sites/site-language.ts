import { readPageLanguage, type PageLanguage } from '../detect/page-gate';
import type { SiteAdapter } from './site-adapter';

/**
 * The gate's verdict on a page of a known site. On a Chinese site (RedNote behind its English
 * overseas interface) a page with any Chinese is a Chinese page: its short comments are content.
 */
export function readSiteLanguage(adapter: SiteAdapter | undefined, doc: Document): PageLanguage {
  if (!adapter?.chineseSite) return readPageLanguage(doc);
  return readPageLanguage(doc, { minHan: 2 }) === 'other' ? 'other' : 'chinese';
}
