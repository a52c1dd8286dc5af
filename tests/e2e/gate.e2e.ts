import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR } from './support/browser';

/** Issue 12's budget for the script every page evaluates. */
const GATE_BUDGET_BYTES = 20_000;

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[]; all_frames?: boolean }[];
}

// The built extensions as shipped: only the gate runs on every page; the pipeline (franc,
// Readability, the overlay) is injected where the gate finds Chinese.
describe.each([
  ['chromium', CHROME_BUILD_DIR],
  ['firefox', FIREFOX_BUILD_DIR],
])('the script on every page in the %s build', (_name, dir) => {
  it(`is the gate alone, in every frame, under ${GATE_BUDGET_BYTES / 1000} kB and with no style sheet`, () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const scripts = manifest.content_scripts ?? [];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.js).toEqual(['content-scripts/content.js']);
    expect(scripts[0]!.all_frames).toBe(true);
    expect(scripts[0]!.css ?? []).toEqual([]);
    expect(statSync(join(dir, 'content-scripts/content.js')).size).toBeLessThan(GATE_BUDGET_BYTES);
    // The pipeline is built, to be injected.
    expect(statSync(join(dir, 'content-scripts/pipeline.js')).size).toBeGreaterThan(100_000);
  });
});
