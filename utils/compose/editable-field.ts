import type { ComposeField } from './compose-field';
import { insertText } from './insert-text';

/**
 * A `contenteditable` editor (RedNote's `p#content-textarea`, chat boxes, mention editors). Its
 * text is replaced by selecting all of it and inserting text with the browser's editing command:
 * the editor's app sees `beforeinput` / `input` as from typing, and one undo restores the text.
 */
export function editableField(host: HTMLElement): ComposeField {
  return {
    element: host,
    read: () => host.innerText,
    replace(text) {
      host.focus();
      const doc = host.ownerDocument;
      doc.getSelection()?.selectAllChildren(host);
      if (insertText(doc, text) && host.innerText.trim() === text.trim()) return;
      // No editing command here: write the text and announce it as an input.
      host.textContent = text;
      host.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    },
  };
}
