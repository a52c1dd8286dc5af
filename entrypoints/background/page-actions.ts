import { browser } from '#imports';
import { loadPipeline } from '../../utils/inject/load-pipeline';
import { sendMessage, setTabActive } from '../../utils/messaging/protocol';

const TOGGLE_MENU_ID = 'ferry-toggle-page';
const COMPOSE_MENU_ID = 'ferry-compose';
export const TOGGLE_COMMAND = 'toggle-page';

/**
 * Loads the pipeline where the reader acts (the top frame, or the frame the menu was opened in),
 * then does what was asked there.
 */
async function act(tabId: number | undefined, action: 'togglePage' | 'composeFocused', frameId = 0): Promise<void> {
  if (tabId === undefined) return;
  try {
    await loadPipeline(tabId, frameId);
    if (action === 'composeFocused') await sendMessage('composeFocused', undefined, { tabId, frameId });
    else {
      const state = await sendMessage('getPageState', undefined, { tabId, frameId: 0 });
      await setTabActive(tabId, !state.active);
    }
  } catch {
    // Nothing of Ferry's can run there (browser pages, the web store).
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
    if (info.menuItemId === TOGGLE_MENU_ID) void act(tab?.id, 'togglePage');
    if (info.menuItemId === COMPOSE_MENU_ID) void act(tab?.id, 'composeFocused', info.frameId);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await act(tab?.id, 'togglePage');
  });
}
