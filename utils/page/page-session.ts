import { createDisplayOf, isInlineDisplay, type DisplayOf } from '../extract/block-owner';
import { findMainContent } from '../extract/main-content';
import { findUnits } from '../extract/find-units';
import { unitText } from '../extract/unit-text';
import { watchMutations, type DomChanges } from '../extract/watch-mutations';
import { watchViewport, type ViewportWatcher } from '../extract/watch-viewport';
import type { TranslateResult } from '../messaging/protocol';
import { revealTranslation } from '../overlay/reveal-translation';
import {
  ensureTranslationNode,
  removeAllFerryNodes,
  removeTranslationNode,
  showError,
  showPending,
  showTranslation,
  type TranslationLook,
} from '../overlay/translation-node';
import type { DisplayStyle } from '../settings/schema';
import { createRequestBatcher, type Priority } from './request-batcher';
import { describeFailure } from './describe-failure';
import { UnitRegistry, releaseUnclipped, type UnitRecord } from './unit-registry';

/**
 * When the viewport asks for fewer units than this, the next rendered ones below are asked for
 * too: the reader finds them translated on arrival, and requests stay large.
 */
const LOOKAHEAD_UNITS = 24;
/** Long enough for the viewport's first report and its message to go out before Readability. */
const MAIN_CONTENT_DELAY_MS = 60;
/** A unit this short gets its translation on the same line. */
const INLINE_MAX_CHARS = 12;
/**
 * Guards against a reply that never comes (the background restarted mid-request). It is long:
 * a message waits its turn in the provider queue, and a slow self-hosted server with retries can
 * take minutes; a unit that times out shows its error and retry control.
 */
const REPLY_TIMEOUT_MS = 5 * 60_000;

export interface PageSessionOptions {
  doc: Document;
  /** Sends texts to the background; one result per text, in order. */
  translate: (texts: string[]) => Promise<TranslateResult[]>;
  /** Whether a unit's text is worth translating (Chinese), given what the page is. */
  accept: (text: string, page: { chinesePage: boolean }) => boolean;
  look: { lang: string; style: DisplayStyle };
}

/**
 * Ferry on one page while it is on: finds the units, asks for translations of those near the
 * viewport (and of the whole main content first), keeps up with the page as it changes, and
 * puts everything back when turned off.
 */
export class PageSession {
  private readonly registry = new UnitRegistry();
  private readonly batcher = createRequestBatcher<UnitRecord>((batch) => void this.send(batch));
  private readonly toReveal = new Set<UnitRecord>();
  private controller?: AbortController;
  private viewport?: ViewportWatcher;
  private main = new Set<Element>();
  private look: { lang: string; style: DisplayStyle };
  /** The page as a whole is Chinese: mixed lines with any Chinese word are translated too. */
  private chinesePage = false;

  constructor(private readonly options: PageSessionOptions) {
    this.look = options.look;
  }

  get active(): boolean {
    return this.controller !== undefined;
  }

  counts() {
    return this.registry.counts();
  }

  /** Starts, or when running takes the page's new verdict (SPA navigation) for later scans. */
  start({ chinesePage }: { chinesePage: boolean }): void {
    this.chinesePage = chinesePage;
    if (this.controller) return;
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    this.viewport = watchViewport((elements) => this.onNearViewport(elements), { signal });
    watchMutations(this.options.doc.body, (changes) => this.onChanges(changes), { signal });
    this.rescan();
  }

  stop(): void {
    // Not running means nothing of Ferry's is on the page (a foreign page pays no DOM query).
    if (!this.controller) return;
    this.controller.abort();
    this.controller = undefined;
    this.batcher.clear();
    this.registry.clear();
    this.toReveal.clear();
    removeAllFerryNodes(this.options.doc);
  }

  /**
   * Looks at the whole page again (start, SPA navigation). What is in view is asked for first;
   * Readability (tens to hundreds of milliseconds on a big page) runs just after that request
   * has left, and then the whole main content is asked for.
   */
  rescan(): void {
    const signal = this.controller?.signal;
    if (!signal) return;
    this.scan(this.options.doc.body);
    const timer = setTimeout(() => {
      if (signal.aborted) return;
      this.main = findMainContent(this.options.doc);
      for (const record of this.registry.all()) {
        if (this.main.has(record.element)) this.request(record, 'later');
      }
    }, MAIN_CONTENT_DELAY_MS);
    signal.addEventListener('abort', () => clearTimeout(timer));
  }

  /** New target language or translator: every unit is translated again. */
  setLook(look: { lang: string; style: DisplayStyle }, retranslate: boolean): void {
    this.look = look;
    for (const record of this.registry.all()) {
      if (retranslate) {
        this.reset(record);
        if (this.main.has(record.element)) this.request(record, 'later');
      } else if (record.node) {
        record.node.dataset.style = look.style;
      }
    }
  }

  private scan(root: Element): void {
    const displayOf = createDisplayOf();
    const accept = (text: string) => this.accepts(text);
    for (const { element, text } of findUnits(root, { displayOf, accept })) {
      if (this.registry.get(element)) continue;
      // The innermost unit wins: never register a unit inside or around another one.
      if (element.parentElement && this.registry.closest(element.parentElement)) continue;
      if (this.registry.holdsUnit(element)) continue;
      const record = this.registry.add(element, text);
      record.inline = isInline(element, text, displayOf);
      this.viewport?.observe(element);
    }
  }

  private accepts(text: string): boolean {
    return this.options.accept(text, { chinesePage: this.chinesePage });
  }

  private lookFor(record: UnitRecord): TranslationLook {
    return { ...this.look, inline: record.inline ?? false };
  }

  private onNearViewport(elements: Element[]): void {
    let asked = 0;
    let last: UnitRecord | undefined;
    for (const element of elements) {
      const record = this.registry.get(element);
      if (!record) continue;
      last = record;
      if (record.state === 'idle') {
        this.request(record, 'now');
        asked++;
      }
    }
    if (last && asked > 0 && asked < LOOKAHEAD_UNITS) this.requestAhead(last, LOOKAHEAD_UNITS - asked);
  }

  private requestAhead(after: UnitRecord, count: number): void {
    const records = this.registry.all();
    for (let i = records.indexOf(after) + 1; i < records.length && count > 0; i++) {
      const record = records[i]!;
      if (record.state !== 'idle' || !isRendered(record.element)) continue;
      this.request(record, 'later');
      count--;
    }
  }

  private request(record: UnitRecord, priority: Priority): void {
    if (record.state === 'pending' || record.state === 'done') return;
    record.state = 'pending';
    record.attempt++;
    this.viewport?.unobserve(record.element);
    this.render(record);
    this.batcher.add(record, priority);
  }

  private async send(batch: UnitRecord[]): Promise<void> {
    const signal = this.controller?.signal;
    const attempts = batch.map((record) => record.attempt);
    let results: TranslateResult[];
    try {
      results = await withTimeout(this.options.translate(batch.map((r) => r.text)), REPLY_TIMEOUT_MS);
    } catch {
      results = batch.map(() => ({
        ok: false,
        error: { kind: 'transient', message: 'Ferry could not reach its translator' },
      }));
    }
    if (!signal || signal.aborted) return;
    batch.forEach((record, i) => {
      const current = this.registry.get(record.element) === record && record.attempt === attempts[i];
      if (current) this.apply(record, results[i]);
    });
    this.scheduleReveal();
  }

  private apply(record: UnitRecord, result: TranslateResult | undefined): void {
    if (result?.ok && result.text.trim()) {
      record.state = 'done';
      record.translation = result.text;
      record.cached = result.cached;
    } else {
      record.state = 'error';
      record.reason = result?.ok === false ? describeFailure(result.error.kind) : 'The translator sent back nothing';
    }
    this.render(record);
  }

  /** Shows a unit's state in its translation node (created, or put back last, as needed). */
  private render(record: UnitRecord): void {
    const node = ensureTranslationNode(record.element, this.lookFor(record));
    record.node = node;
    if (record.state === 'done' && record.translation !== undefined) {
      showTranslation(node, record.translation);
      this.toReveal.add(record);
    } else if (record.state === 'error') {
      showError(node, record.reason ?? 'Translation failed', () => this.retry(record));
    } else {
      showPending(node);
    }
  }

  private retry(record: UnitRecord): void {
    if (record.state !== 'error') return;
    record.state = 'idle';
    this.request(record, 'now');
  }

  private reset(record: UnitRecord): void {
    record.state = 'idle';
    record.attempt++;
    record.translation = undefined;
    record.cached = false;
    record.node = undefined;
    removeTranslationNode(record.element);
    releaseUnclipped(record);
    // Observing again makes the viewport report it anew if it is in view.
    this.viewport?.unobserve(record.element);
    this.viewport?.observe(record.element);
  }

  private onChanges({ added, changed }: DomChanges): void {
    for (const record of this.registry.all()) {
      if (!record.element.isConnected) {
        this.viewport?.unobserve(record.element);
        this.registry.delete(record);
      }
    }
    const touched = new Set<UnitRecord>();
    for (const node of [...changed, ...added]) {
      const record = node.isConnected ? this.registry.closest(node) : undefined;
      if (record) touched.add(record);
    }
    for (const record of touched) this.refresh(record);

    const roots = new Set<Element>();
    for (const node of added) {
      const root = node instanceof Element ? node : node.parentElement;
      if (root?.isConnected && !this.registry.closest(root)) roots.add(root);
    }
    // A feed appending hundreds of nodes at once: scan each outermost root once (linear walk up).
    for (const root of roots) {
      let covered = false;
      for (let el = root.parentElement; el && !covered; el = el.parentElement) covered = roots.has(el);
      if (!covered) this.scan(root);
    }
  }

  /** The page changed something inside a unit: translate again if its text changed. */
  private refresh(record: UnitRecord): void {
    const displayOf = createDisplayOf();
    const text = unitText(record.element, displayOf);
    if (!this.accepts(text)) {
      this.viewport?.unobserve(record.element);
      this.registry.delete(record);
      return;
    }
    if (text !== record.text) {
      // A small thread taken whole may have grown past that (comments loading into it): if
      // its content now splits into units of its own, those replace it.
      const found = findUnits(record.element, { displayOf, accept: (t) => this.accepts(t) });
      if (found.some(({ element }) => element !== record.element && record.element.contains(element))) {
        this.viewport?.unobserve(record.element);
        this.registry.delete(record);
        this.scan(record.element);
        return;
      }
      record.text = text;
      record.inline = isInline(record.element, text, displayOf);
      this.reset(record);
      return;
    }
    // Same text, but the page may have re-rendered the unit's children and dropped ours.
    if (record.state !== 'idle' && record.element.lastChild !== record.node) {
      this.render(record);
      this.scheduleReveal();
    }
  }

  private scheduleReveal(): void {
    const view = this.options.doc.defaultView;
    if (!view || this.toReveal.size === 0) return;
    view.requestAnimationFrame(() => {
      for (const record of this.toReveal) {
        if (record.state === 'done' && record.node) {
          releaseUnclipped(record);
          record.unclipped = revealTranslation(record.node);
        }
      }
      this.toReveal.clear();
    });
  }
}

function isInline(element: Element, text: string, displayOf: DisplayOf): boolean {
  return isInlineDisplay(displayOf(element)) || (text.length <= INLINE_MAX_CHARS && !text.includes('\n'));
}

function isRendered(element: Element): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
