export interface ViewportWatcher {
  observe(element: Element): void;
  unobserve(element: Element): void;
}

/**
 * Calls `onNear` for elements that come within a screen of the viewport (above or below), so a
 * paragraph is usually translated before the reader reaches it. Hidden elements (display: none,
 * collapsed "show more" text) never intersect, so they wait until they are shown.
 */
export function watchViewport(
  onNear: (elements: Element[]) => void,
  { signal, margin = '100% 0px 100% 0px' }: { signal: AbortSignal; margin?: string },
): ViewportWatcher {
  const observer = new IntersectionObserver(
    (entries) => {
      const near = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target);
      if (near.length > 0 && !signal.aborted) onNear(near);
    },
    { rootMargin: margin },
  );
  signal.addEventListener('abort', () => observer.disconnect());
  return {
    observe: (element) => observer.observe(element),
    unobserve: (element) => observer.unobserve(element),
  };
}
