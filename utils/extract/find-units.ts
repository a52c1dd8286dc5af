import { blockOwner, type DisplayOf } from './block-owner';
import { isInSkippedSubtree, isSkippedElement } from './skip-rules';
import { unitText } from './unit-text';

const HAN = /\p{Script=Han}/u;

/** A container with bare text of its own is translated whole only up to this size. */
const MAX_PROMOTED_CHARS = 1200;
const MAX_PROMOTED_CHILD_UNITS = 12;

export interface FindUnitsOptions {
  displayOf: DisplayOf;
  /** Decides from a unit's text whether it is worth translating (Chinese). */
  accept: (text: string) => boolean;
}

function nearestAncestorIn(element: Element, set: Set<Element>): Element | null {
  for (let el = element.parentElement; el; el = el.parentElement) {
    if (set.has(el)) return el;
  }
  return null;
}

/** The child of `container` on the path down to `node` (the node itself when it is a direct child). */
function childOnPath(container: Element, node: Node): Node {
  let current = node;
  while (current.parentNode && current.parentNode !== container) current = current.parentNode;
  return current;
}

/**
 * For every element above an owner, how many owners sit below it: one climb per owner, so the
 * questions "is this a container?" and "how many units would it replace?" cost nothing later.
 */
function countOwnersBelow(owners: Set<Element>): Map<Element, number> {
  const below = new Map<Element, number>();
  for (const owner of owners) {
    for (let el = owner.parentElement; el; el = el.parentElement) below.set(el, (below.get(el) ?? 0) + 1);
  }
  return below;
}

/**
 * Finds the units to translate under `root`: for every text node with Chinese characters, the
 * innermost block that owns it. When a block owns text and also holds other units, its text can
 * not get a translation of its own: if that text sits in an inline child (a title link before
 * a summary paragraph), the inline child becomes the unit; if it is bare text, the whole block
 * becomes one unit when it is small, replacing the units inside it. A unit never contains
 * another unit. Units come back in document order.
 */
export interface FoundUnit {
  element: Element;
  text: string;
}

export function findUnits(root: Element, { displayOf, accept }: FindUnitsOptions): FoundUnit[] {
  if (isInSkippedSubtree(root)) return [];
  const doc = root.ownerDocument;
  const textsByOwner = new Map<Element, Text[]>();
  const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode(node) {
      if (node.nodeType === 1) return isSkippedElement(node as Element) ? 2 : 3; // REJECT : SKIP
      return HAN.test((node as Text).data) ? 1 : 3; // ACCEPT : SKIP
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent) continue;
    const owner = blockOwner(parent, displayOf);
    const texts = textsByOwner.get(owner);
    if (texts) texts.push(node as Text);
    else textsByOwner.set(owner, [node as Text]);
  }

  const owners = new Set(textsByOwner.keys());
  const ownersBelow = countOwnersBelow(owners);
  const containers = [...owners].filter((owner) => ownersBelow.has(owner));

  const units = new Set([...owners].filter((owner) => !ownersBelow.has(owner)));
  const promoted = new Set<Element>();
  for (const container of containers) {
    let hasBareText = false;
    for (const text of textsByOwner.get(container) ?? []) {
      const child = childOnPath(container, text);
      if (child instanceof Element && !ownersBelow.has(child)) units.add(child);
      else hasBareText = true;
    }
    if (hasBareText && isSmallEnough(container, ownersBelow.get(container) ?? 0, displayOf)) {
      promoted.add(container);
    }
  }
  for (const container of promoted) {
    if (nearestAncestorIn(container, promoted)) continue;
    for (const unit of units) if (container.contains(unit)) units.delete(unit);
    units.add(container);
  }

  return [...units]
    .sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)) // 4: b follows a
    .map((element) => ({ element, text: unitText(element, displayOf) }))
    .filter((unit) => accept(unit.text));
}

function isSmallEnough(container: Element, innerUnits: number, displayOf: DisplayOf): boolean {
  return innerUnits <= MAX_PROMOTED_CHILD_UNITS && unitText(container, displayOf).length <= MAX_PROMOTED_CHARS;
}
