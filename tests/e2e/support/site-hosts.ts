/**
 * Real sites' host names that the test browsers resolve to 127.0.0.1, so Ferry's site adapters
 * (chosen by host name) meet the fixture apps under the names they match in the wild. Nothing
 * reaches the internet: every other host still fails to resolve.
 */
export const SITE_HOSTS = {
  rednote: 'www.xiaohongshu.com',
  rednoteOverseas: 'www.rednote.com',
} as const;

export const MAPPED_HOSTS: readonly string[] = Object.values(SITE_HOSTS);
