/**
 * Finds the block that owns a piece of inline text: the nearest ancestor that the browser lays
 * out as a block box of its own (block, list-item, table-cell, flex/grid item, ...). Inline boxes,
 * inline-blocks (buttons, tags) and `display: contents` are climbed through, so a row of tags or
 * a link inside a paragraph belongs to the row or the paragraph.
 */
const INLINE_DISPLAYS = new Set([
  'inline', 'contents', 'inline-block', 'inline-flex', 'inline-grid', 'inline-table',
  'ruby', 'ruby-base', 'ruby-text', 'ruby-base-container', 'ruby-text-container',
]);

/** Tag defaults for environments without layout (and for elements not rendered yet). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export type DisplayOf = (element: Element) => string;

/** The computed display, memoised for one scan (getComputedStyle is the costly part). */
export function createDisplayOf(): DisplayOf {
  const memo = new WeakMap<Element, string>();
  return (element) => {
    let display = memo.get(element);
    if (display === undefined) {
      const view = element.ownerDocument.defaultView;
      display = view?.getComputedStyle(element).display ?? '';
      // happy-dom and detached nodes report '' or plain 'inline' for everything: use tag defaults.
      if (!display || (display === 'inline' && BLOCK_TAGS.has(element.tagName.toUpperCase()))) {
        display = BLOCK_TAGS.has(element.tagName.toUpperCase()) ? 'block' : 'inline';
      }
      memo.set(element, display);
    }
    return display;
  };
}

export function isInlineDisplay(display: string): boolean {
  return INLINE_DISPLAYS.has(display);
}

/** The nearest block-level ancestor-or-self of `element` (at most `body`). */
export function blockOwner(element: Element, displayOf: DisplayOf): Element {
  let current: Element = element;
  while (isInlineDisplay(displayOf(current))) {
    const parent = current.parentElement;
    if (!parent || parent.tagName === 'HTML') break;
    current = parent;
  }
  return current;
}
