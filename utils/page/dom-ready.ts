/**
 * Resolves once `doc` is parsed: at once when it is, else in DOMContentLoaded's own dispatch.
 * A script injected at document_end only runs in a task queued after that event, which on a
 * heavy page waits behind its layout and scripts for a few hundred milliseconds.
 */
export function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
