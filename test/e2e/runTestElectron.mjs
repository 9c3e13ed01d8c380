// Runs the in-host suite through @vscode/test-electron's runTests, with code-server standing in for VS Code here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../..');
export const STANDIN = path.join(here, 'vscode-standin.mjs');

/**
 * One runTests call (15-20 s). Resolves 0 on success; rejects (TestRunFailedError) otherwise.
 * CONTAINER_COACH_REAL_VSCODE=1 lets test-electron download a real VS Code instead.
 * CONTAINER_COACH_E2E_EXTENSION points at another extension folder (used to test this harness).
 */
export function runTestElectron({
  extensionDevelopmentPath = process.env.CONTAINER_COACH_E2E_EXTENSION || REPO_ROOT,
  extensionTestsPath = path.join(here, 'suite', 'index.js'),
  workspace = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace'),
} = {}) {
  return runTests({
    vscodeExecutablePath: process.env.CONTAINER_COACH_REAL_VSCODE ? undefined : STANDIN,
    extensionDevelopmentPath: path.resolve(extensionDevelopmentPath),
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions'],
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runTestElectron().then(
    () => process.exit(0),
    (err) => {
      console.error(err.message);
      process.exit(typeof err.code === 'number' ? err.code : 1);
    },
  );
}
