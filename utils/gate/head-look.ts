/**
 * Resolves with `looks(doc)` as soon as it says yes while the page's head is parsed (its
 * <html lang> at once, its <title> when parsed), or with its last word once the body starts or
 * the document is parsed. Nothing is watched after that: an English page pays for a few
 * mutation records of its head.
 */
export function watchHead(doc: Document, looks: (doc: Document) => boolean): Promise<boolean> {
  return new Promise((resolve) => {
    const finish = (verdict: boolean) => {
      observer.disconnect();
      doc.removeEventListener('DOMContentLoaded', parsed);
      resolve(verdict);
    };
    const check = () => {
      if (looks(doc)) finish(true);
      else if (doc.body || doc.readyState !== 'loading') finish(false);
    };
    const parsed = () => finish(looks(doc));
    const observer = new MutationObserver(check);
    observer.observe(doc, { childList: true, subtree: true });
    doc.addEventListener('DOMContentLoaded', parsed);
    check();
  });
}
