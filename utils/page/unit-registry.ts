import { UNIT_ATTR, WAITING_ATTR } from '../extract/skip-rules';
import { releaseFit, type FitMode } from '../overlay/fit-translation';
import { UNCLIP_ATTR } from '../overlay/reveal-translation';
import type { PageCounts } from '../messaging/protocol';

export type UnitState = 'idle' | 'pending' | 'done' | 'error';

export interface UnitRecord {
  readonly id: string;
  readonly element: Element;
  /** The source text as last read; a change means the page rewrote the unit. */
  text: string;
  state: UnitState;
  /** Bumped on every request, so a late reply for an older text is dropped. */
  attempt: number;
  translation?: string;
  cached: boolean;
  /** Short or inline units get a same-line translation. */
  inline?: boolean;
  node?: HTMLElement;
  /** Why the last attempt failed, shown beside the retry control. */
  reason?: string;
  /** Boxes Ferry let grow so this unit's translation shows; released with the translation. */
  unclipped?: Element[];
  /** How the translation was last laid out (in the flow, or fitted inside a box the page sizes). */
  fit?: FitMode;
  /** The site adapter names this unit as content (a comment, a note's text). */
  content?: boolean;
  /** The translator that produced its translation (the offline dictionary's is labelled). */
  provider?: string;
  /** Glossary entries for terms in its text, shown on hover: "种草: recommend". */
  hint?: string;
  /** When Ferry last put back a translation node the page had taken out (most recent last). */
  restoredAt?: number[];
}


export interface UnitRegistryHooks {
  /** A unit is let go. */
  onDelete?: (element: Element) => void;
}

/** The units Ferry handles on this page, by element, with their ids on the DOM. */
export class UnitRegistry {
  private readonly records = new Map<Element, UnitRecord>();
  /** How many units keep each opened box open: one unit's re-fit must not close another's. */
  private readonly openBoxes = new Map<Element, number>();
  private nextId = 1;

  constructor(private readonly hooks: UnitRegistryHooks = {}) {}

  add(element: Element, text: string): UnitRecord {
    const record: UnitRecord = {
      id: String(this.nextId++),
      element,
      text,
      state: 'idle',
      attempt: 0,
      cached: false,
    };
    element.setAttribute(UNIT_ATTR, record.id);
    this.records.set(element, record);
    return record;
  }

  get(element: Element): UnitRecord | undefined {
    return this.records.get(element);
  }

  /** The registered unit containing `node` (or being it). */
  closest(node: Node): UnitRecord | undefined {
    for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
      const record = this.records.get(el);
      if (record) return record;
    }
    return undefined;
  }

  /** True when `element` holds a registered unit inside it. */
  holdsUnit(element: Element): boolean {
    return element.querySelector(`[${UNIT_ATTR}]`) !== null;
  }

  delete(record: UnitRecord): void {
    this.records.delete(record.element);
    this.hooks.onDelete?.(record.element);
    releaseFit(record.element, record.node);
    record.node?.remove();
    record.element.removeAttribute(UNIT_ATTR);
    record.element.removeAttribute(WAITING_ATTR);
    this.releaseUnclipped(record);
  }

  /** The boxes Ferry opened so this unit's translation shows (see reveal-translation.ts). */
  holdUnclipped(record: UnitRecord, boxes: Element[]): void {
    this.releaseUnclipped(record);
    for (const box of boxes) this.openBoxes.set(box, (this.openBoxes.get(box) ?? 0) + 1);
    record.unclipped = boxes;
  }

  /** Gives back the boxes opened for a translation that is gone; each closes with its last unit. */
  releaseUnclipped(record: UnitRecord): void {
    for (const box of record.unclipped ?? []) {
      const holders = (this.openBoxes.get(box) ?? 1) - 1;
      if (holders > 0) {
        this.openBoxes.set(box, holders);
      } else {
        this.openBoxes.delete(box);
        box.removeAttribute(UNCLIP_ATTR);
      }
    }
    record.unclipped = undefined;
  }

  all(): UnitRecord[] {
    return [...this.records.values()];
  }

  clear(): void {
    this.records.clear();
    this.openBoxes.clear();
  }

  counts(): PageCounts {
    const counts: PageCounts = { total: 0, done: 0, pending: 0, error: 0, cached: 0 };
    for (const record of this.records.values()) {
      counts.total++;
      if (record.state === 'done') counts.done++;
      if (record.state === 'pending') counts.pending++;
      if (record.state === 'error') counts.error++;
      if (record.state === 'done' && record.cached) counts.cached++;
    }
    return counts;
  }
}
