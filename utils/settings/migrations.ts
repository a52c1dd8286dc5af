import { SETTINGS_VERSION } from './schema';

/**
 * Pure `vN -> vN+1` steps, keyed by the version they start from. Each has before/after fixtures
 * in its test. Settings written before versions existed (no `version`) count as version 1.
 */
type Migration = (settings: Record<string, unknown>) => Record<string, unknown>;
const MIGRATIONS: Record<number, Migration> = {};

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

/**
 * Brings a stored or imported object up to the current version. Throws MigrationError (never
 * resets) when the object is from a newer Ferry or a step fails, so callers can keep the user's
 * data untouched and say what went wrong.
 */
export function migrateSettings(
  input: Record<string, unknown>,
  migrations: Record<number, Migration> = MIGRATIONS,
  target = SETTINGS_VERSION,
): Record<string, unknown> {
  const from = input.version ?? 1;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    throw new MigrationError(`Unknown settings version: ${JSON.stringify(from)}`);
  }
  if (from > target) {
    throw new MigrationError(
      `These settings come from a newer Ferry (version ${from}; this one reads up to ${target}).`,
    );
  }
  let settings = input;
  for (let version = from; version < target; version++) {
    const step = migrations[version];
    if (!step) throw new MigrationError(`No migration from settings version ${version}`);
    try {
      settings = { ...step(settings), version: version + 1 };
    } catch (error) {
      throw new MigrationError(`Migrating settings from version ${version} failed: ${String(error)}`);
    }
  }
  return settings;
}
