import type { PageLike } from './browser';

/**
 * Checks that Ferry left a page usable, as a reader would find it (TESTING.md, "Testing that the
 * page still works"). Everything is measured in the page; a list of problems comes back, empty
 * when all is well.
 */
export interface LayoutCheck {
  /** Selectors of the page's controls: each one shown must receive a click at its centre. */
  controls: string[];
  /** Selector of the page's cards: no translation may reach into another card or out of its own. */
  cards?: string;
  /** Selectors of boxes that must stay wholly inside the viewport (a modal's header, its comment box). */
  inViewport?: string[];
}

export async function layoutProblems(page: PageLike, check: LayoutCheck): Promise<string[]> {
  return page.evaluate((arg) => {
    const problems: string[] = [];
    const name = (el: Element | null) =>
      el ? `<${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}>` : 'nothing';
    const label = (el: Element) => `${name(el)} "${(el.textContent ?? '').trim().slice(0, 16)}"`;
    const clips = (el: Element) => {
      const style = getComputedStyle(el);
      return style.overflowX !== 'visible' || style.overflowY !== 'visible';
    };
    /** Where the reader can see the point: inside the viewport and every clipping box around it. */
    const shown = (el: Element, x: number, y: number) => {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        if (!clips(box)) continue;
        const r = box.getBoundingClientRect();
        if (x < r.left || x > r.right || y < r.top || y > r.bottom) return false;
      }
      return true;
    };
    for (const selector of arg.controls) {
      for (const control of document.querySelectorAll(selector)) {
        const r = control.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (!shown(control, x, y)) continue;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !(hit === control || control.contains(hit))) problems.push(`${label(control)} takes no click: ${name(hit)} is on top`);
      }
    }
    const overlaps = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const inside = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
    if (arg.cards) {
      // Cards on screen: a recycling list parks the cards it does not show far outside it.
      const onScreen = (r: DOMRect) => r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
      const cards = [...document.querySelectorAll(arg.cards)].filter((card) => onScreen(card.getBoundingClientRect()));
      const rects = cards.map((card) => card.getBoundingClientRect());
      for (const node of document.querySelectorAll('ferry-translation')) {
        const own = node.closest(arg.cards);
        if (own && !cards.includes(own)) continue;
        for (const rect of node.getClientRects()) {
          if (rect.width === 0 || rect.height === 0) continue;
          cards.forEach((card, i) => {
            if (card !== own && overlaps(rect, rects[i]!)) problems.push(`translation of ${label(node.parentElement!)} covers another card ${label(card)}`);
          });
          if (own && !inside(rect, own.getBoundingClientRect())) problems.push(`translation spills out of its card ${label(own)}`);
        }
      }
    }
    for (const selector of arg.inViewport ?? []) {
      for (const el of document.querySelectorAll(selector)) {
        const r = el.getBoundingClientRect();
        if (r.top < -0.5 || r.bottom > innerHeight + 0.5 || r.left < -0.5 || r.right > innerWidth + 0.5) {
          problems.push(`${label(el)} left the viewport: ${Math.round(r.top)}..${Math.round(r.bottom)} of ${innerHeight}`);
        }
      }
    }
    return problems;
  }, check);
}

/**
 * Done translations the reader cannot see: no box, cut off by a clipping box, or painted over
 * (the point at the start of their first line belongs to something else).
 */
export async function unseenTranslations(page: PageLike, within = 'body'): Promise<string[]> {
  return page.evaluate((scope) => {
    const found: string[] = [];
    for (const node of document.querySelectorAll(`${scope} ferry-translation[data-state="done"]`)) {
      const text = (node.textContent ?? '').slice(0, 30);
      const first = node.getClientRects()[0];
      if (!first || first.width < 1 || first.height < 1) {
        found.push(`${text}: no box`);
        continue;
      }
      const x = first.left + Math.min(first.width / 2, 12);
      const y = first.top + first.height / 2;
      let cut = false;
      for (let el = node.parentElement; el && el !== document.body; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const box = el.getBoundingClientRect();
        // Scrolling boxes: what is scrolled out of them is reachable, not cut off.
        if (style.overflowY === 'auto' || style.overflowY === 'scroll') {
          if (y < box.top || y > box.bottom) {
            cut = true;
            break;
          }
          continue;
        }
        if (first.top < box.top - 1 || first.bottom > box.bottom + 1 || first.right > box.right + 1) {
          found.push(`${text}: cut by ${el.className || el.localName}`);
          cut = true;
          break;
        }
      }
      if (cut || y < 0 || y >= innerHeight || x < 0 || x >= innerWidth) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit || !node.contains(hit)) found.push(`${text}: painted over by ${hit?.className || hit?.localName}`);
    }
    return found;
  }, within);
}
