/**
 * A translation the reader cannot see is not a translation. Card titles and comment previews
 * are often clipped (fixed height + overflow hidden, or a line clamp); after a translation is
 * shown, the nearest clipping ancestors are marked so Ferry's stylesheet lifts the clip. The
 * mark is an attribute Ferry removes when it is turned off, so the page's own styles return.
 */
export const UNCLIP_ATTR = 'data-ferry-unclip';

/** How far up a clip is looked for: a card rarely nests its title deeper than this. */
const MAX_DEPTH = 6;

function clips(style: CSSStyleDeclaration): boolean {
  return ['hidden', 'clip'].includes(style.overflowY) || ['hidden', 'clip'].includes(style.overflowX);
}

function clamps(style: CSSStyleDeclaration): boolean {
  const clamp = style.getPropertyValue('-webkit-line-clamp');
  return clamp !== '' && clamp !== 'none';
}

/** Returns the elements that had to be unclipped (empty when the translation was visible). */
export function revealTranslation(node: HTMLElement): Element[] {
  const view = node.ownerDocument.defaultView;
  const body = node.ownerDocument.body;
  if (!view || !node.isConnected) return [];
  const rect = node.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return []; // the unit itself is not rendered now
  if (Number.parseFloat(view.getComputedStyle(node).fontSize) < 9) node.style.fontSize = '13px';

  const unclipped: Element[] = [];
  let element = node.parentElement;
  for (let depth = 0; element && element !== body && depth < MAX_DEPTH; depth++) {
    const style = view.getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outside =
      rect.bottom > box.bottom + 1 || rect.right > box.right + 1 || rect.top < box.top - 1;
    if (clamps(style) || (clips(style) && outside)) {
      element.setAttribute(UNCLIP_ATTR, '');
      unclipped.push(element);
    }
    element = element.parentElement;
  }
  return unclipped;
}
