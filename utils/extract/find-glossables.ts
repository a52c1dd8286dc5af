import { isSkippedElement } from './skip-rules';
import { unitText } from './unit-text';

const HAN = /\p{Script=Han}/u;

export interface Glossable {
  /** The element whose own text is the label (a count, a button, a place). */
  label: Element;
  text: string;
  gloss: string;
}

export interface FindGlossablesOptions {
  /** True when the element belongs to a unit (its text is translated, not glossed). */
  inUnit: (element: Element) => boolean;
  /** The built-in hint for a label's text, if it is known chrome. */
  glossFor: (text: string) => string | undefined;
}

/** Labels under `root` that are known chrome (赞, 回复, 10-24 四川), each once, in document order. */
export function findGlossables(root: Element, { inUnit, glossFor }: FindGlossablesOptions): Glossable[] {
  const found: Glossable[] = [];
  const seen = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode(node) {
      if (node.nodeType === 1) return isSkippedElement(node as Element) ? 2 : 3; // REJECT : SKIP
      return HAN.test((node as Text).data) ? 1 : 3;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const label = node.parentElement;
    if (!label || seen.has(label)) continue;
    seen.add(label);
    if (inUnit(label)) continue;
    const text = unitText(label);
    const gloss = glossFor(text);
    if (gloss !== undefined) found.push({ label, text, gloss });
  }
  return found;
}
