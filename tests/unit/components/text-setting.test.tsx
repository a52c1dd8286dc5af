// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextSetting } from '@/components/text-setting';

let root: HTMLElement;

function mount(props: Partial<Parameters<typeof TextSetting>[0]> = {}) {
  const onCommit = vi.fn();
  root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(
      <TextSetting
        id="endpoint"
        label="Server address"
        value="http://127.0.0.1:5000"
        testId="field"
        onCommit={onCommit}
        validate={(value) => (value.startsWith('http') ? null : 'Must be http')}
        {...props}
      />,
      root,
    );
  });
  const input = root.querySelector<HTMLInputElement>('[data-testid=field]');
  if (!input) throw new Error('input not rendered');
  return { input, onCommit };
}

function commit(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('TextSetting', () => {
  it('commits a valid changed value', () => {
    const { input, onCommit } = mount();
    commit(input, 'https://proxy.example.com');
    expect(onCommit).toHaveBeenCalledWith('https://proxy.example.com');
    expect(root.querySelector('[data-testid=field-error]')).toBeNull();
  });

  it('keeps an invalid value on screen with an inline error, and does not commit it', () => {
    const { input, onCommit } = mount();
    commit(input, 'ftp://nope');
    expect(onCommit).not.toHaveBeenCalled();
    expect(input.value).toBe('ftp://nope');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('[data-testid=field-error]')?.textContent).toBe('Must be http');
  });

  it('resets to the default value through its button', () => {
    const { input, onCommit } = mount({ resetTo: 'https://default.example.com' });
    commit(input, 'ftp://nope');
    const reset = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Reset to default');
    act(() => reset?.click());
    expect(onCommit).toHaveBeenCalledWith('https://default.example.com');
    expect(root.querySelector('[data-testid=field-error]')).toBeNull();
  });

  it('masks a secret until Show is pressed', () => {
    const { input } = mount({ secret: true, validate: undefined });
    expect(input.type).toBe('password');
    const show = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Show');
    act(() => show?.click());
    expect(input.type).toBe('text');
  });

  it('keeps the error of a value committed before the field’s first effects ran', () => {
    const onCommit = vi.fn();
    root = document.createElement('div');
    document.body.append(root);
    // Rendered outside act(): as on a page, the field's effects wait for the next frame.
    render(
      <TextSetting
        id="endpoint"
        label="Server address"
        value="http://127.0.0.1:5000"
        testId="field"
        onCommit={onCommit}
        validate={(value) => (value.startsWith('http') ? null : 'Must be http')}
      />,
      root,
    );
    const input = root.querySelector<HTMLInputElement>('[data-testid=field]');
    if (!input) throw new Error('input not rendered');
    commit(input, 'ftp://nope');
    expect(onCommit).not.toHaveBeenCalled();
    expect(input.value).toBe('ftp://nope');
    expect(root.querySelector('[data-testid=field-error]')?.textContent).toBe('Must be http');
  });

  it('shows a new stored value in place of the draft and its error', () => {
    const { input } = mount();
    commit(input, 'ftp://nope');
    act(() => {
      render(
        <TextSetting
          id="endpoint"
          label="Server address"
          value="https://imported.example.com"
          testId="field"
          onCommit={vi.fn()}
          validate={() => null}
        />,
        root,
      );
    });
    expect(input.value).toBe('https://imported.example.com');
    expect(root.querySelector('[data-testid=field-error]')).toBeNull();
  });
});
