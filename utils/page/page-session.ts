import { isLatinSlang } from '../detect/latin-slang';
import { createDisplayOf, isInlineDisplay, type DisplayOf } from '../extract/block-owner';
import { findMainContent } from '../extract/main-content';
import { findUnits } from '../extract/find-units';
import { scanSlices } from '../extract/scan-slices';
import { RUN_TAG, WAITING_ATTR, isSkippedElement } from '../extract/skip-rules';
import { unitText } from '../extract/unit-text';
import { watchMutations, type DomChanges } from '../extract/watch-mutations';
import { watchViewport, type ViewportWatcher } from '../extract/watch-viewport';
import type { ServedBy, TranslateResult } from '../messaging/protocol';
import { resend, withTimeout } from '../messaging/resend';
import { releaseFit } from '../overlay/fit-translation';
import { revealTranslation } from '../overlay/reveal-translation';
import { wrapRun } from '../overlay/run-node';
import { SHADOW_STYLE_ATTR, addOverlayStyle, openShadowRoots, removeOverlayStyle } from './shadow-roots';
import {
  ensureTranslationNode,
  removeAllFerryNodes,
  removeTranslationNode,
  showError,
  showPending,
  showTranslation,
  translationNodeInPlace,
  type TranslationLook,
} from '../overlay/translation-node';
import type { DisplayStyle } from '../settings/schema';
import type { SiteRules } from '../sites/site-rules';
import { createDelayedBatch } from './delayed-batch';
import { createRequestBatcher, type Priority } from './request-batcher';
import { describeFailure } from './describe-failure';
import { GlossKeeper } from './gloss-keeper';
import { LayoutPass } from './layout-pass';
import { SliceQueue } from './slice-queue';
import { TranslationMemo } from './translation-memo';
import { UnitRegistry, type UnitRecord } from './unit-registry';

/**
 * When the viewport asks for fewer units than this, the next rendered ones below are asked for
 * too: the reader finds them translated on arrival, and requests stay large.
 */
const LOOKAHEAD_UNITS = 24;
/**
 * Readability waits for the first reply (its long task would hold that reply's paint back), but
 * no longer than this: a slow translator's wait is idle time to use.
 */
const MAIN_CONTENT_WAIT_MS = 400;
/** Readability waits for idle time, but no longer than this. */
const MAIN_CONTENT_IDLE_TIMEOUT_MS = 1000;
/**
 * Of the article's main content, this many units are asked for ahead of the reader; the rest as
 * the reader nears them (a book-length page is not translated, nor laid out, all at once).
 */
const MAIN_PREFETCH_UNITS = 200;
/**
 * A unit asked for shows its "translating" mark only if no answer came within this long: most
 * answers do, and are then painted in one pass with nothing before them.
 */
const PENDING_MARK_DELAY_MS = 300;
/** A translation node the page removes this often within the window is left out. */
const MAX_RESTORES_IN_WINDOW = 5;
const RESTORE_WINDOW_MS = 3_000;
/**
 * A scan goes through the page in slices of about this many elements, and as many slices as fit
 * in the budget run in one task: no task of Ferry's is long on a page of thousands of paragraphs.
 */
const SCAN_SLICE_ELEMENTS = 300;
const SCAN_BUDGET_MS = 12;
/** A unit this short gets its translation on the same line. */
const INLINE_MAX_CHARS = 12;
/**
 * Guards against a reply that never comes (the background restarted mid-request). It is long:
 * a message waits its turn in the provider queue, and a slow self-hosted server with retries can
 * take minutes; a unit that times out shows its error and retry control.
 */
const REPLY_TIMEOUT_MS = 5 * 60_000;
/** A request the background never answered is sent again after these waits, then fails. */
const RESEND_DELAYS_MS = [300, 1_500];
/** Fitted translations are laid out again this long after the window stops resizing. */
const RESIZE_SETTLE_MS = 150;

/** What Ferry knows of the site the page belongs to (see utils/sites). */
export interface SiteKnowledge {
  rules: SiteRules;
  /** The built-in hint for a chrome label, if it is one. */
  glossFor: (text: string) => string | undefined;
}

export interface PageSessionOptions {
  doc: Document;
  /** Sends texts to the background; one result per text, in order. */
  translate: (texts: string[]) => Promise<TranslateResult[]>;
  /** Whether a unit's text is worth translating (Chinese), given what the page is. */
  accept: (text: string, page: { chinesePage: boolean }) => boolean;
  look: PageLook;
  site?: SiteKnowledge;
}

/** How translations look on the page, and the reader's glossary (hints on hover). */
export interface PageLook {
  lang: string;
  style: DisplayStyle;
  glossary?: Readonly<Record<string, string>>;
}

/**
 * Ferry on one page while it is on: finds the units, asks for translations of those near the
 * viewport (and of the whole main content first), keeps up with the page as it changes, and
 * puts everything back when turned off.
 */
export class PageSession {
  private readonly registry: UnitRegistry;
  private readonly batcher = createRequestBatcher<UnitRecord>((batch) => void this.send(batch));
  private readonly pendingMarks = createDelayedBatch<UnitRecord>((records) => {
    for (const record of records) {
      const current = this.registry.get(record.element) === record;
      if (current && record.state === 'pending' && !record.node) this.render(record);
    }
  }, PENDING_MARK_DELAY_MS);
  private readonly memo = new TranslationMemo();
  /** Units whose text the page rewrote since the last batch of changes, looked at with it. */
  private readonly rewritten = new Set<UnitRecord>();
  private readonly layout: LayoutPass;
  /** Element skips for unit text: the usual ones plus the site's chrome (an @mention). */
  private readonly skipped: (element: Element) => boolean;
  private glosses?: GlossKeeper;
  /** Open shadow roots Ferry watches and styles, each until it stops. */
  private readonly shadowRoots = new Set<ShadowRoot>();
  private controller?: AbortController;
  private viewport?: ViewportWatcher;
  private scans?: SliceQueue<Element>;
  private main = new Set<Element>();
  /** Starts looking for the main content now: the scan's first reply is in. */
  private findMainSoon?: () => void;
  /** Main-content units asked for ahead of the reader since the last full scan. */
  private mainAsked = 0;
  private look: PageLook;
  /** The translator behind the latest translation, and the one it replaced (the popup says so). */
  private served?: ServedBy;
  /** The page as a whole is Chinese: mixed lines with any Chinese word are translated too. */
  private chinesePage = false;

  constructor(private readonly options: PageSessionOptions) {
    this.look = options.look;
    const rules = options.site?.rules;
    this.skipped = rules ? (el) => isSkippedElement(el) || rules.isChrome(el) : isSkippedElement;
    this.layout = new LayoutPass({
      doc: options.doc,
      paint: (record) => this.paint(record),
      compactBoxOf: (element) => rules?.compactBoxOf(element) ?? null,
      afterFit: (record) => this.revealIfFree(record),
      alsoWrite: () => this.glosses?.flush(),
      recordOf: (element) => this.registry.get(element),
    });
    this.registry = new UnitRegistry({
      onDelete: (element) => this.layout.untrack(element),
    });
  }

  get active(): boolean {
    return this.controller !== undefined;
  }

  counts() {
    return this.registry.counts();
  }

  get servedBy(): ServedBy | undefined {
    return this.served;
  }

  /** Starts, or when running takes the page's new verdict (SPA navigation) for later scans. */
  start({ chinesePage }: { chinesePage: boolean }): void {
    this.chinesePage = chinesePage;
    if (this.controller) return;
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    this.glosses = this.newGlossKeeper();
    this.scans = new SliceQueue({ run: (slice) => this.scanSlice(slice), budgetMs: SCAN_BUDGET_MS, signal });
    this.viewport = watchViewport((elements) => this.onNearViewport(elements), { signal });
    watchMutations(this.options.doc.body, (changes) => this.onChanges(changes), {
      signal,
      onTouched: (nodes) => this.onTouched(nodes),
    });
    this.watchResize(signal);
    this.rescan();
    // What the first slices found on screen is asked for in this task, not after a frame.
    this.viewport.sweep();
  }

  stop(): void {
    // Not running means nothing of Ferry's is on the page (a foreign page pays no DOM query).
    if (!this.controller) return;
    this.controller.abort();
    this.controller = undefined;
    this.scans = undefined;
    this.batcher.clear();
    this.pendingMarks.clear();
    this.rewritten.clear();
    this.layout.cancel();
    this.glosses?.clear();
    this.glosses = undefined;
    this.registry.clear();
    removeAllFerryNodes(this.options.doc);
    for (const shadow of this.shadowRoots) {
      removeAllFerryNodes(shadow);
      removeOverlayStyle(shadow);
    }
    this.shadowRoots.clear();
  }

  /**
   * Looks at the whole page again (start, SPA navigation). What is in view is asked for first;
   * Readability (tens to hundreds of milliseconds on a big page) runs in idle time once that
   * first reply is in, and then the whole main content is asked for.
   */
  rescan(): void {
    const signal = this.controller?.signal;
    if (!signal) return;
    this.scan(this.options.doc.body);
    const view = this.options.doc.defaultView;
    let idle: number | undefined;
    const findMain = () => {
      if (signal.aborted) return;
      this.main = findMainContent(this.options.doc);
      this.mainAsked = 0;
      // Units of the main content the scan has not reached yet are asked for as it does.
      for (const record of this.registry.all()) this.prefetchMain(record);
    };
    const begin = () => {
      if (signal.aborted || this.findMainSoon !== begin) return;
      this.findMainSoon = undefined;
      clearTimeout(timer);
      // In idle time: the first translations in view are painted before Readability's long task.
      if (view && 'requestIdleCallback' in view) idle = view.requestIdleCallback(findMain, { timeout: MAIN_CONTENT_IDLE_TIMEOUT_MS });
      else findMain();
    };
    this.findMainSoon = begin;
    const timer = setTimeout(begin, MAIN_CONTENT_WAIT_MS);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      if (idle !== undefined) view?.cancelIdleCallback(idle);
    });
  }

  /** New target language or translator: every unit is translated again. */
  setLook(look: PageLook, retranslate: boolean): void {
    const langChanged = look.lang !== this.look.lang;
    this.look = look;
    if (retranslate) {
      this.memo.clear();
      this.mainAsked = 0;
    }
    if (langChanged && this.controller) {
      this.glosses?.clear();
      this.glosses = this.newGlossKeeper();
      this.glosses?.scan(this.options.doc.body);
    }
    for (const record of this.registry.all()) {
      if (retranslate) {
        this.reset(record);
        this.prefetchMain(record);
      } else if (record.node) {
        record.node.dataset.style = look.style;
      }
    }
  }

  /** Finds the units under `root`, in slices (see scan-slices.ts): at once on a small subtree. */
  private scan(root: Element): void {
    this.scans?.add([root]);
  }

  /** Scans a slice of the page, or splits a large one into the slices to scan in its place. */
  private scanSlice(root: Element): Element[] | void {
    // Gone from the page since it was queued: nothing to find there.
    if (!root.isConnected) return;
    const displayOf = createDisplayOf();
    const slices = scanSlices(root, { displayOf, maxElements: SCAN_SLICE_ELEMENTS });
    if (slices.length > 1 || slices[0] !== root) return slices;
    const accept = (text: string, unit: { content: boolean }) => this.acceptsUnit(text, unit);
    for (const found of findUnits(root, { displayOf, accept, site: this.options.site?.rules })) {
      const { text, content } = found;
      const element = found.run ? this.wrapNewRun(found.element, found.run) : found.element;
      if (!element) continue;
      const known = this.registry.get(element);
      if (known) {
        // Back in the page (a modal mounted again) after changes made while it was out of it.
        this.refresh(known);
        continue;
      }
      // The innermost unit wins: never register a unit inside or around another one.
      if (element.parentElement && this.registry.closest(element.parentElement)) continue;
      if (this.registry.holdsUnit(element)) continue;
      const record = this.registry.add(element, text);
      record.content = content;
      record.inline = isInline(record, displayOf);
      this.viewport?.observe(element);
      this.prefetchMain(record);
    }
    this.glosses?.scan(root);
    this.adoptShadowRoots(root);
  }

  /**
   * Open shadow roots (web components) get the same treatment as the document: Ferry's styles
   * inside them, their own mutation watch, and a scan.
   */
  private adoptShadowRoots(scope: Element | ShadowRoot): void {
    const signal = this.controller?.signal;
    if (!signal) return;
    for (const shadow of openShadowRoots(scope)) {
      if (this.shadowRoots.has(shadow)) continue;
      this.shadowRoots.add(shadow);
      addOverlayStyle(shadow);
      watchMutations(shadow, (changes) => this.onChanges(changes), { signal, onTouched: (nodes) => this.onTouched(nodes) });
      for (const child of shadow.children) if (!child.hasAttribute(SHADOW_STYLE_ATTR)) this.scan(child);
    }
  }

  /** Wraps a run of the page's nodes for a unit, unless it lies in or around units already. */
  private wrapNewRun(parent: Element, nodes: ChildNode[]): Element | undefined {
    if (this.registry.closest(parent)) return undefined;
    if (nodes.some((node) => node instanceof Element && (this.registry.get(node) || this.registry.holdsUnit(node)))) {
      return undefined;
    }
    return wrapRun(nodes);
  }

  private accepts(text: string): boolean {
    return this.options.accept(text, { chinesePage: this.chinesePage });
  }

  /**
   * On a known site, a unit the adapter names as content is translated if it has any Chinese
   * (or is Chinese slang in Latin letters); anything else that is known chrome ("10-24 四川")
   * gets a hint instead of a unit.
   */
  private acceptsUnit(text: string, { content }: { content: boolean }): boolean {
    if (content) return this.accepts(text) || isLatinSlang(text);
    if (this.options.site?.glossFor(text) !== undefined) return false;
    return this.accepts(text);
  }

  private newGlossKeeper(): GlossKeeper | undefined {
    const site = this.options.site;
    // The built-in table is English: other target languages get no hints.
    if (!site || !this.look.lang.startsWith('en')) return undefined;
    return new GlossKeeper({
      glossFor: site.glossFor,
      inUnit: (element) => this.registry.closest(element) !== undefined,
      lang: this.look.lang,
      onPending: () => this.layout.requestPass(),
    });
  }

  /** Fitted translations follow their boxes when the window (and so the page's layout) resizes. */
  private watchResize(signal: AbortSignal): void {
    const view = this.options.doc.defaultView;
    if (!view) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    view.addEventListener(
      'resize',
      () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          for (const record of this.registry.all()) if (record.fit && record.fit !== 'flow') this.layout.changed(record);
        }, RESIZE_SETTLE_MS);
      },
      { signal, passive: true },
    );
    signal.addEventListener('abort', () => clearTimeout(timer));
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

  /** A unit of the article's main content is asked for ahead of the reader, up to a limit. */
  private prefetchMain(record: UnitRecord): void {
    if (record.state !== 'idle' || !this.main.has(record.element) || this.mainAsked >= MAIN_PREFETCH_UNITS) return;
    this.mainAsked++;
    this.request(record, 'later');
  }

  private request(record: UnitRecord, priority: Priority): void {
    if (record.state === 'pending' || record.state === 'done') return;
    this.viewport?.unobserve(record.element);
    // Seen on this page already (a recycled card, a note opened again): no message at all.
    const known = this.memo.get(record.text);
    if (known !== undefined) {
      this.apply(record, { ok: true, text: known.text, cached: true, provider: known.provider as ServedBy['provider'] });
      return;
    }
    record.state = 'pending';
    record.attempt++;
    // A unit showing an error (Retry) shows its mark at once; a new one only if the answer is slow.
    if (record.node) {
      this.render(record);
    } else {
      record.element.setAttribute(WAITING_ATTR, '');
      this.layout.track(record.element);
      this.pendingMarks.add(record);
    }
    this.batcher.add(record, priority);
  }

  private async send(batch: UnitRecord[]): Promise<void> {
    const signal = this.controller?.signal;
    const attempts = batch.map((record) => record.attempt);
    // The texts as sent: by the reply a recycled card may hold another text.
    const texts = batch.map((record) => record.text);
    const generation = this.memo.generation;
    let results: TranslateResult[];
    try {
      // A message lost to a background restart is sent again, quietly, before units show an error.
      results = await resend(() => withTimeout(this.options.translate(texts), REPLY_TIMEOUT_MS), RESEND_DELAYS_MS);
    } catch {
      results = batch.map(() => ({
        ok: false,
        error: { kind: 'transient', message: 'Ferry could not reach its translator' },
      }));
    }
    if (!signal || signal.aborted) return;
    batch.forEach((record, i) => {
      const result = results[i];
      // Not when the translator or language changed meanwhile: this reply is for the old one.
      if (result?.ok && result.text.trim() && this.memo.generation === generation) {
        this.memo.set(texts[i]!, { text: result.text, provider: result.provider });
      }
      const current = this.registry.get(record.element) === record && record.attempt === attempts[i];
      if (current) this.apply(record, result);
    });
    this.findMainSoon?.();
  }

  private apply(record: UnitRecord, result: TranslateResult | undefined): void {
    if (result?.ok && result.text.trim()) {
      record.state = 'done';
      record.translation = result.text;
      record.cached = result.cached;
      record.provider = result.provider;
      if (result.provider && !result.cached) {
        this.served = result.fallbackFrom ? { provider: result.provider, fallbackFrom: result.fallbackFrom } : { provider: result.provider };
      }
    } else {
      record.state = 'error';
      record.reason = result?.ok === false ? describeFailure(result.error.kind) : 'The translator sent back nothing';
    }
    this.render(record);
  }

  /** The unit's state changed: its translation node follows in the coming frame's pass. */
  private render(record: UnitRecord): void {
    record.element.removeAttribute(WAITING_ATTR);
    this.layout.changed(record);
  }

  /** Writes a unit's state into its translation node (created, or put back last, as needed). */
  private paint(record: UnitRecord): void {
    if (this.registry.get(record.element) !== record || record.state === 'idle') return;
    const node = ensureTranslationNode(record.element, this.lookFor(record));
    record.node = node;
    if (record.state === 'done' && record.translation !== undefined) {
      showTranslation(node, record.translation, record.provider);
      record.hint = glossaryHint(record.text, this.look.glossary);
    } else if (record.state === 'error') {
      showError(node, record.reason ?? 'Translation failed', () => this.retry(record));
    } else {
      showPending(node);
    }
  }

  /** Asks again for every unit that failed (the popup's "Retry all failed"), in one batch. */
  retryFailed(): void {
    for (const record of this.registry.all()) this.retry(record);
  }

  private retry(record: UnitRecord): void {
    if (record.state !== 'error') return;
    record.state = 'idle';
    this.request(record, 'now');
  }

  private reset(record: UnitRecord): void {
    this.dropTranslation(record);
    // Observing again makes the viewport report it anew if it is in view.
    this.viewport?.unobserve(record.element);
    this.viewport?.observe(record.element);
  }

  /** Takes a unit's translation away at once; a reply still on its way for it is ignored. */
  private dropTranslation(record: UnitRecord): void {
    record.element.removeAttribute(WAITING_ATTR);
    record.state = 'idle';
    record.attempt++;
    record.translation = undefined;
    record.cached = false;
    releaseFit(record.element, record.node);
    record.node = undefined;
    record.fit = undefined;
    removeTranslationNode(record.element);
    this.registry.releaseUnclipped(record);
  }

  /**
   * Opens the boxes that hide a translation, only where the page lets its content grow (in the
   * flow, up to a scrolling box); a box the page sizes itself never is (see layout-pass.ts).
   */
  private revealIfFree(record: UnitRecord): void {
    this.registry.releaseUnclipped(record);
    if (record.fit === 'flow' && record.state === 'done' && record.node) {
      this.registry.holdUnclipped(record, revealTranslation(record.node));
    }
  }

  /**
   * The page changed these nodes, just now. A unit whose text changed (a recycled card, a note
   * switched in place) drops its old translation before the next paint; what its new text is
   * worth is decided with the page's next batch of changes. A unit whose translation node the
   * page removed gets it back.
   */
  private onTouched(nodes: Node[]): void {
    const touched = new Set<UnitRecord>();
    for (const node of nodes) {
      const record = node.isConnected ? this.registry.closest(node) : undefined;
      if (record) touched.add(record);
    }
    const displayOf = createDisplayOf();
    for (const record of touched) {
      if (unitText(record.element, displayOf, this.skipped) !== record.text) {
        this.dropTranslation(record);
        this.rewritten.add(record);
      } else if (this.lostItsNode(record)) {
        this.restore(record);
      }
    }
    this.glosses?.touched(nodes);
  }

  private onChanges({ added, rewritten }: DomChanges): void {
    for (const record of this.registry.all()) {
      if (!record.element.isConnected) {
        this.viewport?.unobserve(record.element);
        this.registry.delete(record);
      }
    }
    for (const record of this.rewritten) if (this.registry.get(record.element) === record) this.refresh(record);
    this.rewritten.clear();
    this.glosses?.prune();

    const roots = new Set<Element>();
    // Text rewritten outside any unit may be Chinese now (a card that showed an emoji title).
    for (const node of [...added, ...rewritten]) {
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
    const text = unitText(record.element, displayOf, this.skipped);
    if (!this.acceptsUnit(text, { content: record.content ?? false })) {
      this.viewport?.unobserve(record.element);
      this.registry.delete(record);
      return;
    }
    if (text !== record.text) {
      // A small thread taken whole may have grown past that (comments loading into it): if
      // its content now splits into units of its own, those replace it.
      const found = findUnits(record.element, {
        displayOf,
        accept: (t, unit) => this.acceptsUnit(t, unit),
        site: this.options.site?.rules,
      });
      if (found.some(({ element }) => element !== record.element && record.element.contains(element))) {
        this.viewport?.unobserve(record.element);
        this.registry.delete(record);
        this.scan(record.element);
        return;
      }
      record.text = text;
      record.inline = isInline(record, displayOf);
      this.reset(record);
      return;
    }
    // Same text, but the page may have re-rendered the unit's children and dropped ours.
    if (this.lostItsNode(record)) this.restore(record);
  }

  /**
   * Puts back the translation node the page took out (a re-render), unless the page keeps taking
   * it out: past a few times in a short while the page wins, rather than the two fighting forever.
   */
  private restore(record: UnitRecord): void {
    // Put back in the coming frame already: one removal counts once, however often it is seen.
    if (this.layout.queued(record)) return;
    const now = performance.now();
    const recent = (record.restoredAt ?? []).filter((at) => now - at < RESTORE_WINDOW_MS);
    if (recent.length >= MAX_RESTORES_IN_WINDOW) return;
    record.restoredAt = [...recent, now];
    this.render(record);
  }

  /** The page dropped or moved the unit's translation node (a mark not shown yet is not lost). */
  private lostItsNode(record: UnitRecord): boolean {
    if (record.state === 'idle' || (record.state === 'pending' && !record.node)) return false;
    return !translationNodeInPlace(record.element, record.node);
  }
}

/**
 * Short text gets its translation on the same line, and so does an inline element (a link among
 * others); a site's content and a run between <br>s are prose, whatever holds them: only their
 * short lines go inline.
 */
function isInline({ element, text, content }: UnitRecord, displayOf: DisplayOf): boolean {
  const short = text.length <= INLINE_MAX_CHARS && !text.includes('\n');
  // A run between <br>s is a paragraph in all but markup: its translation goes under it.
  const paragraph = content || element.localName === RUN_TAG;
  return short || (!paragraph && isInlineDisplay(displayOf(element)));
}

/** The glossary's entries for the terms a text holds, one a line ("种草: recommend"). */
function glossaryHint(text: string, glossary: PageLook['glossary']): string | undefined {
  if (!glossary) return undefined;
  const lines = Object.entries(glossary)
    .filter(([term]) => text.includes(term))
    .map(([term, rendering]) => `${term}: ${rendering}`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

function isRendered(element: Element): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

