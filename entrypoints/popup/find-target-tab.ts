import { browser, type Browser } from '#imports';
import { parseWebUrl } from './parse-web-url';

type Tab = Browser.tabs.Tab;

const EXTENSION_PROTOCOLS = ['chrome-extension:', 'moz-extension:', 'safari-web-extension:'];

function protocolOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).protocol;
  } catch {
    return undefined;
  }
}

function isExtensionPage(tab: Tab): boolean {
  const protocol = protocolOf(tab.url);
  return protocol !== undefined && EXTENSION_PROTOCOLS.includes(protocol);
}

/**
 * The page the popup acts on: the active tab of the current window. When the popup itself is
 * open in a tab or a detached window (so the "active tab" is an extension page), the reader means
 * the web page they were just looking at: the most recently used http(s) tab of a normal window.
 */
export async function findTargetTab(): Promise<Tab | undefined> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active && !isExtensionPage(active)) return active;

  const candidates = await browser.tabs.query({ windowType: 'normal' });
  let best: Tab | undefined;
  for (const tab of candidates) {
    if (!parseWebUrl(tab.url)) continue;
    if (!best || (tab.lastAccessed ?? 0) > (best.lastAccessed ?? 0)) best = tab;
  }
  return best;
}
