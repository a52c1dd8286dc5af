import type { ComposeField } from './compose-field';
import { insertText } from './insert-text';

/**
 * A `<textarea>` or text `<input>`. Its text is replaced with the browser's own editing command
 * (select all, insert text): that fires `beforeinput` and `input` as typing does, so React's
 * controlled inputs and Vue's v-model take the new value, and it joins the field's undo history.
 */
export function formControlField(field: HTMLTextAreaElement | HTMLInputElement): ComposeField {
  return {
    element: field,
    read: () => field.value,
    replace(text) {
      field.focus();
      field.setSelectionRange(0, field.value.length);
      const doc = field.ownerDocument;
      if (insertText(doc, text) && field.value === text) return;
      // No editing command here: set the value through the element's own setter (which React
      // tracks) and announce it as an input; undo cannot bring this one back.
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
      if (setter) setter.call(field, text);
      else field.value = text;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    },
  };
}
