import { Readability, isProbablyReaderable } from '@mozilla/readability';

const INDEX_ATTR = 'data-ferry-idx';
/**
 * Beyond this many elements Readability (one synchronous task, about 60 µs an element on a slow
 * machine) costs more than main-content-first is worth: the viewport and its lookahead do.
 */
const MAX_ELEMENTS = 3000;

/**
 * The live elements Readability considers the article's main content, or an empty set when
 * the page is not an article (a feed, an app). Readability runs on a clone, which it is free to
 * mangle; each clone element is tagged with its position so the result maps back to the live
 * DOM (a clone keeps element order). The live page is never touched.
 */
export function findMainContent(doc: Document): Set<Element> {
  const live = doc.body?.getElementsByTagName('*');
  if (!live || live.length > MAX_ELEMENTS) return new Set();
  // Chinese packs about three times the meaning of English into a character.
  if (!isProbablyReaderable(doc, { minContentLength: 50, minScore: 15 })) return new Set();

  const clone = doc.cloneNode(true) as Document;
  const cloned = clone.body.getElementsByTagName('*');
  if (cloned.length !== live.length) return new Set();
  for (let i = 0; i < cloned.length; i++) cloned[i]!.setAttribute(INDEX_ATTR, String(i));

  let article: Element | null | undefined;
  try {
    article = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      charThreshold: 200,
    }).parse()?.content;
  } catch {
    return new Set();
  }
  const main = new Set<Element>();
  for (const tagged of article?.querySelectorAll(`[${INDEX_ATTR}]`) ?? []) {
    const element = live[Number(tagged.getAttribute(INDEX_ATTR))];
    if (element) main.add(element);
  }
  return main;
}
