import { defineContentScript } from '#imports';
import { headLooksChinese } from '../../utils/detect/page-gate';
import { loadPageSwitches, sendWake, watchPageSwitches } from '../../utils/gate/gate-channel';
import { watchHead } from '../../utils/gate/head-look';
import { startGate } from '../../utils/gate/page-gate-watch';
import { domReady } from '../../utils/page/dom-ready';
import { shouldTranslate } from '../../utils/page/should-translate';
import { isChineseSite } from '../../utils/sites/site-domains';
import { readSiteLanguage } from '../../utils/sites/site-language';

// The gate: the only script on every page (and every frame). It looks once and has the
// background load the pipeline (entrypoints/pipeline.content) where there is Chinese to read:
// while the head is parsed when the page says it is Chinese (the pipeline then loads alongside
// the rest of the page), else with one look at the text in DOMContentLoaded's own dispatch.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // A document_end script would wait behind a heavy page's first tasks.
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  // WXT's notice to older copies of this script goes by a DOM event only, never to the page's
  // message listeners (it also costs a structured clone on every page).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const host = location.hostname;
    const switches = loadPageSwitches();
    const saysChinese = await watchHead(document, (doc) => isChineseSite(host) || headLooksChinese(doc));
    if (saysChinese && shouldTranslate(await switches, host, true)) {
      // The pipeline makes its own full look at the page before translating anything.
      const woken = await sendWake('page').then(() => true, () => false);
      if (woken) return;
    }
    await domReady(document);
    startGate({
      doc: document,
      host,
      readLanguage: (doc) => readSiteLanguage(host, doc),
      settings: await switches,
      watchSettings: watchPageSwitches,
      wake: (reason) => void sendWake(reason).catch(() => undefined),
      signal: ctx.signal,
    });
  },
});
