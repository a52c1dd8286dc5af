import { editableField } from './editable-field';
import { formControlField } from './form-control-field';
import { writableTarget } from './writable-target';

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

/** The field Ferry may write in at `target` (the focused element), or none. */
export function composeFieldOf(target: EventTarget | null): ComposeField | undefined {
  const writable = writableTarget(target);
  if (!writable) return undefined;
  return writable.kind === 'control' ? formControlField(writable.element) : editableField(writable.element);
}
