import type { SiteRules } from '../sites/site-rules';
import { blockOwner, type DisplayOf } from './block-owner';
import { isInSkippedSubtree, isSkippedElement } from './skip-rules';
import { unitText } from './unit-text';

const HAN = /\p{Script=Han}/u;

/** A container with bare text of its own is translated whole only up to this size. */
const MAX_PROMOTED_CHARS = 1200;
const MAX_PROMOTED_CHILD_UNITS = 12;

export interface FindUnitsOptions {
  displayOf: DisplayOf;
  /**
   * Decides from a unit's text whether it is worth translating (Chinese); `content` says the
   * site adapter named the unit as content (a comment), where a bare "yyds" is worth it too.
   */
  accept: (text: string, unit: { content: boolean }) => boolean;
  /** The site's adapter: its content units, its chrome (never translated) and its regions. */
  site?: SiteRules;
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
  /** The site adapter names this unit as content. */
  content: boolean;
}

/** Beside a region's content, text longer than this is not a label: content the adapter does not name yet. */
const MAX_REGION_CHROME_CHARS = 30;

/**
 * Whether a text in a region is its chrome (a name, a date, a button beside a comment's text).
 * A region's "does it hold content" answer is kept for the scan.
 */
function regionChrome(site: SiteRules): (parent: Element, text: string) => boolean {
  const held = new Map<Element, boolean>();
  return (parent, text) => {
    const region = site.regionOf(parent);
    if (!region || text.trim().length > MAX_REGION_CHROME_CHARS) return false;
    let holds = held.get(region);
    if (holds === undefined) held.set(region, (holds = site.holdsContent(region)));
    return holds;
  };
}

export function findUnits(root: Element, { displayOf, accept, site }: FindUnitsOptions): FoundUnit[] {
  const skipped = site ? (el: Element) => isSkippedElement(el) || site.isChrome(el) : isSkippedElement;
  if (isInSkippedSubtree(root, null, skipped)) return [];
  const isRegionChrome = site ? regionChrome(site) : () => false;
  const doc = root.ownerDocument;
  const textsByOwner = new Map<Element, Text[]>();
  const contentUnits = new Set<Element>();
  const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode(node) {
      if (node.nodeType === 1) return skipped(node as Element) ? 2 : 3; // REJECT : SKIP
      const data = (node as Text).data;
      if (HAN.test(data)) return 1; // ACCEPT
      // Latin slang counts only inside a site's named content: looked up only for such text.
      return site && /[a-z]/i.test(data) && node.parentElement && site.contentOf(node.parentElement) ? 1 : 3;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent) continue;
    const content = site?.contentOf(parent) ?? null;
    if (content) contentUnits.add(content);
    // Text beside a region's content (its author, date, buttons) is chrome.
    else if (isRegionChrome(parent, (node as Text).data)) continue;
    const owner = content ?? blockOwner(parent, displayOf);
    const texts = textsByOwner.get(owner);
    if (texts) texts.push(node as Text);
    else textsByOwner.set(owner, [node as Text]);
  }

  const owners = new Set(textsByOwner.keys());
  const ownersBelow = countOwnersBelow(owners);
  const containers = [...owners].filter((owner) => ownersBelow.has(owner));

  const units = new Set([...owners].filter((owner) => !ownersBelow.has(owner)));
  // A container holding a site's content unit is never taken whole: one climb per content unit.
  const aboveContent = new Set<Element>();
  for (const unit of contentUnits) {
    for (let el = unit.parentElement; el && !aboveContent.has(el); el = el.parentElement) aboveContent.add(el);
  }
  const promoted = new Set<Element>();
  for (const container of containers) {
    let hasBareText = false;
    for (const text of textsByOwner.get(container) ?? []) {
      const child = childOnPath(container, text);
      if (child instanceof Element && !ownersBelow.has(child)) units.add(child);
      else hasBareText = true;
    }
    if (hasBareText && !aboveContent.has(container) && isSmallEnough(container, ownersBelow.get(container) ?? 0, displayOf)) {
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
    .map((element) => ({ element, text: unitText(element, displayOf, skipped), content: contentUnits.has(element) }))
    .filter((unit) => accept(unit.text, unit));
}

function isSmallEnough(container: Element, innerUnits: number, displayOf: DisplayOf): boolean {
  return innerUnits <= MAX_PROMOTED_CHILD_UNITS && unitText(container, displayOf).length <= MAX_PROMOTED_CHARS;
}
