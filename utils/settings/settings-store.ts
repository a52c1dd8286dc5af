import { storage } from '#imports';
import { migrateSettings } from './migrations';
import { repairSettings } from './repair';
import type { Settings } from './schema';

/** `storage.local` key `settings`: one JSON object (never `sync`: it holds API keys). */
const settingsItem = storage.defineItem<Record<string, unknown> | null>('local:settings', {
  fallback: null,
});

/** Parses a stored or imported value into valid settings. Throws MigrationError, never resets. */
export function parseSettings(raw: unknown): Settings {
  if (raw === null || raw === undefined) return repairSettings({});
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new TypeError('Settings must be a JSON object');
  }
  return repairSettings(migrateSettings(raw as Record<string, unknown>));
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/**
 * The settings to run on (the background, the page), whatever is stored: a value that cannot be
 * read as a whole (not an object, from a newer Ferry) is read field by field as this version
 * understands them, each bad field alone falling back. Nothing is written back.
 */
export async function loadRunningSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  try {
    return parseSettings(raw);
  } catch {
    return repairSettings(typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {});
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(repairSettings(settings) as unknown as Record<string, unknown>);
}

let lastUpdate: Promise<unknown> = Promise.resolve();

/**
 * Applies `change` to the current settings and saves the result. Updates made from this page run
 * one after another, each on the result of the one before, so two quick changes cannot lose one.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const update = lastUpdate.then(async () => {
    const next = repairSettings(change(await loadSettings()));
    await settingsItem.setValue(next as unknown as Record<string, unknown>);
    return next;
  });
  lastUpdate = update.catch(() => undefined);
  return update;
}

/** Calls `listener` with fresh settings whenever they change; returns the unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => {
    try {
      listener(parseSettings(raw));
    } catch {
      // A value from a newer Ferry: keep running on what we had rather than on defaults.
    }
  });
}
