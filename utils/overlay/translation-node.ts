import { GLOSS_TAG, TRANSLATION_TAG, UNIT_ATTR } from '../extract/skip-rules';
import type { DisplayStyle } from '../settings/schema';
import { COVER_HOST_ATTR } from './fit-translation';
import { UNCLIP_ATTR } from './reveal-translation';

export type TranslationState = 'pending' | 'done' | 'error';

export interface TranslationLook {
  /** Target language, for `lang` (fonts, screen readers, hyphenation). */
  lang: string;
  style: DisplayStyle;
  /** Short text gets a compact translation on the same line instead of a block under it. */
  inline: boolean;
}

function isTranslationNode(node: Node | null): node is HTMLElement {
  return node instanceof Element && node.localName === TRANSLATION_TAG;
}

/**
 * The unit's `<ferry-translation>`, created if needed and kept as the unit's last child
 * (content the page appended after it is moved before it). Marked so that browsers' and other
 * extensions' translators leave it alone.
 */
export function ensureTranslationNode(unit: Element, look: TranslationLook): HTMLElement {
  let node = [...unit.children].find(isTranslationNode);
  if (!node) {
    node = unit.ownerDocument.createElement(TRANSLATION_TAG);
    node.setAttribute('translate', 'no');
    node.className = 'notranslate';
  }
  node.setAttribute('lang', look.lang);
  node.dataset.style = look.style;
  node.dataset.mode = look.inline ? 'inline' : 'block';
  if (unit.lastChild !== node) unit.appendChild(node);
  return node;
}

export function showPending(node: HTMLElement): void {
  node.dataset.state = 'pending';
  node.replaceChildren();
}

/**
 * Inserts the translation as plain text: provider output never becomes markup. The translator
 * that made it is named on the node (the offline dictionary's word-by-word gloss is labelled).
 */
export function showTranslation(node: HTMLElement, text: string, provider?: string): void {
  node.dataset.state = 'done';
  if (provider) node.dataset.provider = provider;
  else delete node.dataset.provider;
  node.textContent = text;
}

/** A short reason and a retry control; the click never reaches the page's own handlers. */
export function showError(node: HTMLElement, reason: string, onRetry: () => void): void {
  node.dataset.state = 'error';
  const doc = node.ownerDocument;
  const message = doc.createElement('span');
  message.textContent = reason;
  const retry = doc.createElement('button');
  retry.type = 'button';
  retry.textContent = 'Retry';
  retry.title = 'Translate this paragraph again';
  retry.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onRetry();
  });
  node.replaceChildren(message, retry);
}

export function removeTranslationNode(unit: Element): void {
  for (const child of [...unit.children]) if (isTranslationNode(child)) child.remove();
}

/** Removes every node and attribute Ferry added, restoring the page's own DOM exactly. */
export function removeAllFerryNodes(doc: Document): void {
  for (const tag of [TRANSLATION_TAG, GLOSS_TAG]) {
    for (const node of [...doc.getElementsByTagName(tag)]) node.remove();
  }
  for (const attr of [UNIT_ATTR, UNCLIP_ATTR, COVER_HOST_ATTR]) {
    for (const element of [...doc.querySelectorAll(`[${attr}]`)]) element.removeAttribute(attr);
  }
}
