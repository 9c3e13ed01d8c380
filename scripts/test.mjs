// Runs the test suites with node's test runner: `node scripts/test.mjs [unit|lsp|arch|e2e ...]`, all of them by default.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const SUITES = { unit: 'test/unit', arch: 'test/arch', lsp: 'test/lsp', webview: 'test/webview', e2e: 'test/e2e' };
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(SUITES);

function testFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'suite' || entry.name === 'lib' ? [] : testFiles(path);
    return /\.test\.(ts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const files = chosen.flatMap((suite) => {
  if (!SUITES[suite]) throw new Error(`unknown suite "${suite}"; choose from ${Object.keys(SUITES).join(', ')}`);
  return testFiles(SUITES[suite]).sort();
});
// One runner for every suite, so the closing summary counts all tests together.
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
