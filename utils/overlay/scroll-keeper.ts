/**
 * Keeps what the reader is looking at where it is while Ferry inserts translations above it.
 * Before a frame's changes it notes, for each scrolling box (the window or a comment column),
 * the first unit that starts in view; after them, it scrolls that box by however far the unit
 * moved. Browsers' own scroll anchoring often does this already; then nothing moved and nothing
 * is scrolled. It does not apply to boxes whose content is pinned (overflow-anchor aside).
 */
interface Anchor {
  /** null: the window. */
  scroller: Element | null;
  element: Element;
  top: number;
}

function scrollsY(style: CSSStyleDeclaration): boolean {
  return style.overflowY === 'auto' || style.overflowY === 'scroll';
}

export class ScrollKeeper {
  private anchors: Anchor[] | undefined;

  constructor(private readonly doc: Document) {}

  /** Notes the reader's view, once until the next `restore()`; `candidates` are Ferry's units. */
  capture(candidates: Iterable<Element>): void {
    const view = this.doc.defaultView;
    if (this.anchors || !view) return;
    const scrollers = new Map<Element, Element | null>();
    const scrollerOf = (element: Element): Element | null => {
      const path: Element[] = [];
      let found: Element | null = null;
      for (let el = element.parentElement; el && el !== this.doc.body; el = el.parentElement) {
        const known = scrollers.get(el);
        if (known !== undefined) {
          found = known;
          break;
        }
        path.push(el);
        if (scrollsY(view.getComputedStyle(el)) && el.scrollHeight > el.clientHeight) {
          found = el;
          break;
        }
      }
      for (const el of path) scrollers.set(el, found);
      return found;
    };
    const best = new Map<Element | null, Anchor>();
    for (const element of candidates) {
      const rect = element.getBoundingClientRect();
      // Only what the window shows can be in view, in the window or in a box inside it.
      if (rect.height === 0 || rect.top < 0 || rect.top >= view.innerHeight) continue;
      const scroller = scrollerOf(element);
      if (scroller && rect.top < scroller.getBoundingClientRect().top) continue;
      const current = best.get(scroller);
      if (!current || rect.top < current.top) best.set(scroller, { scroller, element, top: rect.top });
    }
    this.anchors = [...best.values()];
  }

  /** Scrolls each box back by what its anchor moved since `capture()`. */
  restore(): void {
    const view = this.doc.defaultView;
    const anchors = this.anchors ?? [];
    this.anchors = undefined;
    for (const { scroller, element, top } of anchors) {
      if (!element.isConnected) continue;
      const moved = element.getBoundingClientRect().top - top;
      if (Math.abs(moved) < 0.5) continue;
      (scroller ?? view)?.scrollBy({ top: moved, behavior: 'instant' });
    }
  }
}
