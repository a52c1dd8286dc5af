import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings/schema';
import { loadSettings, updateSettings, watchSettings } from '@/utils/settings/settings-store';
import { messageOf } from './message-of';

export interface SettingsHandle {
  /** Null until the first load finishes. */
  settings: Settings | null;
  /** Set when stored settings cannot be read (e.g. written by a newer Ferry). */
  loadError: string | null;
  /** Applies a change, saves it, and resolves with what was stored. */
  update: (change: (current: Settings) => Settings) => Promise<Settings>;
  /** Reads storage again (after something else wrote it, e.g. an import). */
  reload: () => Promise<void>;
}

/** Current settings, kept fresh when another page (popup, options, import) changes them. */
export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setSettings(await loadSettings());
      setLoadError(null);
    } catch (error) {
      setLoadError(messageOf(error));
    }
  }, []);

  useEffect(() => {
    const unwatch = watchSettings((next) => {
      setSettings(next);
      setLoadError(null);
    });
    void reload();
    return unwatch;
  }, [reload]);

  const update = useCallback(async (change: (current: Settings) => Settings) => {
    const next = await updateSettings(change);
    setSettings(next);
    return next;
  }, []);

  return { settings, loadError, update, reload };
}
