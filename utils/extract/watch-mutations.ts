import { GLOSS_TAG, RUN_TAG, TRANSLATION_TAG } from './skip-rules';

export interface DomChanges {
  /** Nodes the page added (elements and text), outermost first not guaranteed. */
  added: Node[];
  /** Text nodes the page rewrote in place (a recycled card showing another note's title). */
  rewritten: Node[];
}

const FERRY_TAGS = `${TRANSLATION_TAG}, ${GLOSS_TAG}`;

/** Ferry's own nodes: a run wrapper counts, though the page's nodes moved into it do not. */
function isFerryNode(node: Node): boolean {
  return node instanceof Element && [TRANSLATION_TAG, GLOSS_TAG, RUN_TAG].includes(node.localName);
}

function insideFerryNode(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(FERRY_TAGS) != null;
}

/**
 * One MutationObserver for the content script. Changes are gathered and handed over after the
 * page has been quiet for `delayMs` (or at the latest after `maxWaitMs`), so a feed that renders
 * in many small steps costs one scan. `onTouched` gets the changed nodes at once, in the
 * observer's own callback, for work that must happen before the next paint (dropping a
 * translation whose text the page just replaced). Ferry's own insertions (its translation and
 * hint nodes and what happens inside them) are filtered out and never trigger anything; Ferry's
 * attributes are not observed at all.
 */
export function watchMutations(
  root: Node,
  onChanges: (changes: DomChanges) => void,
  {
    signal,
    delayMs = 60,
    maxWaitMs = 600,
    onTouched,
  }: { signal: AbortSignal; delayMs?: number; maxWaitMs?: number; onTouched?: (nodes: Node[]) => void },
): void {
  let added: Node[] = [];
  let rewritten: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;

  const flush = () => {
    timer = undefined;
    firstAt = 0;
    const changes = { added, rewritten };
    added = [];
    rewritten = [];
    if (!signal.aborted) onChanges(changes);
  };

  const observer = new MutationObserver((records) => {
    let relevant = false;
    const touched: Node[] = [];
    for (const record of records) {
      if (insideFerryNode(record.target)) continue;
      if (record.type === 'characterData') {
        rewritten.push(record.target);
        touched.push(record.target);
        relevant = true;
        continue;
      }
      const pageAdded = [...record.addedNodes].filter((node) => !isFerryNode(node));
      const pageRemoved = [...record.removedNodes].filter((node) => !isFerryNode(node));
      // A removed translation node may be the page re-rendering a unit: its owner is looked at
      // again (Ferry's own removals leave nothing to restore, so that look is a no-op).
      const ferryRemoved = pageRemoved.length < record.removedNodes.length;
      if (pageAdded.length === 0 && pageRemoved.length === 0 && !ferryRemoved) continue;
      added.push(...pageAdded);
      touched.push(record.target);
      relevant = true;
    }
    if (!relevant) return;
    if (onTouched && !signal.aborted) onTouched(touched);
    const now = Date.now();
    if (!firstAt) firstAt = now;
    clearTimeout(timer);
    timer = setTimeout(flush, now - firstAt >= maxWaitMs ? 0 : delayMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
