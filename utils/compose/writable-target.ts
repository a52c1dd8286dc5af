/** Input types that hold free text a reader writes (not a password, a number or a date). */
const TEXT_INPUTS = new Set(['text', 'search', '']);

export type WritableTarget =
  | { kind: 'control'; element: HTMLInputElement | HTMLTextAreaElement }
  | { kind: 'editable'; element: HTMLElement };

/**
 * The field a reader may have Ferry write in at `target` (the focused element): a textarea or a
 * text input that can be edited, or the editing host (outermost editable element) of a rich
 * editor; never a password. Light enough for the gate, which runs on every page.
 */
export function writableTarget(target: EventTarget | null): WritableTarget | undefined {
  if (!(target instanceof Element)) return undefined;
  const view = target.ownerDocument.defaultView;
  if (!view) return undefined;
  if (target instanceof view.HTMLTextAreaElement) {
    return target.readOnly || target.disabled ? undefined : { kind: 'control', element: target };
  }
  if (target instanceof view.HTMLInputElement) {
    const type = (target.getAttribute('type') ?? '').toLowerCase();
    return TEXT_INPUTS.has(type) && !target.readOnly && !target.disabled ? { kind: 'control', element: target } : undefined;
  }
  if (target instanceof view.HTMLElement && target.isContentEditable) {
    let host = target;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return { kind: 'editable', element: host };
  }
  return undefined;
}
