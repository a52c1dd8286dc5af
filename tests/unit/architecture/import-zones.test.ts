import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const BACKGROUND_ONLY = ['utils/cache/', 'utils/translate/', 'utils/inject/'];

/**
 * Repo files a file imports: relative paths and WXT's `@/` / `~/` root aliases, resolved to repo
 * paths (package imports are not followed).
 */
function importsOf(file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  const specifiers = [...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([.@~][^'"]*)['"]|import\s+['"]([.@~][^'"]*)['"]/g)]
    .map((match) => match[1] ?? match[2])
    .filter((spec): spec is string => spec !== undefined && /^(\.|@\/|~\/)/.test(spec));
  return specifiers.flatMap((spec) => {
    const base = spec.startsWith('.') ? join(dirname(file), spec) : spec.slice(2);
    const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
    const found = candidates.find((c) => existsSync(join(root, c)) && !c.endsWith('/'));
    return found && !readdirSafe(join(root, found)) ? [relative(root, join(root, found))] : [];
  });
}

function readdirSafe(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Every repo file reachable from `entry` through relative imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...importsOf(file));
  }
  return seen;
}

describe('import zones', () => {
  it.each(['entrypoints/content/index.ts', 'entrypoints/pipeline.content/index.ts', 'entrypoints/popup/main.tsx', 'entrypoints/options/main.tsx'])(
    '%s never reaches background-only code (cache, providers, queue, injection)',
    (entry) => {
      expect(existsSync(join(root, entry))).toBe(true);
      const files = reachable(entry);
      expect(files.size).toBeGreaterThan(1);
      const leaks = [...files].filter((file) => BACKGROUND_ONLY.some((zone) => file.startsWith(zone)));
      expect(leaks).toEqual([]);
    },
  );

  it('follows the @/ alias the pages use (the check can see their imports)', () => {
    const files = [...reachable('entrypoints/popup/main.tsx')];
    expect(files.some((f) => f.startsWith('utils/settings/'))).toBe(true);
  });

  it('the background does reach the cache, the translators and the injection (the check can see them)', () => {
    const files = [...reachable('entrypoints/background/index.ts')];
    expect(files.some((f) => f.startsWith('utils/cache/'))).toBe(true);
    expect(files.some((f) => f.startsWith('utils/inject/'))).toBe(true);
    expect(files.some((f) => f.startsWith('utils/translate/providers/'))).toBe(true);
  });
});
