import { describe, expect, it } from 'vitest';
import { MigrationError, migrateSettings } from '../../../utils/settings/migrations';
import { SETTINGS_VERSION } from '../../../utils/settings/schema';

type Settings = Record<string, unknown>;

/** A made-up history: v1 named the target `target`, v2 kept `style` at the top level. */
const V1: Settings = { enabled: true, target: 'fr', style: 'plain' };
const V2: Settings = { version: 2, enabled: true, targetLanguage: 'fr', style: 'plain' };
const V3: Settings = { version: 3, enabled: true, targetLanguage: 'fr', display: { style: 'plain' } };

const HISTORY = {
  1: ({ target, ...rest }: Settings) => ({ ...rest, targetLanguage: target }),
  2: ({ style, ...rest }: Settings) => ({ ...rest, display: { style } }),
};

describe('migrateSettings', () => {
  it('leaves current settings as they are', () => {
    const current = { version: SETTINGS_VERSION, enabled: false };
    expect(migrateSettings(current)).toEqual(current);
  });

  it('reads settings without a version as version 1', () => {
    const legacy = { enabled: false, targetLanguage: 'de' };
    expect(migrateSettings(legacy, HISTORY, 2)).toEqual({ ...HISTORY[1](legacy), version: 2 });
    expect(migrateSettings(legacy)).toEqual(legacy);
  });

  it('runs each pure step in order, from v1 to the target', () => {
    expect(migrateSettings(V1, HISTORY, 2)).toEqual(V2);
    expect(migrateSettings(V1, HISTORY, 3)).toEqual(V3);
  });

  it('starts from the stored version and skips the steps before it', () => {
    const steps: number[] = [];
    const recording = {
      1: (s: Settings) => (steps.push(1), s),
      2: (s: Settings) => (steps.push(2), s),
      3: (s: Settings) => (steps.push(3), s),
    };
    migrateSettings({ version: 2 }, recording, 4);
    expect(steps).toEqual([2, 3]);
  });

  it('does not modify its input', () => {
    const input = structuredClone(V1);
    migrateSettings(input, HISTORY, 3);
    expect(input).toEqual(V1);
  });

  it('refuses settings from a newer Ferry instead of resetting them', () => {
    expect(() => migrateSettings({ version: SETTINGS_VERSION + 1, enabled: false })).toThrow(
      MigrationError,
    );
    expect(() => migrateSettings({ version: 4 }, HISTORY, 3)).toThrow(/newer Ferry/);
  });

  it('refuses a version that is not a positive whole number', () => {
    for (const version of [0, -1, 1.5, '2', true, {}]) {
      expect(() => migrateSettings({ version }), JSON.stringify(version)).toThrow(MigrationError);
    }
  });

  it('reports a missing step as a MigrationError', () => {
    expect(() => migrateSettings(V1, { 1: HISTORY[1] }, 3)).toThrow(/No migration from settings version 2/);
  });

  it('wraps a failing step in a MigrationError that names the version', () => {
    const failing = {
      1: () => {
        throw new Error('boom');
      },
    };
    const attempt = () => migrateSettings(V1, failing, 2);
    expect(attempt).toThrow(MigrationError);
    expect(attempt).toThrow(/version 1 failed: Error: boom/);
  });

  it('names its errors MigrationError', () => {
    const error = new MigrationError('x');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('MigrationError');
  });
});
