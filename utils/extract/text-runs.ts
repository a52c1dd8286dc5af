import { isInlineDisplay, type DisplayOf } from './block-owner';

const HAN = /\p{Script=Han}/u;

/**
 * The runs of inline content among `parent`'s own children: text and inline elements between
 * `<br>`s, block children and children that hold units of their own (which are never part of a
 * run). A run is a list of whole sibling nodes, so wrapping it moves nodes and splits none.
 * Only runs with Chinese in them come back.
 */
export function textRuns(
  parent: Element,
  { displayOf, isBoundary }: { displayOf: DisplayOf; isBoundary: (child: Element) => boolean },
): ChildNode[][] {
  const runs: ChildNode[][] = [];
  let run: ChildNode[] = [];
  const close = () => {
    // Trim white space at both ends: a run is what a reader sees as a line.
    while (run.length > 0 && isBlank(run[0]!)) run.shift();
    while (run.length > 0 && isBlank(run.at(-1)!)) run.pop();
    if (run.some((node) => HAN.test(node.textContent ?? ''))) runs.push(run);
    run = [];
  };
  for (const child of parent.childNodes) {
    if (child.nodeType === 3) {
      run.push(child);
    } else if (child.nodeType === 1) {
      const element = child as Element;
      if (element.tagName === 'BR' || !isInlineDisplay(displayOf(element)) || isBoundary(element)) close();
      else run.push(element);
    }
  }
  close();
  return runs;
}

function isBlank(node: ChildNode): boolean {
  return node.nodeType === 3 ? !/\S/.test((node as Text).data) : node.nodeType === 8;
}

/**
 * A block whose words are separate links (a heading of three headlines, a row of tags): those
 * links, each a unit of its own; undefined when its text is one piece. Only separators (|, ·, /,
 * spaces, commas) may stand between the links.
 */
export function separateLinks(owner: Element): Element[] | undefined {
  const links = [...owner.querySelectorAll('a')].filter((link) => HAN.test(link.textContent ?? '') && !link.querySelector('a'));
  if (links.length < 2) return undefined;
  const outside = owner.cloneNode(true) as Element;
  for (const link of outside.querySelectorAll('a')) link.remove();
  for (const ferry of outside.querySelectorAll('ferry-translation, ferry-gloss')) ferry.remove();
  if (/[^\s|｜·•/／,，、\-–—]/u.test(outside.textContent ?? '')) return undefined;
  return links;
}

/** Attributes a framework's compiled templates put on the elements they render. */
const FRAMEWORK_MARK = /^(data-v-|_ngcontent-|_nghost-)/;

function hasFrameworkMark(element: Element): boolean {
  for (const name of element.getAttributeNames()) if (FRAMEWORK_MARK.test(name)) return true;
  return /(^|\s)svelte-/.test(element.getAttribute('class') ?? '');
}

/**
 * A container whose children a framework renders and keeps references to (Vue, Angular and Svelte
 * templates mark the elements they render): the app later inserts before, or removes, the very
 * text nodes a run would move into a wrapper, so its runs are not wrapped. Markup an app hands
 * over whole (Vue's `v-html`) carries no marks on its children and is Ferry's to wrap.
 */
export function isFrameworkHeld(container: Element): boolean {
  if ([...container.children].some(hasFrameworkMark)) return true;
  return container.children.length === 0 && hasFrameworkMark(container);
}
