// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchCompose } from '../../../utils/compose/compose-writer';
import type { TranslateResult } from '../../../utils/messaging/protocol';

let controller: AbortController;
afterEach(() => controller.abort());

function writer(translate: (text: string, direction: { from: string; to: string }) => Promise<TranslateResult>) {
  controller = new AbortController();
  return watchCompose({
    doc: document,
    translate,
    settings: () => ({ shortcut: 'Alt+Enter', chinese: 'zh-Hans', readerLanguage: 'en' }),
    signal: controller.signal,
  });
}

const fakeTranslate = async (text: string, { to }: { from: string; to: string }): Promise<TranslateResult> => ({
  ok: true,
  text: `[${to}] ${text}`,
  cached: false,
});

describe('watchCompose', () => {
  it('turns a focused textarea into Chinese on the shortcut, announces it as input, and reads it back in the panel', async () => {
    document.body.innerHTML = '<textarea id="t">so cute</textarea>';
    const field = document.getElementById('t') as HTMLTextAreaElement;
    const inputs: string[] = [];
    field.addEventListener('input', () => inputs.push(field.value));
    writer(fakeTranslate);
    field.focus();
    const pageSaw = vi.fn();
    document.addEventListener('keydown', pageSaw);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', altKey: true, bubbles: true }));
    await vi.waitFor(() => expect(document.querySelector('ferry-compose')?.getAttribute('data-state')).toBe('done'));
    expect(field.value).toBe('[zh-Hans] so cute');
    expect(inputs).toEqual(['[zh-Hans] so cute']);
    expect(pageSaw).not.toHaveBeenCalled();
    expect(document.querySelector('ferry-compose')!.textContent).toContain('[en] [zh-Hans] so cute');
    expect(field.querySelector('ferry-compose')).toBeNull();
  });

  it('never acts on a password field, nor on a field with nothing written', async () => {
    document.body.innerHTML = '<input id="p" type="password" value="secret"><input id="e" type="text" value="  ">';
    const translate = vi.fn(fakeTranslate);
    writer(translate);
    for (const id of ['p', 'e']) {
      document.getElementById(id)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', altKey: true, bubbles: true }));
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(translate).not.toHaveBeenCalled();
    expect(document.querySelector('ferry-compose')).toBeNull();
    expect((document.getElementById('p') as HTMLInputElement).value).toBe('secret');
  });

  it('keeps what the reader wrote when the translator fails, with the reason and a Retry', async () => {
    document.body.innerHTML = '<input id="i" type="text" value="see you">';
    const failing = vi.fn(async (): Promise<TranslateResult> => ({ ok: false, error: { kind: 'quota', message: 'x' } }));
    const compose = writer(failing);
    (document.getElementById('i') as HTMLInputElement).focus();
    compose.writeFocused();
    await vi.waitFor(() => expect(document.querySelector('ferry-compose')?.getAttribute('data-state')).toBe('error'));
    expect((document.getElementById('i') as HTMLInputElement).value).toBe('see you');
    expect(document.querySelector('ferry-compose')!.textContent).toMatch(/quota/);
    expect(document.querySelector('ferry-compose button[title="Translate it again"]')).not.toBeNull();
  });
});
