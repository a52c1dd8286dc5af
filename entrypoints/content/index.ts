import { defineContentScript } from '#imports';
import { loadPageSwitches, sendWake, watchPageSwitches } from '../../utils/gate/gate-channel';
import { startGate } from '../../utils/gate/page-gate-watch';
import { readSiteLanguage } from '../../utils/sites/site-language';

// The gate: the only script on every page (and every frame). It looks once and has the
// background load the pipeline (entrypoints/pipeline.content) where there is Chinese to read.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_end',
  allFrames: true,
  matchAboutBlank: true,
  // WXT's notice to older copies of this script goes by a DOM event only, never to the page's
  // message listeners (it also costs a structured clone on every page).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    startGate({
      doc: document,
      host: location.hostname,
      readLanguage: (doc) => readSiteLanguage(location.hostname, doc),
      settings: await loadPageSwitches(),
      watchSettings: watchPageSwitches,
      wake: (reason) => void sendWake(reason).catch(() => undefined),
      signal: ctx.signal,
    });
  },
});
