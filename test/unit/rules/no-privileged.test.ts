// no-privileged: fires on privileged true; silent on false and on services without it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'no-privileged';

test('fires on privileged: true, as a warning', () => {
  const [finding] = expectRule(
    RULE,
    `services:
  dind:
    image: docker:27-dind
    privileged: true
                ^^^^ no-privileged`,
    'compose.yaml',
  );
  assert.equal(finding!.severity, 'warning');
});

test('stays silent on privileged: false and without the key', () => {
  expectRule(RULE, 'services:\n  a:\n    image: x:1\n    privileged: false\n  b:\n    image: x:1\n', 'compose.yaml');
});
