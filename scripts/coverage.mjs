#!/usr/bin/env node
// `npm run coverage [-- --browser=chromium|firefox] [-- page-name ...]`: how much of every real page
// in ../shared/fixtures/pages (and the real pages in tests/fixtures) Ferry translates, per browser.
// Uses the built extension in .output/ (run `npm run build` first) and the same measuring module as
// the corpus e2e test (tests/e2e/support/corpus.ts). Exit code 1 when a page misses the bar.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createViteServer } from 'vitest/node';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const browserArg = args.find((arg) => arg.startsWith('--browser='));
const browsers = browserArg ? browserArg.slice('--browser='.length).split(',') : undefined;
const only = args.filter((arg) => !arg.startsWith('--'));

for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
  if (!existsSync(`${root}/${dir}/manifest.json`)) {
    console.error(`No build in ${dir}: run \`npm run build\` first.`);
    process.exit(2);
  }
}

// Vite only to load the TypeScript harness in Node 20; nothing is served.
const vite = await createViteServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let ok = false;
try {
  const { runCoverageReport } = await vite.ssrLoadModule('/tests/e2e/support/coverage-report.ts');
  ({ ok } = await runCoverageReport({ browsers, only }));
} finally {
  await vite.close();
}
process.exitCode = ok ? 0 : 1;
