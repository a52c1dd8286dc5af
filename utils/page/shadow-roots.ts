import overlayCss from '../overlay/overlay.css?inline';

/** Marks the style sheet Ferry puts in a shadow root (the page's own styles never reach in). */
export const SHADOW_STYLE_ATTR = 'data-ferry-style';

/**
 * The open shadow roots of `scope` and of everything in it, nested ones included (web
 * components that render their text inside a shadow tree, where a document-wide walk never goes).
 */
export function openShadowRoots(scope: Element | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (root: Element | ShadowRoot) => {
    if (root instanceof Element && root.shadowRoot) found.push(root.shadowRoot);
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(element.shadowRoot);
  };
  visit(scope);
  for (let i = 0; i < found.length; i++) visit(found[i]!);
  return found;
}

/** Gives a shadow root Ferry's overlay styles (as a sheet of its own, removed when Ferry stops). */
export function addOverlayStyle(shadow: ShadowRoot): void {
  if (shadow.querySelector(`style[${SHADOW_STYLE_ATTR}]`)) return;
  const style = shadow.ownerDocument.createElement('style');
  style.setAttribute(SHADOW_STYLE_ATTR, '');
  style.textContent = overlayCss;
  shadow.append(style);
}

export function removeOverlayStyle(shadow: ShadowRoot): void {
  shadow.querySelector(`style[${SHADOW_STYLE_ATTR}]`)?.remove();
}
