import { defaultSettings, type Settings } from '@/utils/settings/schema';
import { MigrationError } from '@/utils/settings/migrations';
import { loadSettings, parseSettings, saveSettings } from '@/utils/settings/settings-store';

export const SETTINGS_FILE_NAME = 'ferry-settings.json';

// `version` and every settings field, read from the defaults (the schema's source).
const SETTINGS_KEYS = Object.keys(defaultSettings());

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

/**
 * The stored settings as the text of an export file. API keys stay out of it unless the user
 * asks for them (a settings file is easily shared); importing a file without keys keeps the keys
 * already stored.
 */
export async function exportSettingsText({ includeKeys = false }: { includeKeys?: boolean } = {}): Promise<string> {
  const settings = await loadSettings();
  const providers = includeKeys
    ? settings.providers
    : Object.fromEntries(Object.entries(settings.providers).map(([id, config]) => [id, { ...config, apiKey: '' }]));
  return `${JSON.stringify({ ...settings, providers }, null, 2)}\n`;
}

/** A file's providers take the stored key wherever the file has none (an export without keys). */
function keepStoredKeys(imported: Settings, stored: Settings): Settings {
  const providers = Object.fromEntries(
    Object.entries(imported.providers).map(([id, config]) => [
      id,
      config.apiKey === '' ? { ...config, apiKey: stored.providers[id as keyof Settings['providers']].apiKey } : config,
    ]),
  ) as Settings['providers'];
  return { ...imported, providers };
}

/**
 * Reads an export file's text and, only if it is usable, saves it: missing or bad fields take
 * their defaults one by one. Anything unusable (not JSON, not an object, no Ferry settings in it,
 * from a newer Ferry) leaves storage untouched and comes back as a sentence for the user.
 */
export async function importSettingsText(text: string): Promise<ImportResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so nothing was changed.' };
  }
  // parseSettings reads null as "nothing stored yet"; in a file it means a wrong file.
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      error: 'This file does not hold Ferry settings (expected a JSON object), so nothing was changed.',
    };
  }
  // Repair would turn any other JSON object ({}, a package.json) into all defaults and save them,
  // wiping keys and site rules; a file with nothing of Ferry's in it is the wrong file.
  if (!SETTINGS_KEYS.some((key) => Object.hasOwn(raw, key))) {
    return {
      ok: false,
      error: 'This file does not hold Ferry settings (it has none of Ferry’s fields), so nothing was changed.',
    };
  }
  let settings: Settings;
  try {
    settings = parseSettings(raw);
  } catch (error) {
    if (error instanceof MigrationError) {
      return { ok: false, error: `${error.message} Nothing was changed.` };
    }
    return {
      ok: false,
      error: `These settings could not be read, so nothing was changed. (${String(error)})`,
    };
  }
  settings = keepStoredKeys(settings, await loadSettings());
  await saveSettings(settings);
  return { ok: true, settings };
}
