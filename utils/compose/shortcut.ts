/**
 * Keyboard shortcuts as the options page shows them ("Alt+Enter", "Ctrl+Shift+K"): parsed,
 * checked and matched against key events. A shortcut needs a modifier other than Shift, so that
 * no key a writer types on its own is ever taken from the page.
 */
export interface Shortcut {
  alt: boolean;
  ctrl: boolean;
  shift: boolean;
  meta: boolean;
  /** KeyboardEvent.key, with letters upper-cased ("Enter", "K"). */
  key: string;
}

export const DEFAULT_COMPOSE_SHORTCUT = 'Alt+Enter';

const MODIFIERS = ['Ctrl', 'Alt', 'Shift', 'Meta'] as const;
const ALIASES: Record<string, (typeof MODIFIERS)[number]> = {
  ctrl: 'Ctrl',
  control: 'Ctrl',
  alt: 'Alt',
  option: 'Alt',
  shift: 'Shift',
  meta: 'Meta',
  cmd: 'Meta',
  command: 'Meta',
};
/** Keys a shortcut may end in: letters, digits, Enter and a few named keys. */
const KEY = /^([A-Z0-9]|Enter|Space|F([1-9]|1[0-2])|Period|Comma|Slash|Semicolon|Quote)$/;
const NAMED_KEYS = ['Enter', 'Space', 'Period', 'Comma', 'Slash', 'Semicolon', 'Quote'];

/** "k" -> "K", "enter" -> "Enter", "f5" -> "F5". */
function normaliseKey(key: string): string {
  if (key.length === 1 || /^f\d+$/i.test(key)) return key.toUpperCase();
  return NAMED_KEYS.find((name) => name.toLowerCase() === key.toLowerCase()) ?? key;
}

/** The shortcut a string names, or undefined when it is not one Ferry accepts. */
export function parseShortcut(text: string): Shortcut | undefined {
  const parts = text.split('+').map((part) => part.trim());
  const last = parts.pop();
  const key = last ? normaliseKey(last) : '';
  if (!KEY.test(key)) return undefined;
  const shortcut: Shortcut = { alt: false, ctrl: false, shift: false, meta: false, key };
  for (const part of parts) {
    const modifier = ALIASES[part.toLowerCase()];
    if (!modifier) return undefined;
    const field = modifier.toLowerCase() as 'alt' | 'ctrl' | 'shift' | 'meta';
    if (shortcut[field]) return undefined;
    shortcut[field] = true;
  }
  return shortcut.alt || shortcut.ctrl || shortcut.meta ? shortcut : undefined;
}

export function isShortcut(value: unknown): value is string {
  return typeof value === 'string' && parseShortcut(value) !== undefined;
}

/** The canonical way to write a shortcut ("Ctrl+Alt+K"). */
export function formatShortcut(shortcut: Shortcut): string {
  const held = MODIFIERS.filter((modifier) => shortcut[modifier.toLowerCase() as 'alt' | 'ctrl' | 'shift' | 'meta']);
  return [...held, shortcut.key].join('+');
}

/** The key named as a shortcut ends in it: `KeyboardEvent.key`, or its `code` for letters and digits. */
function keyOf(event: Pick<KeyboardEvent, 'key' | 'code'>): string {
  // With Alt held, macOS types a symbol ("Alt+K" gives "˚"): the physical key says what was meant.
  const physical = /^(Key|Digit)([A-Z0-9])$/.exec(event.code);
  if (physical) return physical[2]!;
  if (event.key === ' ') return 'Space';
  return normaliseKey(event.key);
}

export function matchesShortcut(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey'>,
  shortcut: Shortcut,
): boolean {
  return (
    event.altKey === shortcut.alt &&
    event.ctrlKey === shortcut.ctrl &&
    event.shiftKey === shortcut.shift &&
    event.metaKey === shortcut.meta &&
    keyOf(event) === shortcut.key
  );
}

/** The shortcut a key press would record (options page), or undefined for a bare modifier press. */
export function shortcutFromEvent(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey'>,
): string | undefined {
  if (['Alt', 'Control', 'Shift', 'Meta'].includes(event.key)) return undefined;
  const text = formatShortcut({
    alt: event.altKey,
    ctrl: event.ctrlKey,
    shift: event.shiftKey,
    meta: event.metaKey,
    key: keyOf(event),
  });
  return parseShortcut(text) ? text : undefined;
}
