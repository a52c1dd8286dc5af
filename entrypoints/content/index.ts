import { defineContentScript } from '#imports';
import { watchCompose } from '../../utils/compose/compose-writer';
import '../../utils/overlay/overlay.css';
import { isChineseText } from '../../utils/detect/classify-text';
import { textHasChinese } from '../../utils/detect/page-gate';
import { onMessage, removeAllListeners, sendMessage } from '../../utils/messaging/protocol';
import { createOnDeviceTranslate } from '../../utils/on-device/translator-api';
import { PageController } from '../../utils/page/page-controller';
import { createPageTranslate } from '../../utils/page/page-translate';
import { PageSession } from '../../utils/page/page-session';
import { loadSettings, watchSettings } from '../../utils/settings/settings-store';
import { glossFor } from '../../utils/sites/chrome-glossary';
import { readSiteLanguage } from '../../utils/sites/site-language';
import { compileSiteRules } from '../../utils/sites/site-rules';
import { adapterForHost } from '../../utils/sites/site-table';

// gate -> detect -> extract -> observe -> request -> overlay, all driven by PageController;
// and writing back (a field's English into Chinese) wherever the reader asks for it.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let settings = await loadSettings();
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
      readLanguage: (doc) => readSiteLanguage(site, doc),
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

    onMessage('getPageState', () => controller.state());
    onMessage('setPageActive', ({ data }) => controller.setActive(data));
    onMessage('togglePage', () => controller.toggle());
    onMessage('composeFocused', () => writer.writeFocused());
    ctx.onInvalidated(
      watchSettings((next) => {
        settings = next;
        controller.onSettings(next);
      }),
    );
    ctx.onInvalidated(removeAllListeners);
    ctx.addEventListener(window, 'wxt:locationchange', () => controller.onLocationChange());
    controller.init(settings);
  },
});
