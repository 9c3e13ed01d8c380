// set-pull-policy-for-built-image: fires on build plus image without pull_policy; silent with pull_policy or with only one of them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'set-pull-policy-for-built-image';

test('fires on build and image without pull_policy, at the image key', () => {
  const [finding] = expectRule(
    RULE,
    `services:
  web:
    build: .
    image: registry.example.com/web:1.4
    ^^^^^ set-pull-policy-for-built-image`,
    'compose.yaml',
  );
  assert.equal(finding!.severity, 'info');
  assert.match(finding!.message, /pull_policy: build/);
});

test('stays silent with pull_policy, or with build or image alone', () => {
  expectRule(
    RULE,
    `services:
  a:
    build: .
    image: registry.example.com/a:1.4
    pull_policy: build
  b:
    build: ./b
  c:
    image: redis:7.4`,
    'compose.yaml',
  );
});
