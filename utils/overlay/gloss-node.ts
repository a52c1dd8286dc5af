import { GLOSS_TAG } from '../extract/skip-rules';

function isGlossNode(node: Node | null): node is HTMLElement {
  return node instanceof Element && node.localName === GLOSS_TAG;
}

/**
 * The label's `<ferry-gloss>` hint, created if needed, as the label's last child so it reads on
 * the same line ("赞 Like"). Text only; marked so other translators leave it alone.
 */
export function ensureGlossNode(label: Element, gloss: string, lang: string): HTMLElement {
  let node = [...label.children].find(isGlossNode);
  if (!node) {
    node = label.ownerDocument.createElement(GLOSS_TAG);
    node.setAttribute('translate', 'no');
    node.className = 'notranslate';
  }
  node.setAttribute('lang', lang);
  if (node.textContent !== gloss) node.textContent = gloss;
  if (label.lastChild !== node) label.appendChild(node);
  return node;
}

export function removeGlossNode(label: Element): void {
  for (const child of [...label.children]) if (isGlossNode(child)) child.remove();
}
