// prefer-exec-form: fires on shell-form CMD/ENTRYPOINT, stays silent on JSON form and after SHELL; its fix is exact or absent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on shell-form CMD and ENTRYPOINT', () => {
  expectRule('prefer-exec-form', `FROM node:22
CMD node server.js
    ^^^^^^^^^^^^^^ prefer-exec-form
ENTRYPOINT /entrypoint.sh
           ^^^^^^^^^^^^^^ prefer-exec-form`);
});

test('fires in lower case too', () => {
  expectRule('prefer-exec-form', `from node:22
cmd npm start
    ^^^^^^^^^ prefer-exec-form`);
});

test('stays silent on exec form, empty CMD and a stage with its own SHELL', () => {
  expectRule('prefer-exec-form', `FROM node:22
CMD ["node", "server.js"]
ENTRYPOINT ["/usr/bin/tini", "--"]
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
CMD Write-Host hello`);
});

test('stays silent in a stage built FROM a stage that set SHELL, and fires in a sibling that did not inherit it', () => {
  expectRule('prefer-exec-form', `FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win
SHELL ["powershell", "-Command"]
FROM win AS app
ENTRYPOINT Start-Service w3svc
FROM mcr.microsoft.com/windows/servercore:ltsc2022
CMD Start-Service w3svc
    ^^^^^^^^^^^^^^^^^^^ prefer-exec-form`);
});

test('the fix converts plain words to a JSON array', () => {
  const text = 'FROM node:22\nCMD node server.js --port 8080\n';
  const [finding] = lint(text).filter((f) => f.ruleId === 'prefer-exec-form');
  const fix = finding!.fix!();
  assert.ok(fix);
  assert.equal(applyEdits(text, fix.edits), 'FROM node:22\nCMD ["node", "server.js", "--port", "8080"]\n');
  assert.equal(fix.safe, true);
});

test('no fix when the command uses shell syntax, and an unsafe one when ENTRYPOINT and CMD interact', () => {
  const shellSyntax = lint('FROM node:22\nCMD node server.js && echo $HOME\n').find((f) => f.ruleId === 'prefer-exec-form');
  assert.equal(shellSyntax!.fix!(), undefined);
  const withEntrypoint = lint('FROM node:22\nENTRYPOINT ["node"]\nCMD server.js\n').find((f) => f.ruleId === 'prefer-exec-form');
  assert.equal(withEntrypoint!.fix!()!.safe, false);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('prefer-exec-form', `FROM alpine:3.20
ENTRYPOINT ["my-program", "start"]
CMD ["my-service", "server"]`);
});

test('does not suggest a JSON array that would lose variables or shell operators', () => {
  const messages = lint(`FROM alpine:3.20
ENV PORT=8080
CMD serve --port \${PORT}
FROM alpine:3.20
ENTRYPOINT mkdir -p /out && cp -v /build/* /out/`)
    .filter((f) => f.ruleId === 'prefer-exec-form')
    .map((f) => f.message);
  assert.equal(messages.length, 2);
  assert.match(messages[0]!, /CMD \["\/bin\/sh", "-c", "exec serve --port \$\{PORT\}"\]/);
  assert.doesNotMatch(messages[1]!, /"&&"/);
  assert.match(messages[1]!, /script/);
});
