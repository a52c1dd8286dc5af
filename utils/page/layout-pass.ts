import { fitTranslations } from '../overlay/fit-translation';
import { ScrollKeeper } from '../overlay/scroll-keeper';
import type { UnitRecord } from './unit-registry';

export interface LayoutPassOptions {
  doc: Document;
  /** Writes a record's state into the page (its translation node), inside the pass. */
  paint: (record: UnitRecord) => void;
  /** The site adapter's layout box around an element, if any. */
  compactBoxOf: (element: Element) => Element | null;
  /** After a record's translation is fitted (its `fit` set): open what hides it, where allowed. */
  afterFit: (record: UnitRecord) => void;
  /** Other writes that must change no layout, made in the same pass (the chrome hints). */
  alsoWrite: () => void;
  /** The record of a unit element, for units whose size changed. */
  recordOf: (element: Element) => UnitRecord | undefined;
}

/** A hidden tab paints no frames: its pass runs on a timer instead, so its state still lands. */
const HIDDEN_TAB_DELAY_MS = 200;

/**
 * Everything Ferry writes into the page, once per frame, before it is painted, in one
 * synchronous step: the reader's view noted, every changed unit's translation node written,
 * fitted where the page sizes the box (or its clipping boxes opened where it may grow), and every
 * scrolling box put back where the reader was looking. Nothing can scroll in between, so a
 * scroll of the reader's is never mistaken for one of Ferry's.
 */
export class LayoutPass {
  private readonly dirty = new Set<UnitRecord>();
  private readonly keeper: ScrollKeeper;
  /**
   * Units whose translation lies over their lines: laid out again when their size changes (an
   * image loading above a card's title moves nothing of theirs, but new text does).
   */
  private readonly resized: ResizeObserver | undefined;
  private readonly sizes = new WeakMap<Element, string>();
  private frame: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: LayoutPassOptions) {
    this.keeper = new ScrollKeeper(options.doc);
    const view = options.doc.defaultView;
    this.resized =
      view && 'ResizeObserver' in view
        ? new view.ResizeObserver((entries) => {
            for (const entry of entries) {
              const size = `${entry.contentRect.width}x${entry.contentRect.height}`;
              const before = this.sizes.get(entry.target);
              this.sizes.set(entry.target, size);
              const record = this.options.recordOf(entry.target);
              if (before !== undefined && before !== size && record?.fit && record.fit !== 'flow') this.changed(record);
            }
          })
        : undefined;
  }

  /** Whether the record is written in the coming frame already. */
  queued(record: UnitRecord): boolean {
    return this.dirty.has(record);
  }

  /** The record's state changed: it is written and laid out in the coming frame. */
  changed(record: UnitRecord): void {
    this.dirty.add(record);
    this.schedule();
  }

  /**
   * A unit Ferry is about to write to (asked for, its mark not shown yet): watched from now, so
   * when its answer lands with others above it, the reader's place is known.
   */
  track(element: Element): void {
    this.keeper.track(element);
  }

  untrack(element: Element): void {
    this.keeper.untrack(element);
    this.resized?.unobserve(element);
  }

  /** Something for `alsoWrite` is waiting: a pass in the coming frame. */
  requestPass(): void {
    this.schedule();
  }

  /** Drops what was not written yet and every unit tracked (Ferry turned off). */
  cancel(): void {
    this.unschedule();
    this.dirty.clear();
    this.keeper.untrackAll();
    this.resized?.disconnect();
  }

  private schedule(): void {
    const view = this.options.doc.defaultView;
    if (this.frame !== undefined || !view) return;
    const run = () => {
      this.unschedule();
      this.run();
    };
    this.frame = view.requestAnimationFrame(run);
    this.timer = setTimeout(run, HIDDEN_TAB_DELAY_MS);
  }

  private unschedule(): void {
    if (this.frame !== undefined) this.options.doc.defaultView?.cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.frame = undefined;
    this.timer = undefined;
  }

  private run(): void {
    const dirty = [...this.dirty];
    this.dirty.clear();
    this.keeper.capture();
    try {
      // A unit Ferry writes to keeps the reader's place from then on, while in view: only those
      // are watched (thousands of idle units on a long page would cost every frame).
      for (const record of dirty) this.keeper.track(record.element);
      for (const record of dirty) this.options.paint(record);
      const records = dirty.filter((record) => record.node?.isConnected);
      const modes = fitTranslations(
        records.map((record) => ({
          unit: record.element,
          node: record.node!,
          ready: record.state !== 'pending',
          compactBox: this.options.compactBoxOf(record.element),
          hint: record.state === 'done' ? record.hint : undefined,
        })),
      );
      records.forEach((record, i) => {
        record.fit = modes[i];
        if (record.fit === 'flow') this.resized?.unobserve(record.element);
        else this.resized?.observe(record.element);
        this.options.afterFit(record);
      });
      this.options.alsoWrite();
    } finally {
      // Whatever went wrong, the reader's place is kept and the next pass starts clean.
      this.keeper.restore();
    }
  }
}
