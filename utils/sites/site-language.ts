import { readPageLanguage, type PageLanguage } from '../detect/page-gate';
import { isChineseSite } from './site-domains';

/**
 * The gate's verdict on a page of a known site. On a Chinese site (RedNote behind its English
 * overseas interface) a page with any Chinese is a Chinese page: its short comments are content.
 */
export function readSiteLanguage(host: string, doc: Document): PageLanguage {
  if (!isChineseSite(host)) return readPageLanguage(doc);
  return readPageLanguage(doc, { minHan: 2 }) === 'other' ? 'other' : 'chinese';
}
