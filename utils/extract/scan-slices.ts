import { isInlineDisplay, type DisplayOf } from './block-owner';

/**
 * Splits a large subtree into slices that can be scanned one at a time (on a page of thousands
 * of paragraphs, one scan of the body is a main-thread task of hundreds of milliseconds).
 *
 * Slicing never changes what a scan finds: it only descends through elements that own no text
 * themselves (every child is a block or blank), and those are never units, containers or runs:
 * the units of such an element are exactly the units of its children. An element that owns text
 * (a big `<div>` of `<br>`-separated paragraphs), a shadow host, or one small enough is a slice.
 * Slices come in document order.
 */
export function scanSlices(root: Element, { displayOf, maxElements }: { displayOf: DisplayOf; maxElements: number }): Element[] {
  const slices: Element[] = [];
  const visit = (element: Element) => {
    // Size first: a slice already small (every slice, when its turn comes) costs one native count.
    if (element.children.length === 0 || element.shadowRoot || element.getElementsByTagName('*').length <= maxElements || !ownsNoText(element, displayOf)) {
      slices.push(element);
      return;
    }
    for (const child of element.children) visit(child);
  };
  visit(root);
  return slices;
}

function ownsNoText(element: Element, displayOf: DisplayOf): boolean {
  for (const node of element.childNodes) {
    if (node.nodeType === 3 && /\S/.test((node as Text).data)) return false;
    if (node.nodeType === 1 && isInlineDisplay(displayOf(node as Element)) && /\S/.test(node.textContent ?? '')) return false;
  }
  return true;
}
