import type { SiteRules } from '../sites/site-rules';
import { blockOwner, type DisplayOf } from './block-owner';
import { RUN_TAG, isInSkippedSubtree, isSkippedElement } from './skip-rules';
import { isFrameworkHeld, separateLinks, textRuns } from './text-runs';
import { nodesText, unitText } from './unit-text';

const HAN = /\p{Script=Han}/u;

/** A container with bare text of its own is translated whole only up to this size. */
const MAX_PROMOTED_CHARS = 1200;
const MAX_PROMOTED_CHILD_UNITS = 12;
/**
 * A block whose text is several runs between `<br>`s (a forum floor, a long post, a news article
 * without <p>s) gets a unit, and a translation, per run once it is this long or has this many
 * lines: a short comment with one line break keeps one translation.
 */
const MAX_SINGLE_UNIT_CHARS = 150;
const MAX_SINGLE_UNIT_RUNS = 2;

function isParagraphs(runs: number, text: string): boolean {
  return runs > MAX_SINGLE_UNIT_RUNS || (runs > 1 && text.length > MAX_SINGLE_UNIT_CHARS);
}
const BUTTON_INPUTS = 'input[type=button], input[type=submit], input[type=reset]';

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
  /** The unit's element; for a run, the element the run's nodes are children of. */
  element: Element;
  text: string;
  /** The site adapter names this unit as content. */
  content: boolean;
  /**
   * A run of inline content with no element of its own (text between `<br>`s): its sibling
   * nodes, for the caller to wrap in a `<ferry-run>` that becomes the unit.
   */
  run?: ChildNode[];
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
    // A run Ferry wrapped already is a unit of its own, like a paragraph.
    const owner = content ?? parent.closest(RUN_TAG) ?? blockOwner(parent, displayOf);
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
  const runs: { parent: Element; nodes: ChildNode[] }[] = [];
  /** Splits a block into its runs: a lone inline element is a unit as it is, others get wrapped. */
  const splitIntoRuns = (parent: Element, isBoundary: (child: Element) => boolean) => {
    for (const nodes of textRuns(parent, { displayOf, isBoundary })) {
      if (nodes.length === 1 && nodes[0] instanceof Element) units.add(nodes[0]);
      else {
        for (const node of nodes) if (node instanceof Element) units.delete(node);
        runs.push({ parent, nodes });
      }
    }
  };
  for (const container of containers) {
    let hasBareText = false;
    for (const text of textsByOwner.get(container) ?? []) {
      const child = childOnPath(container, text);
      if (child instanceof Element && !ownersBelow.has(child)) units.add(child);
      else hasBareText = true;
    }
    if (!hasBareText) continue;
    const isBoundary = (child: Element) => owners.has(child) || ownersBelow.has(child);
    const bareRuns = textRuns(container, { displayOf, isBoundary }).filter((run) => !(run.length === 1 && run[0] instanceof Element));
    // A short post with a quote in it is taken whole while small; paragraphs between <br>s and
    // blocks (an article without <p>s) get a unit per run.
    // A container a framework renders keeps its nodes where they are: it is translated whole.
    const framework = isFrameworkHeld(container);
    const paragraphs = !framework && isParagraphs(bareRuns.length, unitText(container, displayOf));
    if (!paragraphs && !aboveContent.has(container) && isSmallEnough(container, ownersBelow.get(container) ?? 0, displayOf)) {
      promoted.add(container);
    } else if (!framework) {
      splitIntoRuns(container, isBoundary);
    }
  }
  for (const container of promoted) {
    if (nearestAncestorIn(container, promoted)) continue;
    for (const unit of units) if (container.contains(unit)) units.delete(unit);
    units.add(container);
  }
  const texts = new Map<Element, string>();
  for (const unit of [...units]) {
    if (contentUnits.has(unit)) continue;
    const text = unitText(unit, displayOf, skipped);
    texts.set(unit, text);
    // A long block of <br>-separated paragraphs: a translation under each, not one for all.
    if (text.includes('\n') && !isFrameworkHeld(unit) && isParagraphs(textRuns(unit, { displayOf, isBoundary: () => false }).length, text)) {
      units.delete(unit);
      splitIntoRuns(unit, () => false);
      continue;
    }
    // A heading of several headlines, a row of tags: one unit per link.
    const links = separateLinks(unit);
    if (links) {
      units.delete(unit);
      for (const link of links) units.add(link);
    }
  }

  // Buttons drawn by <input>: their value is their label, and they have no children to walk.
  for (const input of root.querySelectorAll<HTMLInputElement>(BUTTON_INPUTS)) {
    if (HAN.test(input.value) && !isInSkippedSubtree(input.parentElement ?? input, root.parentElement, skipped)) units.add(input);
  }

  const found: FoundUnit[] = [
    ...[...units].map((element) => ({
      element,
      text: texts.get(element) ?? unitText(element, displayOf, skipped),
      content: contentUnits.has(element),
    })),
    ...runs.map(({ parent, nodes }) => ({ element: parent, text: nodesText(nodes, displayOf, skipped), content: false, run: nodes })),
  ];
  return inDocumentOrder(root, found, (unit) => unit.run?.[0] ?? unit.element).filter((unit) => accept(unit.text, unit));
}

/**
 * `items` sorted by where `nodeOf` each lies under `root`, in one walk: sorting with
 * compareDocumentPosition costs a climb per comparison, seconds on a page of thousands of
 * paragraphs that are siblings.
 */
function inDocumentOrder<T>(root: Element, items: T[], nodeOf: (item: T) => Node): T[] {
  if (items.length < 2) return items;
  const wanted = new Map<Node, number>();
  for (const item of items) wanted.set(nodeOf(item), -1);
  let position = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4);
  for (let node: Node | null = walker.currentNode; node && position < wanted.size; node = walker.nextNode()) {
    if (wanted.has(node)) wanted.set(node, position++);
  }
  return items
    .map((item) => ({ item, at: wanted.get(nodeOf(item))! }))
    .sort((a, b) => a.at - b.at)
    .map(({ item }) => item);
}

function isSmallEnough(container: Element, innerUnits: number, displayOf: DisplayOf): boolean {
  return innerUnits <= MAX_PROMOTED_CHILD_UNITS && unitText(container, displayOf).length <= MAX_PROMOTED_CHARS;
}
