import { fitTranslations } from '../overlay/fit-translation';
import { revealTranslation } from '../overlay/reveal-translation';
import { ScrollKeeper } from '../overlay/scroll-keeper';
import { releaseUnclipped, type UnitRecord } from './unit-registry';

export interface LayoutPassOptions {
  doc: Document;
  /** Writes a record's state into the page (its translation node), inside the pass. */
  paint: (record: UnitRecord) => void;
  /** Ferry's units on the page, the candidates for keeping the reader's place. */
  units: () => Iterable<Element>;
  /** The site adapter's layout box around an element, if any. */
  compactBoxOf: (element: Element) => Element | null;
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
  private frame: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: LayoutPassOptions) {
    this.keeper = new ScrollKeeper(options.doc);
  }

  /** The record's state changed: it is written and laid out in the coming frame. */
  changed(record: UnitRecord): void {
    this.dirty.add(record);
    this.schedule();
  }

  /** Drops what was not written yet (Ferry turned off). */
  cancel(): void {
    this.unschedule();
    this.dirty.clear();
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
    this.keeper.capture(this.options.units());
    for (const record of dirty) this.options.paint(record);
    const records = dirty.filter((record) => record.node?.isConnected);
    const modes = fitTranslations(
      records.map((record) => ({
        unit: record.element,
        node: record.node!,
        ready: record.state !== 'pending',
        compactBox: this.options.compactBoxOf(record.element),
      })),
    );
    records.forEach((record, i) => {
      record.fit = modes[i];
      releaseUnclipped(record);
      // Boxes are opened only where the page lets its content grow.
      if (modes[i] === 'flow' && record.state === 'done') record.unclipped = revealTranslation(record.node!);
    });
    this.keeper.restore();
  }
}
