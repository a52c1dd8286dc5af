import { browser } from '#imports';
import type { Runtime } from 'webextension-polyfill';
import { onMessage, sendMessage, type LoadPipelineRequest, type TranslateReply, type TranslateRequest, type TranslateResult } from '../../utils/messaging/protocol';
import type { TranslationQueue } from '../../utils/translate/translation-queue';
import type { TranslationCache } from '../../utils/cache/translation-cache';
import { isGateWakeMessage } from '../../utils/gate/gate-channel';
import { loadPipeline } from '../../utils/inject/load-pipeline';
import { isProviderId } from '../../utils/settings/provider-catalog';
import { loadRunningSettings } from '../../utils/settings/settings-store';
import { testTranslator } from '../../utils/translate/test-translator';

/** Far above what a content script sends; a guard against a runaway caller, not a limit. */
const MAX_TEXTS = 500;
/** One paragraph this long is a page's mistake, not prose: it fails alone, its siblings still go. */
export const MAX_TEXT_CHARS = 50_000;

const TOO_LONG: TranslateResult = {
  ok: false,
  error: { kind: 'bad-response', message: 'Paragraph too long to translate' },
};

function assertFromFerry(sender: Runtime.MessageSender): void {
  // Only Ferry's own content scripts and pages can message it (no externally_connectable);
  // checked again here so a mistake in the manifest cannot open the channel.
  if (sender.id !== browser.runtime.id) throw new Error('Message from an unknown sender');
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_TEXTS && value.every((text) => typeof text === 'string');
}

/** A page title is context, not content: a long one is cut. */
const MAX_TITLE_CHARS = 200;

function readContext(value: unknown): TranslateRequest['context'] {
  if (typeof value !== 'object' || value === null) return undefined;
  const { title, tone } = value as Record<string, unknown>;
  const context: NonNullable<TranslateRequest['context']> = {};
  if (typeof title === 'string' && title.trim()) context.title = title.trim().slice(0, MAX_TITLE_CHARS);
  if (tone === 'casual' || tone === 'neutral') context.tone = tone;
  return Object.keys(context).length > 0 ? context : undefined;
}

function readLoadRequest(value: unknown): LoadPipelineRequest {
  const { tabId } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return { tabId: typeof tabId === 'number' && Number.isInteger(tabId) ? tabId : undefined };
}

/** A BCP 47 code a translator could take (en, zh-Hans, pt-BR), or 'auto' for a source. */
const LANGUAGE = /^(auto|[a-z]{2,3}(-[A-Za-z]{2,4})?)$/;

function readDirection(value: unknown): TranslateRequest['direction'] {
  if (value === undefined) return undefined;
  const { from, to } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (typeof from !== 'string' || typeof to !== 'string' || !LANGUAGE.test(from) || !LANGUAGE.test(to) || to === 'auto') {
    throw new Error('translate expects direction { from, to } of language codes');
  }
  return { from, to };
}

/**
 * The `translate` message: one result per text, in order. A malformed message is rejected whole;
 * an oversized text gets its own error result. Private tabs and drafts never touch the
 * persistent cache; a draft goes to the chosen translator only.
 */
export async function handleTranslate(
  queue: TranslationQueue,
  data: unknown,
  sender: Runtime.MessageSender,
): Promise<TranslateReply> {
  assertFromFerry(sender);
  const request = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const texts = request.texts;
  if (!isTextList(texts)) throw new Error('translate expects { texts: string[] }');
  const direction = readDirection(request.direction);
  const draft = request.draft === true;
  const context = readContext(request.context);
  const accepted: string[] = [];
  // Each text's index among the accepted ones, or -1 when it is too long to send.
  const slots = texts.map((text) => (text.length <= MAX_TEXT_CHARS ? accepted.push(text) - 1 : -1));
  const translated = await queue.translate(accepted, {
    persist: !draft && sender.tab?.incognito !== true,
    direction,
    chosenOnly: draft,
    context,
  });
  return { results: slots.map((slot) => translated[slot] ?? TOO_LONG) };
}

export function registerMessageHandlers({
  queue,
  cache,
}: {
  queue: TranslationQueue;
  cache: TranslationCache;
}): void {
  onMessage('translate', ({ data, sender }) => handleTranslate(queue, data, sender));
  // The popup names a tab (its top frame); a gate, on its plain channel, loads into its own frame.
  onMessage('loadPipeline', async ({ data, sender }) => {
    assertFromFerry(sender);
    const { tabId } = readLoadRequest(data);
    if (tabId === undefined) throw new Error('loadPipeline expects { tabId }');
    await loadPipeline(tabId, 0);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isGateWakeMessage(message)) return undefined;
    assertFromFerry(sender);
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const target = { tabId, frameId: sender.frameId ?? 0 };
    return loadPipeline(target.tabId, target.frameId, { known: message.loaded }).then(async () => {
      // The reader pressed the write-back shortcut: the pipeline writes the field now.
      if (message.reason === 'compose') await sendMessage('composeFocused', undefined, target);
    });
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
  onMessage('testTranslator', async ({ data, sender }) => {
    assertFromFerry(sender);
    if (!isProviderId(data)) throw new Error('testTranslator expects a translator id');
    return testTranslator(await loadRunningSettings(), data);
  });
}
