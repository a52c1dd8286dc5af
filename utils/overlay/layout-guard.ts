/**
 * Whether a translation may make its unit taller. In the normal flow it may: the page reflows
 * around it. But some boxes are sized by the page itself, and growing anything inside them
 * breaks the page: the absolutely positioned or transformed cards of a masonry or virtual list
 * (the card spills over the one below and takes its clicks), fixed-size modals and their columns
 * (the header or the comment box leaves the screen), sticky and fixed bars. A scrolling box on
 * the way up absorbs growth (its content scrolls), so the search stops there.
 */

/** Taller than this many screens, an absolutely positioned box is a page column, not a card. */
const MAX_CARD_SCREENS = 1.5;

/** A box the reader scrolls vertically: what grows inside it stays reachable. */
export function scrollsY(style: CSSStyleDeclaration): boolean {
  return style.overflowY === 'auto' || style.overflowY === 'scroll';
}

function isLayoutSized(element: Element, style: CSSStyleDeclaration, view: Window): boolean {
  if (style.position === 'fixed' || style.position === 'sticky') return true;
  if (/\b(size|strict)\b/.test(style.contain)) return true;
  if (style.position === 'absolute' || (style.transform !== '' && style.transform !== 'none')) {
    // A page that positions (or GPU-promotes) its whole main column is not a card.
    return element.getBoundingClientRect().height <= view.innerHeight * MAX_CARD_SCREENS;
  }
  return false;
}

/**
 * The box the page sizes around `unit` (itself or an ancestor), or null when the unit may grow.
 * `compactBox` is the site adapter's word for it where CSS does not show it.
 */
export function layoutGuard(unit: Element, compactBox: Element | null = null): Element | null {
  const doc = unit.ownerDocument;
  const view = doc.defaultView;
  if (!view) return compactBox;
  for (let el: Element | null = unit; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
    if (el === compactBox) return el;
    const style = view.getComputedStyle(el);
    if (el !== unit && scrollsY(style)) return null;
    if (isLayoutSized(el, style, view)) return el;
  }
  return compactBox;
}
