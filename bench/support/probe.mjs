// What a reader sees of a translation overlay, probed in the page: the same probe for Ferry and
// for the naive baseline (bench/baseline), which marks its units and lines its own way.

/** How each extension marks a unit and its finished translation. */
export const MARKS = {
  ferry: { unit: '[data-ferry-id]', done: 'ferry-translation[data-state=done]' },
  baseline: { unit: '[data-naive-unit]', done: 'naive-translation[data-state=done]' },
};

/**
 * Runs in the page from its first moments: resolves with the time (ms from navigation start) of
 * DOMContentLoaded, of the first translation visible in the viewport, and of every unit in the
 * viewport translated; NaN for what did not happen within `timeoutMs`.
 */
export function inViewTimes({ unit, done, timeoutMs }) {
  return new Promise((resolve) => {
    let first;
    const visible = (element) => {
      const r = element.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight && r.height > 0;
    };
    const ready = () => performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart || NaN;
    const check = () => {
      if ([...document.querySelectorAll(done)].some(visible)) first ??= performance.now();
      const inView = [...document.querySelectorAll(unit)].filter(visible);
      // A unit's translation is its child, or (a form control's) its next sibling.
      const translated = (u) => u.querySelector(`:scope > ${done}`) || u.nextElementSibling?.matches(done);
      if (first !== undefined && inView.length > 0 && inView.every(translated)) {
        resolve({ ready: ready(), first, settled: performance.now() });
      } else setTimeout(check, 5);
    };
    check();
    setTimeout(() => resolve({ ready: ready(), first: first ?? NaN, settled: NaN }), timeoutMs);
  });
}

/** Opens `url` in a new tab and probes it; a page that navigates itself away counts as NaN. */
export async function openAndProbe(context, url, marks, timeoutMs = 30_000) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const times = await page.evaluate(inViewTimes, { ...marks, timeoutMs }).catch(() => ({ ready: NaN, first: NaN, settled: NaN }));
  return { page, times };
}

export const median = (xs) => {
  const known = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return known.length ? known[Math.floor(known.length / 2)] : NaN;
};
