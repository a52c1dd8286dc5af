import { scrollsY } from './layout-guard';

/**
 * Keeps what the reader is looking at where it is while Ferry inserts translations above it.
 * Before a pass of Ferry's changes it notes, for each scrolling box (the window or a comment
 * column), the first unit that starts in view; after them, it scrolls that box by however far
 * the unit moved. Browsers' own scroll anchoring often does this already; then nothing moved and
 * nothing is scrolled. Only units in view are looked at (an IntersectionObserver keeps the list),
 * and none pinned by a fixed or sticky box, which never moves when what is above it grows.
 */
interface Anchor {
  /** null: the window. */
  scroller: Element | null;
  element: Element;
  top: number;
}

/** Where a unit scrolls: its scrolling box (null for the window), or 'pinned'. */
type Place = Element | null | 'pinned';

export class ScrollKeeper {
  private anchors: Anchor[] | undefined;
  private readonly inView = new Set<Element>();
  private readonly observer: IntersectionObserver | undefined;

  constructor(private readonly doc: Document) {
    const view = doc.defaultView;
    this.observer =
      view && 'IntersectionObserver' in view
        ? new view.IntersectionObserver((entries) => {
            for (const entry of entries) {
              if (entry.isIntersecting) this.inView.add(entry.target);
              else this.inView.delete(entry.target);
            }
          })
        : undefined;
  }

  track(element: Element): void {
    this.observer?.observe(element);
  }

  untrack(element: Element): void {
    this.observer?.unobserve(element);
    this.inView.delete(element);
  }

  untrackAll(): void {
    this.observer?.disconnect();
    this.inView.clear();
  }

  /** Notes the reader's view, once until the next `restore()`. */
  capture(): void {
    const view = this.doc.defaultView;
    if (this.anchors || !view) return;
    const places = new Map<Element, Place>();
    const placeOf = (element: Element): Place => {
      const path: Element[] = [];
      let found: Place = null;
      for (let el = element.parentElement; el && el !== this.doc.body; el = el.parentElement) {
        const known = places.get(el);
        if (known !== undefined) {
          found = known;
          break;
        }
        path.push(el);
        const style = view.getComputedStyle(el);
        if (scrollsY(style)) {
          found = el;
          break;
        }
        if (style.position === 'fixed' || style.position === 'sticky') {
          found = 'pinned';
          break;
        }
      }
      for (const el of path) places.set(el, found);
      return found;
    };
    const best = new Map<Element | null, Anchor>();
    for (const element of this.inView) {
      const rect = element.getBoundingClientRect();
      if (rect.height === 0 || rect.top < 0 || rect.top >= view.innerHeight) continue;
      const scroller = placeOf(element);
      if (scroller === 'pinned') continue;
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
