import { editableField } from './editable-field';
import { formControlField } from './form-control-field';

/**
 * A field the reader writes in, as Ferry handles it when asked to turn its text into Chinese.
 * One module per kind of field; this picks the kind.
 */
export interface ComposeField {
  /** The element the reader types in (the editing host of a rich editor). */
  element: HTMLElement;
  /** Its whole text, as the reader sees it. */
  read(): string;
  /**
   * Replaces its whole text as typing would: the page's own app (Vue, React, a mention library)
   * sees the editing events it listens to, and one undo gives the old text back.
   */
  replace(text: string): void;
}

/** Input types that hold free text a reader writes (not a password, a number or a date). */
const TEXT_INPUTS = new Set(['text', 'search', '']);

/** The field Ferry may write in at `target` (the focused element), or none. */
export function composeFieldOf(target: EventTarget | null): ComposeField | undefined {
  if (!(target instanceof Element)) return undefined;
  const view = target.ownerDocument.defaultView;
  if (!view) return undefined;
  if (target instanceof view.HTMLTextAreaElement) {
    return target.readOnly || target.disabled ? undefined : formControlField(target);
  }
  if (target instanceof view.HTMLInputElement) {
    const type = (target.getAttribute('type') ?? '').toLowerCase();
    return TEXT_INPUTS.has(type) && !target.readOnly && !target.disabled ? formControlField(target) : undefined;
  }
  if (target instanceof view.HTMLElement && target.isContentEditable) {
    // The editing host: the outermost editable element around the caret.
    let host = target;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return editableField(host);
  }
  return undefined;
}
