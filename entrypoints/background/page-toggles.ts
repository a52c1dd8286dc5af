import { browser } from '#imports';
import { sendMessage } from '../../utils/messaging/protocol';

const MENU_ID = 'ferry-toggle-page';
export const TOGGLE_COMMAND = 'toggle-page';

async function togglePage(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  try {
    await sendMessage('togglePage', undefined, tabId);
  } catch {
    // No content script there (browser pages, the web store, a tab opened before install).
  }
}

/** The context-menu item and the keyboard shortcut both toggle the current page. */
export function registerPageToggles(): void {
  // Recreated whenever the background starts, so it exists after updates and browser restarts.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Ferry: translate this page / show the original',
      contexts: ['page', 'selection', 'link', 'image'],
    }),
  );
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void togglePage(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await togglePage(tab?.id);
  });
}
