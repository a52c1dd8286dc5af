import { GLOSS_TAG, RUN_TAG, TRANSLATION_TAG, UNIT_ATTR, WAITING_ATTR } from '../extract/skip-rules';
import type { DisplayStyle } from '../settings/schema';
import { COVER_HOST_ATTR } from './fit-translation';
import { UNCLIP_ATTR } from './reveal-translation';
import { unwrapRun } from './run-node';

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
 * A unit that cannot hold children (an `<input type=button value=...>`): its translation sits
 * right after it instead, on the same line.
 */
export function holdsNoChildren(unit: Element): boolean {
  return unit.localName === 'input';
}

/** The unit's translation node where it should be: its last child, or right after a control. */
export function translationNodeOf(unit: Element): HTMLElement | undefined {
  if (holdsNoChildren(unit)) {
    const next = unit.nextElementSibling;
    return isTranslationNode(next) ? next : undefined;
  }
  return [...unit.children].find(isTranslationNode);
}

/** True when the unit's translation node is in its place (the page may have moved or dropped it). */
export function translationNodeInPlace(unit: Element, node: HTMLElement | undefined): boolean {
  return !!node && (holdsNoChildren(unit) ? unit.nextSibling === node : unit.lastChild === node);
}

/**
 * The unit's `<ferry-translation>`, created if needed and kept as the unit's last child
 * (content the page appended after it is moved before it), or right after a control that holds
 * no children. Marked so that browsers' and other extensions' translators leave it alone.
 */
export function ensureTranslationNode(unit: Element, look: TranslationLook): HTMLElement {
  let node = translationNodeOf(unit);
  if (!node) {
    node = unit.ownerDocument.createElement(TRANSLATION_TAG);
    node.setAttribute('translate', 'no');
    node.className = 'notranslate';
  }
  node.setAttribute('lang', look.lang);
  node.dataset.style = look.style;
  node.dataset.mode = look.inline || holdsNoChildren(unit) ? 'inline' : 'block';
  if (!translationNodeInPlace(unit, node)) {
    if (holdsNoChildren(unit)) unit.after(node);
    else unit.appendChild(node);
  }
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
  translationNodeOf(unit)?.remove();
  for (const child of [...unit.children]) if (isTranslationNode(child)) child.remove();
}

/** Removes every node and attribute Ferry added, restoring the page's own DOM exactly. */
export function removeAllFerryNodes(root: Document | ShadowRoot): void {
  for (const node of root.querySelectorAll(`${TRANSLATION_TAG}, ${GLOSS_TAG}`)) node.remove();
  for (const run of root.querySelectorAll(RUN_TAG)) unwrapRun(run);
  for (const attr of [UNIT_ATTR, WAITING_ATTR, UNCLIP_ATTR, COVER_HOST_ATTR]) {
    for (const element of root.querySelectorAll(`[${attr}]`)) element.removeAttribute(attr);
  }
}
