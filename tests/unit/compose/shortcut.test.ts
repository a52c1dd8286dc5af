import { describe, expect, it } from 'vitest';
import { formatShortcut, matchesShortcut, parseShortcut, shortcutFromEvent } from '../../../utils/compose/shortcut';

const key = (k: string, code: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey', boolean>> = {}) => ({
  key: k,
  code,
  altKey: false,
  ctrlKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('keyboard shortcuts for writing back', () => {
  it('parses and writes them one canonical way', () => {
    expect(formatShortcut(parseShortcut('alt+enter')!)).toBe('Alt+Enter');
    expect(formatShortcut(parseShortcut('Shift + Ctrl + k')!)).toBe('Ctrl+Shift+K');
    expect(formatShortcut(parseShortcut('Cmd+Enter')!)).toBe('Meta+Enter');
  });

  it('refuses what would take a key a writer types (no modifier, Shift alone) and anything malformed', () => {
    for (const text of ['Enter', 'K', 'Shift+Enter', 'Alt+', 'Alt+Alt+K', 'Hyper+K', 'Alt+Escape', '']) {
      expect(parseShortcut(text), text).toBeUndefined();
    }
  });

  it('matches the key event it names, and only that one', () => {
    const shortcut = parseShortcut('Alt+Enter')!;
    expect(matchesShortcut(key('Enter', 'Enter', { altKey: true }), shortcut)).toBe(true);
    expect(matchesShortcut(key('Enter', 'Enter'), shortcut)).toBe(false);
    expect(matchesShortcut(key('Enter', 'Enter', { altKey: true, shiftKey: true }), shortcut)).toBe(false);
  });

  it('goes by the physical key where Alt changes the character (macOS: Alt+K types ˚)', () => {
    expect(matchesShortcut(key('˚', 'KeyK', { altKey: true }), parseShortcut('Alt+K')!)).toBe(true);
  });

  it('records a new shortcut from a key press, ignoring a bare modifier', () => {
    expect(shortcutFromEvent(key('j', 'KeyJ', { ctrlKey: true, shiftKey: true }))).toBe('Ctrl+Shift+J');
    expect(shortcutFromEvent(key('Control', 'ControlLeft', { ctrlKey: true }))).toBeUndefined();
    expect(shortcutFromEvent(key('a', 'KeyA'))).toBeUndefined();
  });
});
