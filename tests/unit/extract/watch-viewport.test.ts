// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchViewport } from '../../../utils/extract/watch-viewport';

/** An observer that never reports by itself: a page whose first rendering update is late. */
class SilentIntersectionObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

function placed(top: number, height = 20): HTMLElement {
  const element = document.createElement('p');
  element.getBoundingClientRect = () => ({ top, bottom: top + height, height, width: height ? 100 : 0, left: 0, right: 100, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;
  document.body.append(element);
  return element;
}

describe('watchViewport', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports the rendered elements within a screen of the view at once when swept, before any observer report', () => {
    vi.stubGlobal('IntersectionObserver', SilentIntersectionObserver);
    const near: Element[][] = [];
    const controller = new AbortController();
    const watcher = watchViewport((elements) => near.push(elements), { signal: controller.signal });
    const height = window.innerHeight;
    const inView = placed(10);
    const below = placed(height * 1.5);
    const farBelow = placed(height * 3);
    const hidden = placed(10, 0);
    for (const element of [inView, below, farBelow, hidden]) watcher.observe(element);
    watcher.sweep();
    expect(near).toEqual([[inView, below]]);
    watcher.unobserve(inView);
    watcher.unobserve(below);
    watcher.sweep();
    expect(near).toHaveLength(1);
    controller.abort();
  });
});
