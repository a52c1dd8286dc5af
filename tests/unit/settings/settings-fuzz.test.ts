import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPageSwitches } from '../../../utils/settings/page-switches';
import { repairSettings } from '../../../utils/settings/repair';
import { PROVIDER_IDS } from '../../../utils/settings/provider-catalog';
import { defaultSettings, type Settings } from '../../../utils/settings/schema';
import { loadRunningSettings } from '../../../utils/settings/settings-store';

/** A small seeded generator (mulberry32): every run fuzzes with the same 1,000 values. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A user's settings, keys and all, as the options page writes them. */
function usersSettings(): Settings {
  const settings = defaultSettings();
  settings.provider = 'openai';
  settings.fallbacks = ['deepl', 'dictionary'];
  settings.providers.openai = { endpoint: 'https://api.openai.com/v1', apiKey: 'sk-user-key', model: 'gpt-4o-mini' };
  settings.providers.deepl = { ...settings.providers.deepl, apiKey: 'deepl-user-key:fx' };
  settings.providers.libretranslate = { ...settings.providers.libretranslate, endpoint: 'http://127.0.0.1:5000', apiKey: 'lt-key' };
  settings.sites = { 'www.xiaohongshu.com': 'always', 'news.example.cn': 'never' };
  settings.targetLanguage = 'de';
  settings.display = { style: 'highlight' };
  return settings;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function junk(next: () => number, depth = 0): Json {
  const pick = Math.floor(next() * 11);
  const text = JSON.stringify(usersSettings());
  switch (pick) {
    case 0: return null;
    case 1: return next() < 0.5;
    case 2: return Math.floor((next() - 0.5) * 1e9);
    case 3: return next() * 1e308;
    case 4: return text.slice(0, Math.floor(next() * text.length)); // truncated JSON
    case 5: return '';
    case 6: return 'x'.repeat(Math.floor(next() * 5000));
    case 7: return depth > 2 ? [] : Array.from({ length: Math.floor(next() * 4) }, () => junk(next, depth + 1));
    case 8: return depth > 2 ? {} : { [`k${Math.floor(next() * 9)}`]: junk(next, depth + 1), apiKey: junk(next, depth + 1) };
    case 9: return '<img src=x onerror=alert(1)>';
    default: return ['microsoft', 'en', 'always', 'soft', 'Alt+Enter', 'zh-Hans', 'http://127.0.0.1:1'][Math.floor(next() * 7)]!;
  }
}

/** Every path to a value in `value` (objects only), e.g. ['providers', 'openai', 'apiKey']. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  const inner = Object.entries(value).flatMap(([key, child]) => paths(child, [...prefix, key]));
  return prefix.length > 0 ? [prefix, ...inner] : inner;
}

function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const child = node[key];
    if (typeof child !== 'object' || child === null) return; // its parent was damaged already
    node = child as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

describe('settings fuzzed in storage.local', () => {
  it('never crash a reader, repair each bad field alone and never lose a key that was not itself damaged', async () => {
    const next = random(20261128);
    const original = usersSettings();
    const allPaths = paths(original);
    let wholeValues = 0;
    for (let round = 0; round < 1000; round++) {
      let value: unknown;
      let damaged: string[][] = [];
      if (next() < 0.2) {
        // The whole value replaced: truncated JSON text, a number, an array, null...
        value = junk(next);
        wholeValues++;
      } else {
        const copy = structuredClone(original) as unknown as Record<string, unknown>;
        const count = 1 + Math.floor(next() * 3);
        damaged = Array.from({ length: count }, () => allPaths[Math.floor(next() * allPaths.length)]!);
        for (const path of damaged) {
          if (next() < 0.15) setAt(copy, path, undefined);
          else setAt(copy, path, junk(next));
        }
        value = JSON.parse(JSON.stringify(copy)) as unknown; // as storage keeps it
      }
      await fakeBrowser.storage.local.set({ settings: value });

      const settings = await loadRunningSettings();
      // Valid settings: repairing them again changes nothing.
      expect(repairSettings(settings)).toEqual(settings);
      expect(() => readPageSwitches(value)).not.toThrow();
      if (damaged.length === 0) continue;
      const touched = (path: string[]) => damaged.some((d) => d.every((key, i) => path[i] === key) || path.every((key, i) => d[i] === key));
      // Each key whose own field (and the fields around it) were left alone is still there.
      for (const id of PROVIDER_IDS) {
        const keyPath = ['providers', id, 'apiKey'];
        if (!touched(keyPath)) expect(settings.providers[id].apiKey, `round ${round}: ${id}`).toBe(original.providers[id].apiKey);
      }
      // And every other top-level field left alone is as the user set it.
      for (const field of ['enabled', 'targetLanguage', 'display', 'compose', 'glossary'] as const) {
        if (!touched([field])) expect(settings[field], `round ${round}: ${field}`).toEqual(original[field]);
      }
    }
    expect(wholeValues).toBeGreaterThan(100);
  });
});
