/**
 * A translation the reader cannot see is not a translation. Card titles, menus and comment
 * previews often live in boxes that cannot grow: a fixed height or max-height (the translation
 * spills out and later content paints over it), overflow hidden (it is cut off) or a line clamp.
 * After a translation is shown, each ancestor that fails to contain it is marked, and Ferry's
 * stylesheet lets that box grow. The mark is an attribute Ferry removes when it is turned off,
 * so the page's own styles return.
 */
export const UNCLIP_ATTR = 'data-ferry-unclip';

/** How far up a constraint is looked for: a card rarely nests its title deeper than this. */
const MAX_DEPTH = 6;

function clips(style: CSSStyleDeclaration): boolean {
  return ['hidden', 'clip'].includes(style.overflowY) || ['hidden', 'clip'].includes(style.overflowX);
}

/** A box the reader scrolls: what overflows it is reachable, so the search stops there. */
function scrolls(style: CSSStyleDeclaration): boolean {
  return ['auto', 'scroll'].includes(style.overflowY);
}

function clamps(style: CSSStyleDeclaration): boolean {
  const clamp = style.getPropertyValue('-webkit-line-clamp');
  return clamp !== '' && clamp !== 'none';
}

function contains(box: DOMRect, rect: DOMRect, horizontally: boolean): boolean {
  const vertical = rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
  return vertical && (!horizontally || rect.right <= box.right + 1);
}

/** Returns the elements that had to be unclipped (empty when the translation was visible). */
export function revealTranslation(node: HTMLElement): Element[] {
  const view = node.ownerDocument.defaultView;
  const body = node.ownerDocument.body;
  if (!view || !node.isConnected) return [];
  if (node.getClientRects().length === 0) return []; // the unit itself is not rendered now
  if (Number.parseFloat(view.getComputedStyle(node).fontSize) < 9) node.style.fontSize = '13px';

  const unclipped: Element[] = [];
  let element = node.parentElement;
  for (let depth = 0; element && element !== body && depth < MAX_DEPTH; depth++) {
    const style = view.getComputedStyle(element);
    if (scrolls(style)) break;
    const inline = style.display.startsWith('inline') || style.display === 'contents';
    if (element.hasAttribute(UNCLIP_ATTR)) {
      // Opened already for another unit's translation: this one needs it open too.
      unclipped.push(element);
    } else if (!inline) {
      // Measured afresh each time: unclipping a box below moves the translation.
      const rect = node.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      if (clamps(style) || !contains(box, rect, clips(style))) {
        element.setAttribute(UNCLIP_ATTR, '');
        // Kept only where the box grew towards the translation: a parent of floats, say, never
        // contains them, and forcing its height would move the page for nothing.
        const after = element.getBoundingClientRect();
        const grew = after.bottom > box.bottom + 0.5 || after.right > box.right + 0.5;
        if (grew || clips(style) || clamps(style)) {
          unclipped.push(element);
        } else {
          element.removeAttribute(UNCLIP_ATTR);
        }
      }
    }
    element = element.parentElement;
  }
  return unclipped;
}
