/**
 * Inserts text over the selection with the browser's editing command, as typing or pasting does:
 * `beforeinput` and `input` fire and the change joins the field's undo history. Deprecated on
 * paper, it is still the only way to do both in Chrome and Firefox. False where it is missing
 * or refused, so the caller can fall back.
 */
export function insertText(doc: Document, text: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}
