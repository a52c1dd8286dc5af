import { findGlossables, type Glossable } from '../extract/find-glossables';
import { unitText } from '../extract/unit-text';
import { ensureGlossNode, removeGlossNode } from '../overlay/gloss-node';

export interface GlossKeeperOptions {
  glossFor: (text: string) => string | undefined;
  /** True when the element belongs to one of Ferry's units. */
  inUnit: (element: Element) => boolean;
  lang: string;
  /** Labels are waiting: ask for the layout pass that places them (`flush`). */
  onPending: () => void;
}

interface Glossed {
  text: string;
  node: HTMLElement;
}

/**
 * The hints on a known site's chrome labels: added where a label's text is in the built-in
 * table, kept in step when the page changes the label (a count replacing "赞"), and dropped
 * where a hint would change its row (a new line, a row pushed wider than its box): a hint is
 * only worth having when the page stays exactly as it was. Labels found by scans wait for the
 * frame's layout pass, which places them all at once.
 */
export class GlossKeeper {
  private readonly glossed = new Map<Element, Glossed>();
  /** Labels whose row had no room for a hint; not tried again while they keep their text. */
  private readonly noRoom = new WeakMap<Element, string>();
  private readonly pending = new Map<Element, Glossable>();

  constructor(private readonly options: GlossKeeperOptions) {}

  scan(root: Element): void {
    const found = findGlossables(root, this.options).filter(
      ({ label, text }) => this.glossed.get(label)?.text !== text && this.noRoom.get(label) !== text,
    );
    for (const item of found) this.pending.set(item.label, item);
    if (found.length > 0) this.options.onPending();
  }

  /** Places the labels found since the last pass (from the layout pass, before the paint). */
  flush(): void {
    const found = [...this.pending.values()].filter(({ label }) => label.isConnected);
    this.pending.clear();
    this.place(found);
  }

  /** The page changed these nodes: labels among or around them are looked at again. */
  touched(nodes: Iterable<Node>): void {
    const again: Element[] = [];
    for (const node of nodes) {
      for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
        if (this.glossed.has(el)) again.push(el);
      }
    }
    for (const label of again) {
      const entry = this.glossed.get(label)!;
      const text = label.isConnected ? unitText(label) : '';
      if (text === entry.text && entry.node.isConnected) continue;
      this.remove(label);
      if (label.isConnected) this.scan(label.parentElement ?? label);
    }
  }

  /** Forgets labels the page removed, and a hint the page left behind beside one. */
  prune(): void {
    for (const [label, { node }] of this.glossed) {
      if (label.isConnected) continue;
      node.remove();
      this.glossed.delete(label);
    }
  }

  clear(): void {
    for (const [label, { node }] of this.glossed) {
      removeGlossNode(label);
      node.remove();
    }
    this.glossed.clear();
    this.pending.clear();
  }

  private remove(label: Element): void {
    this.glossed.get(label)?.node.remove();
    removeGlossNode(label);
    this.glossed.delete(label);
  }

  /**
   * Places the hints of a batch together (three layouts in all); where hints together change a
   * row (a tab bar pushed wider than its box), those are tried again one by one in order, so the
   * ones that fit on their own are kept.
   */
  private place(found: Glossable[]): void {
    if (found.length === 0) return;
    const failed = this.tryPlace(found);
    if (found.length > 1) for (const item of failed.slice(0, MAX_SINGLE_TRIES)) this.tryPlace([item]);
  }

  /** Places hints and keeps those that change no row; returns those that did not fit. */
  private tryPlace(found: Glossable[]): Glossable[] {
    // The label and the rows around it (a flex row of buttons, the comment's info line): none
    // may change height or start to overflow. Reads, then writes, then reads, then writes.
    const chains = found.map(({ label }) => rowOf(label, ROW_LEVELS));
    const before = chains.map((chain) => chain.map(measure));
    const placed = found.map((item, i) =>
      before[i]![0]!.height === 0 ? undefined : ensureGlossNode(item.label, item.gloss, this.options.lang),
    );
    const fits = found.map((_, i) => {
      const node = placed[i];
      if (!node) return false;
      // Seen whole: not cut off at the end of the box it sits in (a label, or the label's row).
      const hint = node.getBoundingClientRect();
      const box = node.parentElement!.getBoundingClientRect();
      return (
        hint.width > 0 &&
        hint.right <= box.right + 1 &&
        chains[i]!.every((row, level) => {
          const was = before[i]![level]!;
          const now = measure(row);
          // A box may widen to hold the hint; it may not start to overflow.
          return Math.abs(now.height - was.height) < 0.5 && now.scrollWidth <= Math.max(was.scrollWidth, now.width);
        })
      );
    });
    const failed: Glossable[] = [];
    found.forEach((item, i) => {
      const node = placed[i];
      if (!node) return;
      if (fits[i]) {
        this.glossed.set(item.label, { text: item.text, node });
        return;
      }
      node.remove();
      failed.push(item);
      if (found.length === 1) this.noRoom.set(item.label, item.text);
    });
    return failed;
  }
}

/** Hints tried one at a time when a batch did not fit together (each try is two layouts). */
const MAX_SINGLE_TRIES = 16;

/** How many boxes up from a label are checked for a change a hint would cause. */
const ROW_LEVELS = 5;
/** A box this many times taller than the label holds more than its row: the check stops below it. */
const ROW_HEIGHT_FACTOR = 2.5;

/**
 * The label and the boxes of its row around it (a flex row of buttons, a comment's info line),
 * up to the first box much taller than the label: hints in other rows cannot change these.
 */
function rowOf(label: Element, levels: number): Element[] {
  const chain: Element[] = [label];
  const height = label.getBoundingClientRect().height;
  for (let el = label.parentElement; el && chain.length < levels && el !== el.ownerDocument.body; el = el.parentElement) {
    if (el.getBoundingClientRect().height > height * ROW_HEIGHT_FACTOR) break;
    chain.push(el);
  }
  return chain;
}

function measure(element: Element) {
  const rect = element.getBoundingClientRect();
  return { height: rect.height, width: Math.ceil(rect.width), scrollWidth: element.scrollWidth };
}
