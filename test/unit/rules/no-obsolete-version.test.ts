// no-obsolete-version: fires on a top-level version key only; the fix removes exactly its line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on the top-level version', () => {
  expectRule(
    'no-obsolete-version',
    `version: "3.8"
^^^^^^^ no-obsolete-version
services:
  web:
    image: nginx:1.27`,
    'compose.yaml',
  );
});

test('stays silent on version keys below the top level', () => {
  expectRule(
    'no-obsolete-version',
    `services:
  web:
    image: nginx:1.27
    labels:
      version: "2"
x-meta:
  version: 3`,
    'compose.yaml',
  );
});

test('the fix removes the line and keeps everything else, with CRLF too', () => {
  for (const eol of ['\n', '\r\n']) {
    const text = ['# app', "version: '3'", 'services:', '  web:', '    image: nginx:1.27', ''].join(eol);
    const fix = lint(text, 'compose.yaml').find((f) => f.ruleId === 'no-obsolete-version')!.fix!()!;
    assert.equal(applyEdits(text, fix.edits), ['# app', 'services:', '  web:', '    image: nginx:1.27', ''].join(eol));
  }
});
