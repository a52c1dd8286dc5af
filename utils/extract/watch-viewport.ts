export interface ViewportWatcher {
  observe(element: Element): void;
  unobserve(element: Element): void;
  /**
   * Checks the watched elements now, without waiting for the observer's first report (which
   * comes after the next rendering update: on a page still loading, a hundred milliseconds).
   */
  sweep(): void;
}

/** How long scrolling must pause before the sweep below runs. */
const SCROLL_SETTLE_MS = 200;

/**
 * Calls `onNear` for elements that come within a screen of the viewport (above or below), so a
 * paragraph is usually translated before the reader reaches it. Hidden elements (display: none,
 * collapsed "show more" text) never intersect, so they wait until they are shown.
 *
 * When the page is busy, an element can pass through the observed band between two rendering
 * updates and never be reported. So when scrolling settles, the elements still watched are
 * checked once directly; callers unobserve what they have handled, which keeps that sweep small.
 */
export function watchViewport(
  onNear: (elements: Element[]) => void,
  { signal, screens = 1 }: { signal: AbortSignal; screens?: number },
): ViewportWatcher {
  const watched = new Set<Element>();
  const margin = `${screens * 100}% 0px ${screens * 100}% 0px`;
  const observer = new IntersectionObserver(
    (entries) => {
      const near = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target);
      if (near.length > 0 && !signal.aborted) onNear(near);
    },
    { rootMargin: margin },
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  const sweep = () => {
    timer = undefined;
    const height = window.innerHeight;
    const near = [...watched].filter((element) => {
      const rect = element.getBoundingClientRect();
      const rendered = rect.width > 0 || rect.height > 0;
      return rendered && rect.bottom >= -height * screens && rect.top <= height * (1 + screens);
    });
    if (near.length > 0 && !signal.aborted) onNear(near);
  };
  const onScroll = () => {
    clearTimeout(timer);
    timer = setTimeout(sweep, SCROLL_SETTLE_MS);
  };
  // Capture: scrolling inside a comment column or a note overlay counts too.
  window.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    watched.clear();
  });
  return {
    observe: (element) => {
      watched.add(element);
      observer.observe(element);
    },
    unobserve: (element) => {
      watched.delete(element);
      observer.unobserve(element);
    },
    sweep: () => {
      clearTimeout(timer);
      sweep();
    },
  };
}
