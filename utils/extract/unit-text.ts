import { isInlineDisplay, type DisplayOf } from './block-owner';
import { isSkippedElement } from './skip-rules';

/**
 * The text Ferry translates for a unit: its rendered words without skipped subtrees (code,
 * furigana, Ferry's own nodes, a site's chrome such as an @mention inside a comment). `<br>` and nested blocks become line breaks; other
 * white space collapses as the browser would show it.
 */
export function unitText(
  unit: Element,
  displayOf?: DisplayOf,
  skipped: (element: Element) => boolean = isSkippedElement,
): string {
  // A button drawn by an <input>: its words are its value.
  if (unit.localName === 'input') return ((unit as HTMLInputElement).value ?? '').replace(/\s+/g, ' ').trim();
  return nodesText([...unit.childNodes], displayOf, skipped);
}

/** The same for a run of sibling nodes that has no element of its own (text between `<br>`s). */
export function nodesText(
  nodes: readonly Node[],
  displayOf?: DisplayOf,
  skipped: (element: Element) => boolean = isSkippedElement,
): string {
  const parts: string[] = [];
  const visitNode = (child: Node): void => {
    if (child.nodeType === 3) {
      parts.push((child as Text).data.replace(/\s+/g, ' '));
    } else if (child.nodeType === 1) {
      const element = child as Element;
      if (skipped(element)) return;
      if (element.tagName === 'BR') {
        parts.push('\n');
        return;
      }
      const block = displayOf ? !isInlineDisplay(displayOf(element)) : false;
      if (block) parts.push('\n');
      for (let inner = element.firstChild; inner; inner = inner.nextSibling) visitNode(inner);
      if (block) parts.push('\n');
    }
  };
  for (const node of nodes) visitNode(node);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
