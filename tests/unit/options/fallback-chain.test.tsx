// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { FallbackChain } from '@/entrypoints/options/fallback-chain';
import type { SaveSettings } from '@/entrypoints/options/settings-props';
import { defaultSettings, type Settings } from '@/utils/settings/schema';

let root: HTMLElement;

function settings(change: Partial<Settings>): Settings {
  return { ...defaultSettings(), ...change };
}

/**
 * Renders the chain from `shown` and never re-renders it, while saves apply to `stored`: the
 * page between a change and its redraw, or after the popup changed the settings.
 */
function mount(shown: Settings, stored: Settings): { stored: () => Settings } {
  let current = stored;
  const save: SaveSettings = (change) => {
    current = change(current);
  };
  root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(<FallbackChain settings={shown} save={save} />, root);
  });
  return { stored: () => current };
}

function button(label: string): HTMLButtonElement {
  const found = root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('FallbackChain', () => {
  it('removes a fallback from the stored chain, keeping one added since the page drew it', () => {
    // The popup made LibreTranslate the translator, so Microsoft is now the fallback.
    const page = mount(
      settings({ provider: 'microsoft', fallbacks: ['libretranslate'] }),
      settings({ provider: 'libretranslate', fallbacks: ['microsoft'] }),
    );
    act(() => button('Remove LibreTranslate (self-hosted)').click());
    expect(page.stored().fallbacks).toEqual(['microsoft']);
  });

  it('adds a fallback to the end of the stored chain, once', () => {
    const page = mount(
      settings({ provider: 'microsoft', fallbacks: [] }),
      settings({ provider: 'microsoft', fallbacks: [] }),
    );
    const add = root.querySelector<HTMLSelectElement>('[data-testid=options-fallback-add]');
    if (!add) throw new Error('no add select');
    act(() => {
      add.value = 'libretranslate';
      add.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => {
      add.value = 'libretranslate';
      add.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(page.stored().fallbacks).toEqual(['libretranslate']);
  });
});
