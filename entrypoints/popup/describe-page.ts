import type { PageState } from '@/utils/messaging/protocol';
import type { SiteRule } from '@/utils/settings/schema';
import { parseWebUrl } from './parse-web-url';
import type { Reach } from './use-page-state';

export interface PageStatus {
  tone: 'info' | 'busy' | 'done' | 'warn';
  message: string;
}

export interface PageFacts {
  reach: Reach;
  state: PageState | null;
  /** The target tab's URL, if there is a target tab at all. */
  url: string | undefined;
  siteRule: SiteRule | undefined;
}

const say = (tone: PageStatus['tone'], message: string): PageStatus => ({ tone, message });

/** One calm sentence saying what Ferry is doing on the page, or why it cannot. */
export function describePage({ reach, state, url, siteRule }: PageFacts): PageStatus {
  if (reach === 'loading') return say('info', 'Looking at this page…');
  if (reach === 'unreachable' || !state) {
    if (url === undefined) return say('info', 'Open a web page to use Ferry there.');
    if (!parseWebUrl(url)) {
      return say('info', 'Ferry can’t run on this page: browser pages and stores are closed to extensions.');
    }
    return say('warn', 'Ferry isn’t running on this page yet. Reload the page to start it.');
  }
  const { active, chinese, counts } = state;
  if (!active) {
    if (siteRule === 'never') return say('info', 'Off on this site: set to never translate.');
    if (chinese) return say('info', 'Chinese found. Switch Ferry on to translate this page.');
    return say('info', 'No Chinese found on this page.');
  }
  if (counts.total === 0) return say('busy', 'Looking for Chinese paragraphs…');
  if (counts.pending > 0) return say('busy', 'Translating as you scroll…');
  if (counts.error > 0) return say('warn', 'Some paragraphs failed. Use Retry on the page to try again.');
  return say('done', 'Everything in view is translated.');
}
