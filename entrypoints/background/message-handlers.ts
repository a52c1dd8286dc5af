import { browser } from '#imports';
import type { Runtime } from 'webextension-polyfill';
import { onMessage } from '../../utils/messaging/protocol';
import type { TranslationQueue } from '../../utils/translate/translation-queue';
import type { TranslationCache } from '../../utils/cache/translation-cache';

/** Far above what a content script sends; a guard against a runaway caller, not a limit. */
const MAX_TEXTS = 500;
const MAX_TEXT_CHARS = 50_000;

function assertFromFerry(sender: Runtime.MessageSender): void {
  // Only Ferry's own content scripts and pages can message it (no externally_connectable);
  // checked again here so a mistake in the manifest cannot open the channel.
  if (sender.id !== browser.runtime.id) throw new Error('Message from an unknown sender');
}

function isTextList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_TEXTS &&
    value.every((text) => typeof text === 'string' && text.length <= MAX_TEXT_CHARS)
  );
}

export function registerMessageHandlers({
  queue,
  cache,
}: {
  queue: TranslationQueue;
  cache: TranslationCache;
}): void {
  onMessage('translate', async ({ data, sender }) => {
    assertFromFerry(sender);
    if (!isTextList(data?.texts)) throw new Error('translate expects { texts: string[] }');
    return { results: await queue.translate(data.texts) };
  });
  onMessage('getCacheStats', ({ sender }) => {
    assertFromFerry(sender);
    return cache.stats();
  });
  onMessage('clearCache', async ({ sender }) => {
    assertFromFerry(sender);
    await cache.clear();
    return cache.stats();
  });
}
