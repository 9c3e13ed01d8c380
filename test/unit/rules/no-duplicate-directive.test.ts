// no-duplicate-directive: fires on a second syntax, escape or check line in the header; silent on single ones and on repeats that are comments.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on a directive repeated in the header, whatever its case', () => {
  const [finding] = expectRule('no-duplicate-directive', `# syntax=docker/dockerfile:1
# escape=\`
# SYNTAX=docker/dockerfile:1.7
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-duplicate-directive
FROM alpine:3.20`);
  assert.match(finding!.message, /line 1/);
});

test('stays silent on one of each, and on repeats after the header', () => {
  expectRule('no-duplicate-directive', '# syntax=docker/dockerfile:1\n# escape=\\\n# check=error=true\nFROM alpine:3.20');
  expectRule('no-duplicate-directive', '# syntax=docker/dockerfile:1\n\n# syntax=docker/dockerfile:1.7\nFROM alpine:3.20');
});
