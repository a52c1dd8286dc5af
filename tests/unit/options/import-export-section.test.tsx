// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportExportSection } from '@/entrypoints/options/import-export-section';
import { defaultSettings } from '@/utils/settings/schema';

let root: HTMLElement;
let onImported: Mock<() => void>;

const before = { ...defaultSettings(), sites: { 'weibo.com': 'always' } };

function byTestId<T extends Element = HTMLElement>(id: string): T {
  const found = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no [data-testid=${id}]`);
  return found;
}

async function pick(file: File): Promise<void> {
  const input = byTestId<HTMLInputElement>('options-import');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function settingsFile(settings: unknown): File {
  return new File([JSON.stringify(settings)], 'ferry-settings.json', { type: 'application/json' });
}

beforeEach(async () => {
  await fakeBrowser.storage.local.set({ settings: before });
  onImported = vi.fn<() => void>();
  root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(<ImportExportSection onImported={onImported} />, root);
  });
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('ImportExportSection', () => {
  it('imports a settings file and says so', async () => {
    await pick(settingsFile({ ...defaultSettings(), targetLanguage: 'fr' }));
    await vi.waitFor(() => expect(onImported).toHaveBeenCalledOnce());
    expect(byTestId('options-import-done').textContent).toMatch(/ferry-settings\.json/);
  });

  it('shows why when the file cannot be read, and changes nothing', async () => {
    const file = settingsFile(defaultSettings());
    vi.spyOn(file, 'text').mockRejectedValue(new Error('The file changed while it was read.'));
    await pick(file);
    await vi.waitFor(() =>
      expect(byTestId('options-import-error').textContent).toBe(
        'Could not import ferry-settings.json: The file changed while it was read.',
      ),
    );
    expect(onImported).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(before);
  });

  it('shows why when the settings cannot be saved', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await pick(settingsFile({ ...defaultSettings(), targetLanguage: 'fr' }));
    await vi.waitFor(() =>
      expect(byTestId('options-import-error').textContent).toMatch(/QUOTA_BYTES quota exceeded/),
    );
    expect(onImported).not.toHaveBeenCalled();
  });
});
