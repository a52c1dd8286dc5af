import { browser } from '#imports';
import { sendMessage } from '../../utils/messaging/protocol';

const TOGGLE_MENU_ID = 'ferry-toggle-page';
const COMPOSE_MENU_ID = 'ferry-compose';
export const TOGGLE_COMMAND = 'toggle-page';

/** Sends a page action to a tab's content script (in the frame the menu was opened in). */
async function tell(
  tabId: number | undefined,
  action: 'togglePage' | 'composeFocused',
  frameId?: number,
): Promise<void> {
  if (tabId === undefined) return;
  try {
    await sendMessage(action, undefined, frameId === undefined ? tabId : { tabId, frameId });
  } catch {
    // No content script there (browser pages, the web store, a tab opened before install).
  }
}

/**
 * The context-menu items and the keyboard shortcut: toggle the current page, and (in a field
 * being written in) turn what the reader wrote into Chinese.
 */
export function registerPageActions(): void {
  // Recreated whenever the background starts, so they exist after updates and browser restarts.
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: TOGGLE_MENU_ID,
      title: 'Ferry: translate this page / show the original',
      contexts: ['page', 'selection', 'link', 'image'],
    });
    browser.contextMenus.create({
      id: COMPOSE_MENU_ID,
      title: 'Translate what I wrote into Chinese',
      contexts: ['editable'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === TOGGLE_MENU_ID) void tell(tab?.id, 'togglePage');
    if (info.menuItemId === COMPOSE_MENU_ID) void tell(tab?.id, 'composeFocused', info.frameId);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await tell(tab?.id, 'togglePage');
  });
}
