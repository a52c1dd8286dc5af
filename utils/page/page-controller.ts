import { watchMutations } from '../extract/watch-mutations';
import type { PageLanguage } from '../detect/page-gate';
import type { PageState } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import type { PageSession } from './page-session';
import { shouldTranslate } from './should-translate';

export interface PageControllerOptions {
  doc: Document;
  host: string;
  session: PageSession;
  /** The cheap page-level check: is this page Chinese, partly, or not at all? */
  readLanguage: (doc: Document) => PageLanguage;
  /** The quick check on text the page adds later (a feed loading into an English shell). */
  hasChinese: (text: string) => boolean;
  /** Ends every listener and observer (the content script's lifetime). */
  signal: AbortSignal;
}

/**
 * Decides when the session runs on this page: the site rule and the gate at first, the reader's
 * own choice (popup, shortcut, menu) once made, and Chinese that shows up later on a page that
 * first looked foreign.
 */
export class PageController {
  private settings?: Settings;
  private language: PageLanguage = 'other';
  private readerChoice?: boolean;
  private waking?: AbortController;

  constructor(private readonly options: PageControllerOptions) {
    options.signal.addEventListener('abort', () => {
      this.waking?.abort();
      options.session.stop();
    });
  }

  init(settings: Settings): void {
    this.settings = settings;
    this.language = this.options.readLanguage(this.options.doc);
    this.apply();
  }

  onSettings(next: Settings): void {
    const previous = this.settings;
    this.settings = next;
    if (!previous) return;
    const host = this.options.host;
    if (previous.sites[host] !== next.sites[host] || previous.enabled !== next.enabled) {
      this.readerChoice = undefined; // a new rule for this site takes effect now
      this.apply();
    }
    const retranslate =
      previous.targetLanguage !== next.targetLanguage ||
      previous.provider !== next.provider ||
      JSON.stringify(previous.providers[next.provider]) !== JSON.stringify(next.providers[next.provider]);
    if (retranslate || previous.display.style !== next.display.style || previous.glossary !== next.glossary) {
      this.options.session.setLook(
        { lang: next.targetLanguage, style: next.display.style, glossary: next.glossary },
        retranslate,
      );
    }
  }

  /** SPA navigation: the page is new as far as the reader is concerned. */
  onLocationChange(): void {
    const language = this.options.readLanguage(this.options.doc);
    if (language !== 'other') this.language = language;
    if (this.options.session.active) {
      this.options.session.start({ chinesePage: this.language === 'chinese' });
      this.options.session.rescan();
    } else {
      this.apply();
    }
  }

  private get chinese(): boolean {
    return this.language !== 'other';
  }

  setActive(active: boolean): PageState {
    this.readerChoice = active;
    this.apply();
    return this.state();
  }

  toggle(): PageState {
    return this.setActive(!this.options.session.active);
  }

  retryFailed(): PageState {
    this.options.session.retryFailed();
    return this.state();
  }

  state(): PageState {
    return {
      active: this.options.session.active,
      chinese: this.chinese,
      host: this.options.host,
      counts: this.options.session.counts(),
      translator: this.options.session.servedBy,
    };
  }

  private apply(): void {
    if (!this.settings) return;
    const wanted =
      this.readerChoice ?? shouldTranslate(this.settings, this.options.host, this.chinese);
    if (wanted) {
      this.waking?.abort();
      this.waking = undefined;
      this.options.session.start({ chinesePage: this.language === 'chinese' });
    } else {
      this.options.session.stop();
      if (!this.chinese && this.readerChoice === undefined) this.wakeOnChinese();
    }
  }

  /** Watches, cheaply, for Chinese arriving on a page that had none at first. */
  private wakeOnChinese(): void {
    if (this.waking) return;
    const waking = new AbortController();
    this.waking = waking;
    watchMutations(
      this.options.doc.body,
      ({ added, rewritten }) => {
        const arrived = [...added, ...rewritten].some((node) => this.options.hasChinese(node.textContent ?? ''));
        if (!arrived) return;
        const language = this.options.readLanguage(this.options.doc);
        if (language === 'other') return;
        this.language = language;
        waking.abort();
        this.waking = undefined;
        this.apply();
      },
      { signal: waking.signal, delayMs: 400, maxWaitMs: 2000 },
    );
  }
}
