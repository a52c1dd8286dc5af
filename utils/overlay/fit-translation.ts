import { GLOSS_TAG, TRANSLATION_TAG } from '../extract/skip-rules';
import { layoutGuard } from './layout-guard';

/**
 * Fitting translations into boxes the page sizes itself (see layout-guard.ts). There a
 * translation never grows anything: it is tried in the flow first, and kept there only if the
 * box keeps its size and nothing spills out of it. Otherwise it is laid over the unit's own
 * lines, never outside them: in the free end of the last line when there is room ("tail"), else
 * over the last lines of the original, which keeps at least its first line ("cover"). Either
 * way it is clamped with an ellipsis and the full text is on hover. A pending translation there
 * stays hidden ("wait"): a row of dots must not grow a card either.
 *
 * Measuring is batched for all units of a frame: every read of a phase, then every write.
 */
export const FIT_ATTR = 'data-ferry-fit';
/** On a unit that hosts a laid-over translation and was not a containing block of its own. */
export const COVER_HOST_ATTR = 'data-ferry-cover-host';

/**
 * flow: free to grow (clipping boxes may be opened for it); inside: in the flow of a box the page
 * sizes, where it fits as it is (nothing may be opened); the others: see above.
 */
export type FitMode = 'flow' | 'inside' | 'wait' | 'cover' | 'tail';

export interface FitItem {
  unit: Element;
  node: HTMLElement;
  /** The translation (or its error) is there to show; false while pending. */
  ready: boolean;
  /** The site adapter's box for this unit, where CSS alone does not show it is fixed. */
  compactBox: Element | null;
  /** Shown on hover (glossary entries for its terms). */
  hint?: string;
}

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement extends Box {
  mode: 'cover' | 'tail';
  lines: number;
}

/** Room the last line must have free to take the translation beside the original. */
const MIN_TAIL_PX = 56;
const MIN_TAIL_SHARE = 0.35;
const TAIL_GAP_PX = 6;
/** Of a single full line, the share the translation may lay itself over. */
const MAX_HALF_SHARE = 0.5;
const FIT_PROPS = ['--ferry-top', '--ferry-left', '--ferry-width', '--ferry-height', '--ferry-lines', '--ferry-line', '--ferry-bg'];

function clearFit(item: FitItem): void {
  item.node.removeAttribute(FIT_ATTR);
  for (const prop of FIT_PROPS) item.node.style.removeProperty(prop);
  if (item.node.getAttribute('style') === '') item.node.removeAttribute('style');
  item.unit.removeAttribute(COVER_HOST_ATTR);
}

function sizeOf(element: Element) {
  const rect = element.getBoundingClientRect();
  return { rect, scrollHeight: element.scrollHeight, scrollWidth: element.scrollWidth };
}

/** The unit's content box (inside padding and border), in viewport coordinates. */
function contentBox(unit: Element, view: Window): Box {
  const rect = unit.getBoundingClientRect();
  const style = view.getComputedStyle(unit);
  const px = (value: string) => Number.parseFloat(value) || 0;
  return {
    top: rect.top + px(style.borderTopWidth) + px(style.paddingTop),
    bottom: rect.bottom - px(style.borderBottomWidth) - px(style.paddingBottom),
    left: rect.left + px(style.borderLeftWidth) + px(style.paddingLeft),
    right: rect.right - px(style.borderRightWidth) - px(style.paddingRight),
  };
}

/** The lines of the unit's own text that the reader sees, top to bottom. */
function visibleLines(unit: Element, within: Box): Box[] {
  const doc = unit.ownerDocument;
  const walker = doc.createTreeWalker(unit, 0x4, {
    acceptNode: (node) =>
      node.parentElement?.closest(`${TRANSLATION_TAG}, ${GLOSS_TAG}`) || !/\S/.test((node as Text).data) ? 3 : 1,
  });
  const range = doc.createRange();
  const rects: DOMRect[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) rects.push(rect);
  }
  rects.sort((a, b) => a.top - b.top);
  const lines: Box[] = [];
  for (const rect of rects) {
    const last = lines.at(-1);
    if (last && rect.top < last.bottom - 2) {
      last.top = Math.min(last.top, rect.top);
      last.bottom = Math.max(last.bottom, rect.bottom);
      last.left = Math.min(last.left, rect.left);
      last.right = Math.max(last.right, rect.right);
    } else {
      lines.push({ top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right });
    }
  }
  // Lines cut off by the box (a line clamp, a fixed height) are not seen.
  return lines.filter((line) => line.top >= within.top - 1 && line.bottom <= within.bottom + 1);
}

/**
 * The box a translation may lie in: the unit's content box; for an inline unit (a link among
 * others on a line) only the extent of its own last line, never its neighbours' text.
 */
function ownBox(unit: Element, view: Window): Box {
  const box = contentBox(unit, view);
  if (view.getComputedStyle(unit).display !== 'inline') return box;
  const last = [...unit.getClientRects()].at(-1);
  return last ? { top: box.top, bottom: box.bottom, left: last.left, right: last.right } : box;
}

/** The unit's own text, without Ferry's nodes. */
function visibleText(unit: Element): string {
  let text = '';
  const walker = unit.ownerDocument.createTreeWalker(unit, 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(`${TRANSLATION_TAG}, ${GLOSS_TAG}`)) text += (node as Text).data;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The colour behind the unit, so a translation laid over its lines hides them cleanly. */
function backgroundOf(unit: Element, view: Window): string {
  for (let el: Element | null = unit; el; el = el.parentElement) {
    const color = view.getComputedStyle(el).backgroundColor;
    const alpha = color.match(/rgba?\([^)]*,\s*([\d.]+)\)$/);
    if (color && color !== 'transparent' && (!alpha || Number(alpha[1]) >= 0.5)) return color;
  }
  return 'Canvas';
}

/** Where a translation goes over a unit's visible lines (viewport coordinates), if anywhere. */
export function placeOverLines(lines: Box[], box: Box): Placement | undefined {
  const last = lines.at(-1);
  if (!last) return undefined;
  const width = box.right - box.left;
  const tail = box.right - last.right - TAIL_GAP_PX;
  if (tail >= Math.max(MIN_TAIL_PX, width * MIN_TAIL_SHARE)) {
    return { mode: 'tail', top: last.top, bottom: last.bottom, left: last.right + TAIL_GAP_PX, right: box.right, lines: 1 };
  }
  // A single full line keeps its first half; a label too narrow to halve is swapped whole (the
  // original is on hover).
  if (lines.length === 1) {
    const left = width < 2 * MIN_TAIL_PX ? box.left : box.left + width * (1 - MAX_HALF_SHARE);
    return { mode: 'cover', top: last.top, bottom: last.bottom, left, right: box.right, lines: 1 };
  }
  const covered = Math.max(1, Math.floor(lines.length / 2));
  const first = lines[lines.length - covered]!;
  return { mode: 'cover', top: first.top, bottom: last.bottom, left: box.left, right: box.right, lines: covered };
}

function within(rect: DOMRect, box: DOMRect): boolean {
  return rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1 && rect.left >= box.left - 1 && rect.right <= box.right + 1;
}

/** The box cuts off what overflows it (any overflow but visible, or a line clamp). */
function cutsOff(style: CSSStyleDeclaration): boolean {
  const hidden = (value: string) => value !== 'visible';
  const clamp = style.getPropertyValue('-webkit-line-clamp');
  return hidden(style.overflowX) || hidden(style.overflowY) || (clamp !== '' && clamp !== 'none');
}

/**
 * The node is seen whole and stays in its boxes: every box between it and the guard (inclusive)
 * holds it. One that does not either cuts it off (a clip, a line clamp) or lets it spill over
 * whatever lies beside (a button of fixed height).
 */
function heldByItsBoxes(node: Element, guard: Element, view: Window): boolean {
  const rect = node.getBoundingClientRect();
  if (rect.height === 0 || rect.width === 0) return false;
  for (let el = node.parentElement; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    const inline = style.display === 'inline' || style.display === 'contents';
    if ((cutsOff(style) || !inline) && !within(rect, el.getBoundingClientRect())) return false;
    if (el === guard) break;
  }
  return true;
}

/**
 * Lays out each item's translation so it never grows a box the page sizes. Returns each item's
 * mode. Call after the nodes are in the DOM, once per frame for all changed units.
 */
export function fitTranslations(items: FitItem[]): FitMode[] {
  const modes = fitModes(items);
  items.forEach((item, i) => {
    // Laid over the original and clamped: both texts in full on hover. Else only the hint.
    const fitted = modes[i] === 'cover' || modes[i] === 'tail';
    const title = fitted ? [visibleText(item.unit), item.node.textContent ?? '', item.hint].filter(Boolean).join('\n') : item.hint;
    if (title) item.node.title = title;
    else item.node.removeAttribute('title');
  });
  return modes;
}

function fitModes(items: FitItem[]): FitMode[] {
  const modes: FitMode[] = items.map(() => 'flow');
  const view = items[0]?.unit.ownerDocument.defaultView;
  if (!view) return modes;

  const guards = items.map((item) => (item.node.isConnected ? layoutGuard(item.unit, item.compactBox) : null));
  const tried: number[] = [];
  items.forEach((item, i) => {
    if (!guards[i]) return clearFit(item);
    if (!item.ready) {
      clearFit(item);
      item.node.setAttribute(FIT_ATTR, 'wait');
      modes[i] = 'wait';
      return;
    }
    clearFit(item);
    item.node.setAttribute(FIT_ATTR, 'wait');
    tried.push(i);
  });
  if (tried.length === 0) return modes;

  // Without the translations: the boxes as the page sized them, and the units' own lines.
  const before = tried.map((i) => {
    const guard = guards[i]!;
    const box = ownBox(items[i]!.unit, view);
    const guardRect = guard.getBoundingClientRect();
    return {
      guard: sizeOf(guard),
      box,
      lines: visibleLines(items[i]!.unit, { ...box, bottom: Math.min(box.bottom, guardRect.bottom) }),
      background: backgroundOf(items[i]!.unit, view),
    };
  });
  // In the flow: kept where the box keeps its size and nothing spills out of it.
  for (const i of tried) items[i]!.node.removeAttribute(FIT_ATTR);
  const placements = tried.map((i, n) => {
    const was = before[n]!.guard;
    const now = sizeOf(guards[i]!);
    const fits =
      Math.abs(now.rect.height - was.rect.height) < 0.5 &&
      Math.abs(now.rect.width - was.rect.width) < 0.5 &&
      now.scrollHeight <= Math.max(was.scrollHeight, Math.ceil(was.rect.height)) &&
      now.scrollWidth <= Math.max(was.scrollWidth, Math.ceil(was.rect.width)) &&
      within(items[i]!.node.getBoundingClientRect(), now.rect) &&
      heldByItsBoxes(items[i]!.node, guards[i]!, view);
    if (fits) modes[i] = 'inside';
    return fits ? undefined : placeOverLines(before[n]!.lines, before[n]!.box) ?? null;
  });
  // Laid over the unit's lines: first at the containing block's origin, to learn where that is.
  tried.forEach((i, n) => {
    const placement = placements[n];
    const { node, unit } = items[i]!;
    if (placement === undefined) return;
    if (placement === null) {
      node.setAttribute(FIT_ATTR, 'wait');
      modes[i] = 'wait';
      return;
    }
    // Placed within the unit itself, so it moves with it whatever shifts around it in the box.
    if (view.getComputedStyle(unit).position === 'static') unit.setAttribute(COVER_HOST_ATTR, '');
    node.setAttribute(FIT_ATTR, placement.mode);
    const height = placement.bottom - placement.top;
    node.style.setProperty('--ferry-top', '0px');
    node.style.setProperty('--ferry-left', '0px');
    node.style.setProperty('--ferry-width', `${placement.right - placement.left}px`);
    node.style.setProperty('--ferry-height', `${height}px`);
    node.style.setProperty('--ferry-lines', String(placement.lines));
    node.style.setProperty('--ferry-line', `${height / placement.lines}px`);
    node.style.setProperty('--ferry-bg', before[n]!.background);
    modes[i] = placement.mode;
  });
  const origins = tried.map((i, n) => (placements[n] ? items[i]!.node.getBoundingClientRect() : undefined));
  tried.forEach((i, n) => {
    const placement = placements[n];
    const origin = origins[n];
    if (!placement || !origin) return;
    items[i]!.node.style.setProperty('--ferry-top', `${placement.top - origin.top}px`);
    items[i]!.node.style.setProperty('--ferry-left', `${placement.left - origin.left}px`);
  });
  return modes;
}

/** Takes a translation back to the flow (Ferry turned off, or the unit is gone). */
export function releaseFit(unit: Element, node: HTMLElement | undefined): void {
  unit.removeAttribute(COVER_HOST_ATTR);
  if (node) clearFit({ unit, node, ready: false, compactBox: null });
}
