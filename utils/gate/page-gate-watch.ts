import { textHasChinese, type PageLanguage } from '../detect/page-gate';
import { matchesShortcut, parseShortcut } from '../compose/shortcut';
import { writableTarget } from '../compose/writable-target';
import type { PageSwitches } from '../settings/page-switches';
import { shouldTranslate } from '../page/should-translate';
import type { WakeReason } from './gate-channel';

export interface GateOptions {
  doc: Document;
  host: string;
  /** The cheap page-level look (a script count over the first few thousand characters). */
  readLanguage: (doc: Document) => PageLanguage;
  settings: PageSwitches;
  /** Called with each change of the settings; returns the unsubscribe function. */
  watchSettings: (listener: (settings: PageSwitches) => void) => () => void;
  /**
   * Loads the pipeline into this frame ('page': there is a page to translate; 'compose': the
   * reader pressed the write-back shortcut in a field). The gate's part is over once it is asked.
   */
  wake: (reason: WakeReason) => void;
  signal: AbortSignal;
}

/** Text added to a page that looked foreign is looked at this often, not on every mutation. */
const ADDED_TEXT_CHECK_MS = 500;

/**
 * The only code Ferry runs on every page. It decides with one cheap look whether the page is
 * one to translate and, if it is, asks for the pipeline (detection, extraction, overlay) to be
 * loaded; otherwise it waits, at next to no cost, for the three things that can change that:
 * Chinese arriving later, the reader's settings, and the write-back shortcut in a field.
 */
export function startGate(options: GateOptions): void {
  const { doc, signal } = options;
  const stop = new AbortController();
  signal.addEventListener('abort', () => stop.abort());
  let settings = options.settings;
  let language = options.readLanguage(doc);
  const wake = (reason: WakeReason) => {
    if (stop.signal.aborted) return;
    stop.abort();
    options.wake(reason);
  };
  const decide = () => {
    if (shouldTranslate(settings, options.host, language !== 'other')) wake('page');
  };

  decide();
  if (stop.signal.aborted) return;

  const unwatch = options.watchSettings((next) => {
    settings = next;
    decide();
  });
  stop.signal.addEventListener('abort', unwatch);
  watchForChinese(doc, stop.signal, () => {
    language = options.readLanguage(doc);
    decide();
    return language !== 'other';
  });
  doc.addEventListener(
    'keydown',
    (event) => {
      const shortcut = parseShortcut(settings.compose.shortcut);
      if (!shortcut || event.repeat || event.isComposing || !matchesShortcut(event, shortcut)) return;
      if (!writableTarget(event.composedPath()[0] ?? event.target)) return;
      // The page must not act on it too (a chat box that sends on Enter).
      event.preventDefault();
      event.stopImmediatePropagation();
      wake('compose');
    },
    { capture: true, signal: stop.signal },
  );
}

/**
 * Watches what the page adds for Chinese, at most every ADDED_TEXT_CHECK_MS: only Han code units
 * are looked for, so an English page's mutations cost a regex test each. `found` re-reads the
 * page and says whether to stop watching.
 */
function watchForChinese(doc: Document, signal: AbortSignal, found: () => boolean): void {
  let pending: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    const nodes = pending;
    pending = [];
    if (nodes.some((node) => node.isConnected && textHasChinese(node.textContent ?? '')) && found()) observer.disconnect();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') pending.push(record.target);
      else for (const node of record.addedNodes) pending.push(node);
    }
    if (pending.length > 0 && timer === undefined) timer = setTimeout(check, ADDED_TEXT_CHECK_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
