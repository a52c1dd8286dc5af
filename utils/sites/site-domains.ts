/**
 * Which sites Ferry knows by host name, light enough for the gate (which must not carry the
 * adapters' selectors onto every page).
 */
export const REDNOTE_DOMAINS = ['xiaohongshu.com', 'rednote.com'] as const;

/** Sites whose every page is Chinese for Ferry, even behind an English interface. */
const CHINESE_SITE_DOMAINS: readonly string[] = [...REDNOTE_DOMAINS];

/** True when `host` is one of `domains` or a subdomain of one. */
export function isOnDomains(domains: readonly string[], host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return domains.some((domain) => name === domain || name.endsWith(`.${domain}`));
}

export function isChineseSite(host: string): boolean {
  return isOnDomains(CHINESE_SITE_DOMAINS, host);
}
