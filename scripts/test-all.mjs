#!/usr/bin/env node
// `npm test`: build both extensions, lint the Firefox build (web-ext lint, counted as one check),
// run the unit tests, then the end-to-end tests in real Chromium and Firefox, and end with one line
// totalling all of them: `N passed, N failed`.
// Exits non-zero if the build fails, anything fails, a run crashes, or no test ran at all.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'ferry-test-all-'));

function run(command, args) {
  return new Promise((resolve) => {
    console.log(`\n> ${[command, ...args].map((a) => a.replace(root, '')).join(' ')}`);
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => {
      console.error(String(error));
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs one vitest suite with a JSON report beside its normal output; a crash counts as a failure. */
async function vitest(label, configArgs) {
  const report = join(reports, `${label}.json`);
  const code = await run(bin('vitest'), [
    'run',
    ...configArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  let passed = 0;
  let failed = 0;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests ?? 0;
    failed = json.numFailedTests ?? 0;
    // Files that failed to load (syntax, import errors) have no tests but are failures too.
    for (const file of json.testResults ?? []) {
      if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
    }
  } catch {
    console.error(`${label}: no test report (the run crashed)`);
    failed += 1;
  }
  if (code !== 0 && failed === 0) {
    console.error(`${label}: vitest exited with ${code} though no test failed (errors outside tests)`);
    failed += 1;
  }
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

let passed = 0;
let failed = 0;
try {
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    if ((await run(bin('wxt'), args)) !== 0) {
      console.error('The build failed; no test was run.');
      failed += 1;
      throw new Error('build');
    }
  }
  // web-ext lint of the Firefox build counts as one check: 0 errors passes (warnings are listed).
  const lint = await run(bin('web-ext'), ['lint', '--source-dir', join(root, '.output/firefox-mv2')]);
  console.log(`web-ext lint: ${lint === 0 ? '1 passed, 0 failed' : '0 passed, 1 failed'}`);
  if (lint === 0) passed += 1;
  else failed += 1;
  for (const [label, args] of [
    ['unit', []],
    ['e2e', ['-c', 'vitest.e2e.config.ts']],
  ]) {
    const result = await vitest(label, args);
    passed += result.passed;
    failed += result.failed;
  }
} catch (error) {
  if (!(error instanceof Error && error.message === 'build')) throw error;
} finally {
  rmSync(reports, { recursive: true, force: true });
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
