import { defineBackground } from '#imports';
import { createTranslationCache } from '../../utils/cache/translation-cache';
import { loadRunningSettings } from '../../utils/settings/settings-store';
import { chainFromSettings } from '../../utils/translate/translation-chain';
import { createTranslationQueue } from '../../utils/translate/translation-queue';
import { registerMessageHandlers } from './message-handlers';
import { registerPageActions } from './page-actions';

// Listeners are registered synchronously so an MV3 service worker woken by an event gets it.
export default defineBackground(() => {
  const cache = createTranslationCache();
  const queue = createTranslationQueue({
    cache,
    getChain: async () => chainFromSettings(await loadRunningSettings()),
  });
  registerMessageHandlers({ queue, cache });
  registerPageActions();
});
