// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { domReady } from '../../../utils/page/dom-ready';

function documentIn(state: DocumentReadyState): Document {
  const doc = document.implementation.createHTMLDocument('');
  Object.defineProperty(doc, 'readyState', { configurable: true, get: () => state });
  return doc;
}

describe('domReady', () => {
  it('waits for DOMContentLoaded while the document is parsing', async () => {
    const doc = documentIn('loading');
    let ready = false;
    const waiting = domReady(doc).then(() => (ready = true));
    await Promise.resolve();
    expect(ready).toBe(false);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    await waiting;
    expect(ready).toBe(true);
  });

  it('resolves at once for a document already parsed', async () => {
    await expect(domReady(documentIn('interactive'))).resolves.toBeUndefined();
    await expect(domReady(documentIn('complete'))).resolves.toBeUndefined();
  });
});
