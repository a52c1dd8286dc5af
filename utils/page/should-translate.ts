import type { PageSwitches } from '../settings/page-switches';

/**
 * Whether Ferry starts on its own on a page: the site's rule wins ("always" translates even a
 * page that looks mostly English, "never" keeps Ferry off); otherwise Ferry runs when it is
 * enabled and the page looks Chinese.
 */
export function shouldTranslate(settings: Pick<PageSwitches, 'enabled' | 'sites'>, host: string, looksChinese: boolean): boolean {
  const rule = settings.sites[host];
  if (rule === 'never') return false;
  if (rule === 'always') return true;
  return settings.enabled && looksChinese;
}
