import { RUN_TAG, TRANSLATION_TAG } from '../extract/skip-rules';

/**
 * Wraps a run of sibling nodes (text between `<br>`s) in a `<ferry-run>`, which becomes the unit
 * and holds the translation as its last child. Whole nodes are moved, none split, so unwrapping
 * gives the page back exactly.
 */
export function wrapRun(nodes: readonly ChildNode[]): HTMLElement {
  const first = nodes[0]!;
  const run = first.ownerDocument!.createElement(RUN_TAG);
  first.before(run);
  run.append(...nodes);
  return run;
}

/** Puts a run's nodes back where they were, without the wrapper or its translation. */
export function unwrapRun(run: Element): void {
  for (const child of [...run.children]) if (child.localName === TRANSLATION_TAG) child.remove();
  run.replaceWith(...run.childNodes);
}
