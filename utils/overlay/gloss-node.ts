import { GLOSS_TAG } from '../extract/skip-rules';

function isGlossNode(node: Node | null): node is HTMLElement {
  return node instanceof Element && node.localName === GLOSS_TAG;
}

/**
 * The label's `<ferry-gloss>` hint, created if needed, on the same line right after the label
 * ("赞 Like"): after an inline label (a span, a link), so the label's own text and name stay as
 * they were; as the last child of a label laid out as a box (a button, a flex item), where a
 * sibling would start a new line or a new item. Text only; marked so other translators leave it.
 */
export function ensureGlossNode(label: Element, gloss: string, lang: string): HTMLElement {
  const style = label.ownerDocument.defaultView?.getComputedStyle(label);
  const after = (style?.display ?? 'inline') === 'inline' && label.parentElement !== null;
  let node = after ? label.nextElementSibling : [...label.children].find(isGlossNode);
  if (!isGlossNode(node ?? null)) {
    node = label.ownerDocument.createElement(GLOSS_TAG);
    node.setAttribute('translate', 'no');
    node.className = 'notranslate';
  }
  const hint = node as HTMLElement;
  hint.setAttribute('lang', lang);
  // Beside the label, sized from the label (a small tag's hint is small too), not from the row.
  if (after && style) hint.style.fontSize = `${Math.round(Number.parseFloat(style.fontSize) * 0.85 * 10) / 10}px`;
  if (hint.textContent !== gloss) hint.textContent = gloss;
  if (after ? label.nextSibling !== hint : label.lastChild !== hint) {
    if (after) label.after(hint);
    else label.appendChild(hint);
  }
  return hint;
}

/** Removes the hint of a label (beside or inside it). */
export function removeGlossNode(label: Element): void {
  for (const child of [...label.children]) if (isGlossNode(child)) child.remove();
  if (isGlossNode(label.nextElementSibling)) label.nextElementSibling.remove();
}
