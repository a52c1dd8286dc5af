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
  const parts: string[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push((child as Text).data.replace(/\s+/g, ' '));
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (skipped(element)) continue;
        if (element.tagName === 'BR') {
          parts.push('\n');
          continue;
        }
        const block = displayOf ? !isInlineDisplay(displayOf(element)) : false;
        if (block) parts.push('\n');
        visit(element);
        if (block) parts.push('\n');
      }
    }
  };
  visit(unit);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
