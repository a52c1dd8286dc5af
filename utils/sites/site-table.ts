import { rednote } from './rednote';
import { matchesHost, type SiteAdapter } from './site-adapter';

/** Every site adapter, sorted by id (a shape test keeps it so). */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [rednote];

/** The adapter for a page's host name, if Ferry knows the site. */
export function adapterForHost(host: string): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => matchesHost(adapter, host));
}
