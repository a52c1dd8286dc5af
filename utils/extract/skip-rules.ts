/** Ferry's own translation element; everything inside it is Ferry's, never the page's. */
export const TRANSLATION_TAG = 'ferry-translation';
/** Ferry's hint beside a site's chrome label (赞 Like); never the page's text either. */
export const GLOSS_TAG = 'ferry-gloss';
/**
 * Ferry's wrapper around a run of the page's inline content that has no element of its own
 * (text between `<br>`s): the page's nodes inside it are the page's, the wrapper is Ferry's.
 */
export const RUN_TAG = 'ferry-run';
export const UNIT_ATTR = 'data-ferry-id';
/**
 * On a unit asked for whose "translating" mark is not shown yet (a quick answer needs none): the
 * page's state is in its DOM, for a test or a reader's tool to see, without any layout.
 */
export const WAITING_ATTR = 'data-ferry-waiting';

/**
 * Subtrees whose text is never translated: code, form fields, media, furigana/pinyin
 * annotations (rt/rp), metadata, and Ferry's own nodes.
 */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK',
  'CODE', 'KBD', 'SAMP', 'VAR',
  'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'DATALIST',
  'SVG', 'MATH', 'IFRAME', 'FRAME', 'CANVAS', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'MAP',
  'RT', 'RP',
  TRANSLATION_TAG.toUpperCase(),
  GLOSS_TAG.toUpperCase(),
]);

/**
 * `<pre>` is code far more often than not, but holds prose on some Chinese sites (poems, lyrics,
 * forum posts kept as typed). It is translated only when it reads as prose: no code markup or
 * class, and none of the punctuation that code, shell sessions and config files are made of.
 */
const CODE_CLASS = /(^|[\s_-])(code|highlight|hljs|language-|lang-|prettyprint|brush|sourcecode|syntax|shell|console|terminal)/i;
const CODE_PUNCTUATION = /[{}[\]<>=;$#|\\`~^*_/]|\(\)|^\s*(\/\/|--|>>>|\$|%)/m;

function isCodeBlock(element: Element): boolean {
  return (
    CODE_CLASS.test(element.className) ||
    element.querySelector('code, kbd, samp') !== null ||
    CODE_PUNCTUATION.test(element.textContent ?? '')
  );
}

/** True when nothing under `element` should be translated. */
export function isSkippedElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (tag === 'PRE') return isCodeBlock(element);
  if (element.getAttribute('translate') === 'no' || element.classList.contains('notranslate')) {
    return true;
  }
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** True when `node` sits inside a skipped subtree (checked by walking up to `boundary`). */
export function isInSkippedSubtree(
  node: Node,
  boundary: Node | null = null,
  skipped: (element: Element) => boolean = isSkippedElement,
): boolean {
  for (let el = node instanceof Element ? node : node.parentElement; el && el !== boundary; el = el.parentElement) {
    if (skipped(el)) return true;
  }
  return false;
}
