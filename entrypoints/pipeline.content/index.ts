import { defineContentScript } from '#imports';
import { watchCompose, type ComposeWriter } from '../../utils/compose/compose-writer';
import '../../utils/overlay/overlay.css';
import { isChineseText } from '../../utils/detect/classify-text';
import { textHasChinese } from '../../utils/detect/page-gate';
import { onMessage, removeAllListeners, sendMessage } from '../../utils/messaging/protocol';
import { PIPELINE_LOADED_FLAG } from '../../utils/messaging/pipeline-files';
import { createOnDeviceTranslate } from '../../utils/on-device/translator-api';
import { PageController } from '../../utils/page/page-controller';
import { domReady } from '../../utils/page/dom-ready';
import { createPageTranslate } from '../../utils/page/page-translate';
import { PageSession } from '../../utils/page/page-session';
import { loadRunningSettings, watchSettings } from '../../utils/settings/settings-store';
import { glossFor } from '../../utils/sites/chrome-glossary';
import { readSiteLanguage } from '../../utils/sites/site-language';
import { compileSiteRules } from '../../utils/sites/site-rules';
import { adapterForHost } from '../../utils/sites/site-table';

// Loaded by the background where the gate (entrypoints/content) says so, or where the reader
// asks (popup, menu, shortcut): detect -> extract -> observe -> request -> overlay, all driven by
// PageController; and writing back (a field's English into Chinese).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const world = globalThis as Record<string, unknown>;
    if (world[PIPELINE_LOADED_FLAG]) return;
    world[PIPELINE_LOADED_FLAG] = true;
    // The background sends its first message (state, toggle, write) as soon as this file ran:
    // the handlers are there at once and answer when the page is set up.
    let setUp!: (parts: { controller: PageController; writer: ComposeWriter }) => void;
    const ready = new Promise<{ controller: PageController; writer: ComposeWriter }>((resolve) => (setUp = resolve));
    onMessage('getPageState', async () => (await ready).controller.state());
    onMessage('setPageActive', async ({ data }) => (await ready).controller.setActive(data));
    onMessage('togglePage', async () => (await ready).controller.toggle());
    onMessage('retryFailed', async () => (await ready).controller.retryFailed());
    onMessage('composeFocused', async () => (await ready).writer.writeFocused());
    ctx.onInvalidated(removeAllListeners);

    let settings = await loadRunningSettings();
    // Loaded while the page is still parsing (the gate saw a Chinese head): wait for all of it,
    // taking any change of the settings meanwhile.
    const unwatchEarly = watchSettings((next) => (settings = next));
    await domReady(document);
    unwatchEarly();
    const site = adapterForHost(location.hostname);
    const session = new PageSession({
      doc: document,
      translate: createPageTranslate({
        provider: () => settings.provider,
        target: () => settings.targetLanguage,
        background: async (texts) => (await sendMessage('translate', { texts, context: { title: document.title } })).results,
        inPage: createOnDeviceTranslate(window),
      }),
      accept: isChineseText,
      look: { lang: settings.targetLanguage, style: settings.display.style, glossary: settings.glossary },
      site: site && { rules: compileSiteRules(site), glossFor },
    });
    const controller = new PageController({
      doc: document,
      host: location.hostname,
      session,
      readLanguage: (doc) => readSiteLanguage(location.hostname, doc),
      hasChinese: textHasChinese,
      signal: ctx.signal,
    });

    const writer = watchCompose({
      doc: document,
      translate: async (text, direction) => {
        const context = { title: document.title, tone: settings.compose.tone };
        return (await sendMessage('translate', { texts: [text], direction, draft: true, context })).results[0]!;
      },
      settings: () => ({ ...settings.compose, readerLanguage: settings.targetLanguage }),
      signal: ctx.signal,
    });

    ctx.onInvalidated(
      watchSettings((next) => {
        settings = next;
        controller.onSettings(next);
      }),
    );
    ctx.addEventListener(window, 'wxt:locationchange', () => controller.onLocationChange());
    controller.init(settings);
    setUp({ controller, writer });
  },
});
